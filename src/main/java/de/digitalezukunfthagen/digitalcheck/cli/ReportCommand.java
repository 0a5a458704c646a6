package de.digitalezukunfthagen.digitalcheck.cli;

import de.digitalezukunfthagen.digitalcheck.common.Hagen;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.report.PdfReport;
import de.digitalezukunfthagen.digitalcheck.report.ReportInput;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** {@code report}: scores a file of answers and writes the PDF report. */
public final class ReportCommand implements Cli.Command {
    private final Clock clock;

    public ReportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String summary() {
        return "score a JSON file of answers and write the PDF report";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar digitalcheck.jar report --questionnaires DIR --answers FILE.json --out FILE.pdf
                                                         [--lang de|en] [--company NAME] [--full]

                Scores the answers with the questionnaire they name (the same figures as `score`) and
                writes the PDF report: the summary, the 90-day plan, the profile, the contacts and an
                appendix, in at most 10 pages. --full writes the long version instead: every
                recommendation in full, what pulls each area down, and all answers. --lang is the
                report's language, de (default) or en; --company puts the company's name on page 1.
                Exit code 0 on success; 2 when the answers are not valid JSON or break the format (one
                line per problem on stderr); 1 when the questionnaires are invalid or the file cannot be
                written; 64 for a wrong option.
                --questionnaires defaults to ./questionnaires, or the ones packed in the jar.

                Example:
                  java -jar digitalcheck.jar report --questionnaires questionnaires --answers answers.json \\
                       --out bericht.pdf --lang de --company "Muster GmbH"
                with answers.json:
                  {"questionnaire": "quick-check", "answers": {"industry": "crafts", "employees": 3}}""";
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Exception {
        // --full is a switch without a value; the other options all take one
        boolean full = java.util.Arrays.asList(args).contains("--full");
        String[] valued = java.util.Arrays.stream(args).filter(a -> !a.equals("--full")).toArray(String[]::new);
        Options options = Options.parse(valued, Set.of("questionnaires", "answers", "out", "lang", "company"));
        Path answersFile = Path.of(options.required("answers"));
        Path out = Path.of(options.required("out"));
        String language = options.get("lang") == null ? ReportInput.LANGUAGES.get(0) : options.get("lang");
        if (!ReportInput.supports(language)) {
            throw new Cli.UsageException("--lang must be one of " + String.join(", ", ReportInput.LANGUAGES) + ", not '" + language + "'");
        }
        if (!options.positional().isEmpty()) {
            throw new Cli.UsageException("unexpected argument '" + options.positional().get(0) + "'");
        }
        Catalog catalog = ScoreCommand.loadCatalog(options, io);
        if (catalog == null) {
            return Cli.INVALID_QUESTIONNAIRES;
        }
        AnswersJson.Document document = ScoreCommand.readAnswers(catalog, answersFile, io);
        if (document == null) {
            return Cli.INVALID_ANSWERS;
        }
        ReportInput input = new ReportInput(document.questionnaire(), catalog.contacts(), document.answers(),
                language, options.get("company"), Hagen.today(clock)).withFull(full);
        byte[] pdf = PdfReport.render(input);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                stream.write(pdf);
            }
        } catch (IOException e) {
            io.err().println("report: cannot write " + out + ": " + e.getMessage());
            return Cli.INVALID_QUESTIONNAIRES;
        }
        io.out().println("Wrote " + out + " (" + pdf.length / 1024 + " KB)");
        return Cli.OK;
    }
}
