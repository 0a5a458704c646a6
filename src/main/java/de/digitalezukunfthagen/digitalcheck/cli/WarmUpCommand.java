package de.digitalezukunfthagen.digitalcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code warm-up}: starts the app as {@code serve} builds it, on a free port of this machine with a
 * throwaway SQLite file, walks once through a check over HTTP and stops. Run under
 * {@code -XX:ArchiveClassesAtExit}, it records the classes a start and the first pages load, so that
 * later starts with {@code -XX:SharedArchiveFile} map them instead of loading them again.
 */
public final class WarmUpCommand implements Cli.Command {
    /** The exit code when a page of the walk did not answer as it should. */
    static final int FAILED = 3;

    private final ServeCommand.AppFactory apps;
    private final Clock clock;

    public WarmUpCommand(ServeCommand.AppFactory apps, Clock clock) {
        this.apps = apps;
        this.clock = clock;
    }

    @Override
    public String summary() {
        return "walk once through a check on a throwaway database, for a class-data-sharing archive";
    }

    @Override
    public String help() {
        return """
                Usage: java -XX:ArchiveClassesAtExit=FILE.jsa -jar digitalcheck.jar warm-up [--questionnaires DIR]

                Starts the app with the questionnaires serve would use, on a free port of 127.0.0.1 and
                with a SQLite file in a temporary folder (deleted afterwards), requests the start page,
                creates a check, saves answers, opens a page of questions, the result and the PDF report,
                and stops. Nothing of it is kept; your database is not opened.
                Under -XX:ArchiveClassesAtExit the JVM writes the classes it loaded into FILE.jsa; a
                server started with -XX:SharedArchiveFile=FILE.jsa maps them and starts faster (see
                "Faster start" in the README). Make the archive again after each new build or Java update:
                the JVM ignores an archive of another jar (with a warning) and starts as without it.
                Exit code 0 when every page answered; 1 when the questionnaires are invalid; 3 when a page
                did not answer as it should (the request and its status are printed).

                Example:
                  java -XX:ArchiveClassesAtExit=data/digitalcheck.jsa -jar digitalcheck.jar warm-up
                  java -XX:SharedArchiveFile=data/digitalcheck.jsa -jar digitalcheck.jar""";
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Exception {
        Options options = Options.parse(args, Set.of("questionnaires"));
        if (!options.positional().isEmpty()) {
            throw new Cli.UsageException("unexpected argument '" + options.positional().get(0) + "'");
        }
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(io.env());
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(e.getMessage());
        }
        if (options.get("questionnaires") != null) {
            config = config.withQuestionnaires(Path.of(options.get("questionnaires")));
        }
        Catalog catalog = ScoreCommand.loadCatalog(options, io);
        if (catalog == null) {
            return Cli.INVALID_QUESTIONNAIRES;
        }
        Path dir = Files.createTempDirectory("digitalcheck-warm-up");
        try {
            Path file = dir.resolve("warm-up.db");
            config = config.withHost("127.0.0.1").withPort(0).withBaseUrl(null).withDatabase(file.toString());
            Database database = Database.open(file);
            try {
                Javalin app = apps.create(config, catalog, database, clock).start("127.0.0.1", 0);
                try {
                    return walk("http://127.0.0.1:" + app.port(), largest(catalog), io);
                } finally {
                    app.stop();
                }
            } finally {
                database.close();
            }
        } finally {
            deleteAll(dir);
        }
    }

    /** The questionnaire with the most questions: its pages load the most of what a start needs. */
    private static Questionnaire largest(Catalog catalog) {
        return catalog.questionnaires().stream()
                .max(Comparator.comparingInt((Questionnaire q) -> q.allQuestions().size())).orElseThrow();
    }

    private int walk(String origin, Questionnaire q, Cli.Streams io) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Walk walk = new Walk(client, origin, io);
        if (walk.expect(HttpRequest.newBuilder(walk.uri("/")).GET(), 200) == null) {
            return FAILED;
        }
        ObjectNode create = Json.mapper().createObjectNode().put("questionnaire", q.id());
        byte[] created = walk.expect(json(walk.uri("/api/v1/assessments")).POST(body(create)), 201);
        if (created == null) {
            return FAILED;
        }
        String token = Json.mapper().readTree(created).path("token").asText();
        ObjectNode answers = Json.mapper().createObjectNode();
        ObjectNode given = answers.putObject("answers");
        // the first option of each single choice: a complete and valid set of answers for any questionnaire
        for (Question question : q.allQuestions()) {
            if (question.type() == QuestionType.SINGLE && !question.options().isEmpty()) {
                given.put(question.id(), question.options().get(0).id());
            }
        }
        String base = "/a/" + token;
        boolean ok = walk.expect(json(walk.uri("/api/v1/assessments/" + token + "/answers")).PUT(body(answers)), 200) != null
                && walk.expect(HttpRequest.newBuilder(walk.uri(base + "/step/1")).GET(), 200) != null
                && walk.expect(HttpRequest.newBuilder(walk.uri(base + "/result")).GET(), 200) != null
                && walk.expect(HttpRequest.newBuilder(walk.uri("/api/v1/assessments/" + token + "/report.pdf")).GET(), 200) != null;
        if (ok) {
            io.out().println("warm-up done: every page answered");
        }
        return ok ? Cli.OK : FAILED;
    }

    private static HttpRequest.Builder json(URI uri) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json").header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher body(JsonNode json) throws IOException {
        return HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(json));
    }

    /** The requests of one walk, each printed with its status (never the check's token). */
    private record Walk(HttpClient client, String origin, Cli.Streams io) {
        URI uri(String path) {
            return URI.create(origin + path);
        }

        /** The body when the answer has {@code status}; null (after saying what came instead) otherwise. */
        byte[] expect(HttpRequest.Builder request, int status) throws IOException, InterruptedException {
            HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
            HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            String path = built.uri().getPath().replaceFirst("/(a|assessments)/[^/]+", "/$1/{token}");
            io.out().println(built.method() + " " + path + " " + response.statusCode());
            if (response.statusCode() != status) {
                String body = new String(response.body(), StandardCharsets.UTF_8);
                io.err().println("expected " + status + "; the answer began: " + body.substring(0, Math.min(500, body.length())));
                return null;
            }
            return response.body();
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
