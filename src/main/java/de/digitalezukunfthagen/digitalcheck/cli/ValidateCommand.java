package de.digitalezukunfthagen.digitalcheck.cli;

import de.digitalezukunfthagen.digitalcheck.common.Hagen;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Problem;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code validate [--strict] PATH...}: checks questionnaire files and folders and lists every problem,
 * and reminds of every {@code review_by} date that has passed (with {@code --strict}, as a problem).
 */
public final class ValidateCommand implements Cli.Command {
    private static final String STRICT = "--strict";

    /** Decides which review dates have passed; a fixed clock in tests. */
    private final Clock clock;

    public ValidateCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String summary() {
        return "check questionnaire files or folders and list every problem";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar digitalcheck.jar validate [--strict] PATH...

                Checks questionnaires (*.yaml) and contacts.yaml against the format and prints every
                problem as FILE:LINE:COLUMN: message. A folder means every *.yaml in it; contacts.yaml
                is checked against the questionnaires beside it.
                A review_by date that has passed gives a line FILE:LINE:COLUMN: warning: message and
                leaves the exit code alone; with --strict it is a problem like any other.
                Exit code 0 when everything is valid, 1 otherwise.

                Example:
                  java -jar digitalcheck.jar validate questionnaires
                  java -jar digitalcheck.jar validate --strict questionnaires
                  java -jar digitalcheck.jar validate questionnaires/quick-check.yaml""";
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Cli.UsageException {
        boolean strict = Arrays.asList(args).contains(STRICT);
        Options options = Options.parse(Arrays.stream(args).filter(a -> !a.equals(STRICT)).toArray(String[]::new), Set.of());
        if (options.positional().isEmpty()) {
            throw new Cli.UsageException("name at least one file or folder");
        }
        List<Path> paths = options.positional().stream().map(Path::of).toList();
        QuestionnaireLoader.Outcome outcome = QuestionnaireLoader.load(paths);
        List<Problem> overdue = outcome.overdue(Hagen.today(clock));
        if (strict && !overdue.isEmpty()) {
            List<Problem> all = new ArrayList<>(outcome.problems());
            all.addAll(overdue);
            all.forEach(io.out()::println);
            return Cli.INVALID_QUESTIONNAIRES;
        }
        // exactly one line per problem or reminder, so that tools and people can count and parse them
        for (Problem reminder : overdue) {
            io.out().println(reminder.file() + ":" + reminder.line() + ":" + reminder.column() + ": warning: " + reminder.message());
        }
        if (outcome.valid()) {
            int questions = outcome.questionnaires().stream().mapToInt(q -> q.allQuestions().size()).sum();
            io.out().println("OK: " + outcome.files() + " file(s) valid: " + outcome.questionnaires().size()
                    + " questionnaire(s) with " + questions + " questions, " + outcome.contacts().size() + " contact(s)");
            return Cli.OK;
        }
        for (Problem problem : outcome.problems()) {
            io.out().println(problem);
        }
        return Cli.INVALID_QUESTIONNAIRES;
    }
}
