package de.digitalezukunfthagen.digitalcheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.InvalidQuestionnairesException;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Problem;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerProblem;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code score}: scores a file of answers and prints the result JSON of the contract. */
public final class ScoreCommand implements Cli.Command {

    @Override
    public String summary() {
        return "score a JSON file of answers and print the result JSON";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar digitalcheck.jar score --questionnaires DIR --answers FILE.json

                Scores the answers with the questionnaire they name and prints the result (overall and
                dimension scores, levels, recommendations, contacts) as JSON on stdout.
                Exit code 0 on success; 2 when the answers are not valid JSON or break the format (one
                line per problem on stderr); 1 when the questionnaires themselves are invalid.
                --questionnaires defaults to ./questionnaires, or the ones packed in the jar.

                Example:
                  java -jar digitalcheck.jar score --questionnaires questionnaires --answers answers.json
                with answers.json:
                  {"questionnaire": "quick-check", "answers": {"industry": "crafts", "employees": 3}}""";
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Exception {
        Options options = Options.parse(args, Set.of("questionnaires", "answers"));
        if (!options.positional().isEmpty()) {
            throw new Cli.UsageException("unexpected argument '" + options.positional().get(0) + "'; name the answers with --answers FILE.json");
        }
        Path answersFile = Path.of(options.required("answers"));
        Catalog catalog = loadCatalog(options, io);
        if (catalog == null) {
            return Cli.INVALID_QUESTIONNAIRES;
        }
        AnswersJson.Document document = readAnswers(catalog, answersFile, io);
        if (document == null) {
            return Cli.INVALID_ANSWERS;
        }
        Result result = Scorer.score(document.questionnaire(), catalog.contacts(), document.answers());
        io.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        return Cli.OK;
    }

    /** Loads the questionnaires named by --questionnaires (or the defaults); prints the problems and returns null if invalid. */
    static Catalog loadCatalog(Options options, Cli.Streams io) {
        String dir = options.get("questionnaires");
        Path folder = dir != null ? Path.of(dir) : AppConfig.fromEnvironment(io.env()).questionnaires();
        try {
            if (dir != null) {
                if (!Files.isDirectory(folder)) {
                    io.err().println("no such folder: " + folder);
                    return null;
                }
            }
            return BundledQuestionnaires.load(folder);
        } catch (InvalidQuestionnairesException e) {
            for (Problem p : e.problems()) {
                io.err().println(p);
            }
            return null;
        }
    }

    /** Reads and checks an answers file; prints every problem and returns null when it is rejected. */
    static AnswersJson.Document readAnswers(Catalog catalog, Path file, Cli.Streams io) {
        JsonNode root;
        try {
            // a key given twice would otherwise silently keep the last answer
            root = Json.mapper().reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            io.err().println(file + (location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr())
                    + ": not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            io.err().println(file + ": cannot read the file: " + e.getMessage());
            return null;
        }
        AnswersJson.Document document = AnswersJson.read(catalog, root);
        if (!document.valid()) {
            for (AnswerProblem problem : document.problems()) {
                io.err().println(file + ": " + problem);
            }
            return null;
        }
        return document;
    }
}
