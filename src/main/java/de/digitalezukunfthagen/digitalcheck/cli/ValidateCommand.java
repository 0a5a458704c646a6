package de.digitalezukunfthagen.digitalcheck.cli;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Problem;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code validate PATH...}: checks questionnaire files and folders and lists every problem. */
public final class ValidateCommand implements Cli.Command {

    @Override
    public String summary() {
        return "check questionnaire files or folders and list every problem";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar digitalcheck.jar validate PATH...

                Checks questionnaires (*.yaml) and contacts.yaml against the format and prints every
                problem as FILE:LINE:COLUMN: message. A folder means every *.yaml in it; contacts.yaml
                is checked against the questionnaires beside it.
                Exit code 0 when everything is valid, 1 otherwise.

                Example:
                  java -jar digitalcheck.jar validate questionnaires
                  java -jar digitalcheck.jar validate questionnaires/quick-check.yaml""";
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Cli.UsageException {
        Options options = Options.parse(args, Set.of());
        if (options.positional().isEmpty()) {
            throw new Cli.UsageException("name at least one file or folder");
        }
        List<Path> paths = options.positional().stream().map(Path::of).toList();
        QuestionnaireLoader.Outcome outcome = QuestionnaireLoader.load(paths);
        if (outcome.valid()) {
            int questions = outcome.questionnaires().stream().mapToInt(q -> q.allQuestions().size()).sum();
            io.out().println("OK: " + outcome.files() + " file(s) valid: " + outcome.questionnaires().size()
                    + " questionnaire(s) with " + questions + " questions, " + outcome.contacts().size() + " contact(s)");
            return Cli.OK;
        }
        // exactly one line per problem, nothing else, so that tools and people can count and parse them
        for (Problem problem : outcome.problems()) {
            io.out().println(problem);
        }
        return Cli.INVALID_QUESTIONNAIRES;
    }
}
