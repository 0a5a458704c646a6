package de.digitalezukunfthagen.digitalcheck.cli;

import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.stats.Aggregator;
import de.digitalezukunfthagen.digitalcheck.stats.StoredAssessments;
import de.digitalezukunfthagen.digitalcheck.stats.Summary;
import de.digitalezukunfthagen.digitalcheck.stats.SummaryFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code stats}: the summary evaluation of the stored assessments, anonymous, for the dialogue with the city. */
public final class StatsCommand implements Cli.Command {
    private static final Set<String> FORMATS = Set.of("text", "json", "csv");
    private static final Set<String> LANGUAGES = Set.of("de", "en");

    @Override
    public String summary() {
        return "summary evaluation of the completed assessments, without names";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar digitalcheck.jar stats [--db FILE] [--questionnaire ID] [--by QUESTION]
                                                        [--format text|json|csv] [--lang de|en]

                Summarises the completed assessments in the database, without names: per questionnaire the
                number of completed checks; for the overall score and each dimension mean, median and how
                many companies reached each level; for each profile question how many companies gave each
                answer (employees in the EU size classes 1-9, 10-49, 50-249, 250+).
                Each assessment is scored with the questionnaire version it was answered with.

                Privacy: only completed assessments count (a workshop once, by its consensus); any figure
                about fewer than 5 companies is shown as "< 5", and further figures are hidden where it
                could be worked out from a total; groups of fewer than 5 companies are pooled as "others";
                no company name, link, free text or exact number is ever read or written.

                --db             the database (default: DIGITALCHECK_DB or data/digitalcheck.db); read only
                --questionnaire  only this questionnaire (default: all)
                --by             break down by a single-choice profile question or employees, e.g. industry
                --format         text (default) for the terminal, json, or csv for Excel (UTF-8 with BOM,
                                 semicolons, CRLF) to hand on
                --lang           de (default) or en
                Exit code 0 on success; 64 for a wrong option; 1 when the database cannot be read.

                Example:
                  java -jar digitalcheck.jar stats --db data/digitalcheck.db --questionnaire digital-check \\
                       --by industry --format csv > auswertung.csv""";
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Exception {
        Options options = Options.parse(args, Set.of("db", "questionnaire", "by", "format", "lang"));
        if (!options.positional().isEmpty()) {
            throw new Cli.UsageException("unexpected argument '" + options.positional().get(0) + "'");
        }
        String format = choice(options, "format", "text", FORMATS);
        String lang = choice(options, "lang", "de", LANGUAGES);
        Path db = options.get("db") != null ? Path.of(options.get("db")) : AppConfig.fromEnvironment(io.env()).database();
        StoredAssessments.Loaded loaded = StoredAssessments.read(db);
        List<Questionnaire> questionnaires = loaded.questionnaires();
        String only = options.get("questionnaire");
        if (only != null) {
            questionnaires = questionnaires.stream().filter(q -> q.id().equals(only)).toList();
            if (questionnaires.isEmpty()) {
                throw new Cli.UsageException("the database knows no questionnaire '" + only + "'; known: "
                        + String.join(", ", loaded.questionnaires().stream().map(Questionnaire::id).toList()));
            }
        }
        Summary summary;
        try {
            summary = Aggregator.summarize(questionnaires, loaded.entries(), options.get("by"));
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException("--by: " + e.getMessage());
        }
        if (loaded.unreadable() > 0) {
            io.err().println("stats: " + loaded.unreadable() + " stored assessment(s) could not be read and are not counted");
        }
        switch (format) {
            case "json" -> io.out().println(SummaryFormat.json(summary, lang));
            case "csv" -> {
                io.out().write(SummaryFormat.csv(summary, lang));
                io.out().flush();
            }
            default -> io.out().print(SummaryFormat.text(summary, lang));
        }
        return Cli.OK;
    }

    private static String choice(Options options, String name, String fallback, Set<String> allowed) throws Cli.UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw new Cli.UsageException("--" + name + " must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }
}
