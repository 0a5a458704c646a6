package de.digitalezukunfthagen.digitalcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.assessment.Token;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Not a test: the speed benchmark's load (answer saves, step pages, result pages of the full check, driven
 * by {@link Load}) against one or more app instances ({@link AppServer}, each its own JVM on 127.0.0.1)
 * sharing one database, as a load balancer would spread the requests: consecutive requests of a client
 * go to the instances in turn. Afterwards, with the instances stopped, it reads every assessment from the
 * database and checks that each holds the answers of the last acknowledged save (200 with the result) of
 * every question, so no acknowledged save was lost. Run it with {@code bash bench/postgres.sh} (see
 * bench/README.md).
 *
 * <p>Arguments are {@code key=value}: db (a {@code jdbc:postgresql://} URL, user and password from
 * {@code DIGITALCHECK_DB_USER} / {@code DIGITALCHECK_DB_PASSWORD}; or {@code sqlite}: a fresh file in a
 * temporary folder), instances (2), port (7400: the first instance's; the others count up), clients (50),
 * seconds (10 per measured phase), warmup (5 s per phase, at least warmupRequests 2000 requests), heap
 * (JVM options of each instance, "-Xms64m -Xmx256m"), questionnaire (digital-check), persona
 * (tischlerei-am-anfang), otherPersona (alles-erledigt).
 */
public final class InstancesBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> settings;
    private final int clients;
    private final int instances;
    private final Load load = new Load();
    private final long clockTicks = SpeedBenchmark.clockTicksPerSecond();

    private InstancesBenchmark(Map<String, String> settings) {
        this.settings = settings;
        clients = Integer.parseInt(settings.get("clients"));
        instances = Integer.parseInt(settings.get("instances"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("db", "sqlite");
        settings.put("instances", "2");
        settings.put("port", "7400");
        settings.put("clients", "50");
        settings.put("seconds", "10");
        settings.put("warmup", "5");
        settings.put("warmupRequests", "2000");
        settings.put("heap", "-Xms64m -Xmx256m");
        settings.put("questionnaire", "digital-check");
        settings.put("persona", "tischlerei-am-anfang");
        settings.put("otherPersona", "alles-erledigt");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0 || !settings.containsKey(arg.substring(0, eq))) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; known: " + settings.keySet());
            }
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        System.exit(new InstancesBenchmark(settings).run() ? 0 : 1);
    }

    /** A phase's figures: the load, and the CPU the app instances and PostgreSQL spent per answered request. */
    record Measured(String name, Load.Phase phase, double appCpuMs, double postgresCpuMs) {
    }

    /** What is known of one question of one assessment: the last acknowledged value, and values sent since without an answer. */
    private static final class Expected {
        String acknowledged;
        boolean saved;
        final Set<String> unanswered = new HashSet<>();
    }

    private boolean run() throws Exception {
        Path dir = Files.createTempDirectory("digitalcheck-instances");
        boolean postgres = Database.isPostgresql(settings.get("db"));
        String db = postgres ? settings.get("db") : dir.resolve("bench.db").toString();
        String questionnaire = settings.get("questionnaire");
        ObjectNode persona = (ObjectNode) SpeedBenchmark.readPersona(settings.get("persona")).get("answers");
        ObjectNode other = (ObjectNode) SpeedBenchmark.readPersona(settings.get("otherPersona")).get("answers");
        List<String[]> changes = changes(persona, other); // {question, value}
        String fullAnswers = JSON.writeValueAsString(JSON.createObjectNode().set("answers", persona));

        System.out.printf(Locale.ROOT, "Instances: %d app instance(s) on %s; %s, persona %s; %d clients, %s s per phase "
                + "after %s s warm-up; instance JVMs: %s; %d cores; %s%n", instances,
                postgres ? Database.withoutQuery(db) : "SQLite (" + db + ")", questionnaire, settings.get("persona"),
                clients, settings.get("seconds"), settings.get("warmup"), settings.get("heap"),
                Runtime.getRuntime().availableProcessors(), Instant.now());
        System.out.println("commit " + SpeedBenchmark.commit() + "; load average at start: " + SpeedBenchmark.loadAverage());

        List<Process> processes = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        List<Measured> measured = new ArrayList<>();
        String[] saveTokens = new String[clients];
        String[] pageTokens = new String[clients];
        List<Map<String, Expected>> expected = new ArrayList<>();
        long[] acknowledged = new long[clients];
        String loadDuring;
        try {
            int firstPort = Integer.parseInt(settings.get("port"));
            for (int i = 0; i < instances; i++) {
                // one after the other: the first migrates an empty database, the others find it migrated
                int port = firstPort + i;
                String origin = "http://127.0.0.1:" + port;
                Path log = dir.resolve("instance-" + (i + 1) + ".log");
                long t0 = System.nanoTime();
                Process process = start(port, db, log);
                processes.add(process);
                origins.add(origin);
                System.out.printf(Locale.ROOT, "instance %d on port %d: first 200 after %.2f s (log %s)%n", i + 1, port,
                        SpeedBenchmark.firstOk(load, origin + "/", t0, process, log), log);
            }

            // every assessment complete with the persona's answers; created and filled through the instances in turn
            for (int i = 0; i < clients; i++) {
                saveTokens[i] = created(origins.get(i % instances), questionnaire, fullAnswers);
                pageTokens[i] = created(origins.get((i + 1) % instances), questionnaire, fullAnswers);
                Map<String, Expected> mine = new HashMap<>();
                for (String[] change : changes) {
                    mine.computeIfAbsent(change[0], q -> new Expected()).acknowledged = persona.get(change[0]).asText();
                }
                expected.add(mine);
            }

            // client c always saves its own assessment c (so its saves are ordered), each save to the next instance
            IntFunction<HttpRequest> save = n -> {
                int client = n % clients;
                String[] change = changes.get((n / clients) % changes.size());
                expected.get(client).get(change[0]).unanswered.add(change[1]);
                String origin = origins.get((client + n / clients) % instances);
                return Load.putJson(origin + "/api/v1/assessments/" + saveTokens[client] + "/answers",
                        "{\"answers\": {\"" + change[0] + "\": \"" + change[1] + "\"}}");
            };
            Load.Outcome saved = (n, answered) -> {
                if (answered) {
                    int client = n % clients;
                    Expected e = expected.get(client).get(changes.get((n / clients) % changes.size())[0]);
                    e.acknowledged = changes.get((n / clients) % changes.size())[1];
                    e.saved = true;
                    e.unanswered.clear();
                    acknowledged[client]++;
                }
            };
            IntFunction<HttpRequest> step = n -> Load.get(origins.get((n / clients) % instances) + "/a/"
                    + pageTokens[n % clients] + "/step/2");
            IntFunction<HttpRequest> result = n -> Load.get(origins.get((n / clients) % instances) + "/a/"
                    + pageTokens[n % clients] + "/result");

            warmUp(save, saved);
            warmUp(step, (n, ok) -> { });
            warmUp(result, (n, ok) -> { });

            String loadBefore = SpeedBenchmark.loadAverage();
            measured.add(measure("answer saves", processes, save, saved, postgres));
            measured.add(measure("step page", processes, step, (n, ok) -> { }, postgres));
            measured.add(measure("result page", processes, result, (n, ok) -> { }, postgres));
            loadDuring = loadBefore + " -> " + SpeedBenchmark.loadAverage();
        } finally {
            for (Process process : processes) {
                process.destroy();
            }
            for (Process process : processes) {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }

        System.out.println();
        String row = "| %-34s | %10s | %9s | %9s | %7s | %14s | %18s |%n";
        System.out.printf(row, "measure", "req/s", "p50 ms", "p99 ms", "errors", "app CPU ms/req", "postgres CPU ms/req");
        System.out.printf(row, "---", "---", "---", "---", "---", "---", "---");
        long errors = 0;
        for (Measured m : measured) {
            errors += m.phase().errors();
            System.out.printf(Locale.ROOT, row, m.name() + ", " + clients + " connections",
                    String.format(Locale.ROOT, "%,.0f", m.phase().perSecond()), String.format(Locale.ROOT, "%.1f", m.phase().ms(50)),
                    String.format(Locale.ROOT, "%.1f", m.phase().ms(99)), Long.toString(m.phase().errors()),
                    String.format(Locale.ROOT, "%.2f", m.appCpuMs()),
                    postgres ? String.format(Locale.ROOT, "%.2f", m.postgresCpuMs()) : "-");
        }
        System.out.println("load average (1, 5, 15 min) over the measured phases: " + loadDuring);

        boolean complete = verify(db, saveTokens, pageTokens, expected, Arrays.stream(acknowledged).sum());
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return complete && errors == 0;
    }

    /** Reads every assessment of the run from the database and compares it with the acknowledged saves. */
    private boolean verify(String db, String[] saveTokens, String[] pageTokens, List<Map<String, Expected>> expected,
            long acknowledged) throws IOException {
        Map<String, String> answersByHash = new HashMap<>();
        try (Database database = Database.open(db, System.getenv())) {
            database.read(conn -> {
                try (PreparedStatement select = conn.prepareStatement("SELECT token_sha256, answers_json FROM assessment");
                     ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        answersByHash.put(rs.getString(1), rs.getString(2));
                    }
                }
                return null;
            });
        }
        int missing = 0;
        int lost = 0;
        int checked = 0;
        int unanswered = 0;
        int saved = 0;
        for (int i = 0; i < clients; i++) {
            if (!answersByHash.containsKey(Token.hash(pageTokens[i]))) {
                missing++;
            }
            String json = answersByHash.get(Token.hash(saveTokens[i]));
            if (json == null) {
                missing++;
                continue;
            }
            JsonNode stored = JSON.readTree(json);
            for (Map.Entry<String, Expected> question : expected.get(i).entrySet()) {
                JsonNode value = stored.get(question.getKey());
                String actual = value == null ? null : value.asText();
                Expected e = question.getValue();
                checked++;
                saved += e.saved ? 1 : 0;
                if (!e.acknowledged.equals(actual)) {
                    // allowed only if a later save of this question got no answer but was stored
                    if (e.unanswered.contains(actual)) {
                        unanswered++;
                    } else {
                        lost++;
                        if (lost <= 5) {
                            System.out.printf("  LOST: assessment of client %d, question %s: acknowledged %s, stored %s%n", i,
                                    question.getKey(), e.acknowledged, actual);
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "acknowledged saves (warm-up and measured): %,d; after stopping the instances the "
                + "database holds %d of %d assessments of the run; %,d answers compared with their last acknowledged save "
                + "(%,d of them written by the load, the others as created): %d lost, %d hold a later save that got no "
                + "answer%n", acknowledged, 2 * clients - missing, 2 * clients, checked, saved, lost, unanswered);
        boolean complete = missing == 0 && lost == 0;
        System.out.println(complete ? "every acknowledged save is in the database" : "ACKNOWLEDGED SAVES ARE MISSING");
        return complete;
    }

    private Measured measure(String name, List<Process> processes, IntFunction<HttpRequest> requests, Load.Outcome outcome,
            boolean postgres) throws Exception {
        long app0 = appTicks(processes);
        long pg0 = postgres ? postgresTicks() : 0;
        Load.Phase phase = load.run(clients, Double.parseDouble(settings.get("seconds")), requests, outcome);
        double perRequest = 1000.0 / clockTicks / Math.max(1, phase.ok());
        return new Measured(name, phase, (appTicks(processes) - app0) * perRequest,
                postgres ? (postgresTicks() - pg0) * perRequest : Double.NaN);
    }

    private void warmUp(IntFunction<HttpRequest> requests, Load.Outcome outcome) throws InterruptedException {
        double warmup = Double.parseDouble(settings.get("warmup"));
        long least = Long.parseLong(settings.get("warmupRequests"));
        long t0 = System.nanoTime();
        long done = 0;
        do {
            done += load.run(clients, warmup, requests, outcome).ok();
        } while (done < least && System.nanoTime() - t0 < 4 * warmup * 1e9);
    }

    private Process start(int port, String db, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(settings.get("heap").trim().split("\\s+")));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(AppServer.class.getName());
        command.addAll(List.of(Integer.toString(port), db, "questionnaires"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private String created(String origin, String questionnaire, String fullAnswers) throws Exception {
        byte[] body = SpeedBenchmark.ok(load, Load.postJson(origin + "/api/v1/assessments", "{\"questionnaire\": \"" + questionnaire + "\"}"), "\"token\"");
        String token = JSON.readTree(body).get("token").asText();
        SpeedBenchmark.ok(load, Load.putJson(origin + "/api/v1/assessments/" + token + "/answers", fullAnswers), "\"dimensions\"");
        return token;
    }

    /** The single-choice questions where the two personas differ, each as {question, value}: first to the other's value, then back. */
    private static List<String[]> changes(ObjectNode persona, ObjectNode other) {
        List<String[]> there = new ArrayList<>();
        List<String[]> back = new ArrayList<>();
        for (Map.Entry<String, JsonNode> answer : persona.properties()) {
            JsonNode theirs = other.get(answer.getKey());
            if (answer.getValue().isTextual() && theirs != null && theirs.isTextual() && !theirs.equals(answer.getValue())) {
                there.add(new String[] {answer.getKey(), theirs.asText()});
                back.add(new String[] {answer.getKey(), answer.getValue().asText()});
            }
        }
        if (there.isEmpty()) {
            throw new IllegalStateException("the two personas give the same single-choice answers; pick others");
        }
        there.addAll(back);
        return there;
    }

    private static long appTicks(List<Process> processes) throws IOException {
        long ticks = 0;
        for (Process process : processes) {
            ticks += ticks(Path.of("/proc", Long.toString(process.pid()), "stat"));
        }
        return ticks;
    }

    /** CPU of every process called postgres on the machine (the server and its backends, also other users'). */
    private static long postgresTicks() throws IOException {
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        ticks += ticks(proc.resolve("stat"));
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return ticks;
    }

    /** utime + stime of a {@code /proc/<pid>/stat} (fields 14 and 15). */
    private static long ticks(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
