package de.digitalezukunfthagen.digitalcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Not a test: the app against a bare Javalin + SQLite + Pebble + OpenPDF app with the same I/O
 * ({@link BaselineServer}), each started as its own JVM on 127.0.0.1 with a fresh SQLite file, driven
 * by {@link Load} with the same requests. Per round: app, then baseline, each started, prepared,
 * warmed up and measured; the table shows the medians of the rounds and the ratio app / baseline.
 * Run it with {@code bash bench/compare.sh} (see bench/README.md).
 *
 * <p>Arguments are {@code key=value}: rounds (3), seconds per measured phase (10), warmup seconds
 * per phase (5), warmupRequests (2000: the least per phase), jitQuiet (0.05: warm-up goes on, in
 * one-second slices, until the JIT compiler threads take at most this share of the server's CPU),
 * warmupMax (60: seconds of warm-up per phase at most), clients (50), reports measured (60), reportWarmup (40), reportSeconds (15: the most
 * time for the reports of one phase, so a busy machine cannot stretch the run), heap (JVM options of both
 * servers, "-Xms64m -Xmx256m"), questionnaire (digital-check), persona (tischlerei-am-anfang: answers
 * of the result page and the report), otherPersona (alles-erledigt: the saves switch single answers
 * between the two personas), jfr (false; true records a JFR profile of the app under load), threads (false; true prints where the
 * saves' server CPU went, by thread name).
 */
public final class SpeedBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PERSONAS = "/de/digitalezukunfthagen/digitalcheck/report/personas/";

    private final Map<String, String> settings;
    private final int clients;
    private final double seconds;
    private final double warmup;
    private final Load load = new Load();
    private final long clockTicks = clockTicksPerSecond();

    private SpeedBenchmark(Map<String, String> settings) {
        this.settings = settings;
        clients = Integer.parseInt(settings.get("clients"));
        seconds = Double.parseDouble(settings.get("seconds"));
        warmup = Double.parseDouble(settings.get("warmup"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("rounds", "3");
        settings.put("seconds", "10");
        settings.put("warmup", "5");
        settings.put("clients", "50");
        settings.put("reports", "60");
        settings.put("reportWarmup", "40");
        settings.put("reportSeconds", "15");
        settings.put("warmupRequests", "2000");
        settings.put("jitQuiet", "0.05");
        settings.put("warmupMax", "60");
        settings.put("heap", "-Xms64m -Xmx256m");
        settings.put("questionnaire", "digital-check");
        settings.put("persona", "tischlerei-am-anfang");
        settings.put("otherPersona", "alles-erledigt");
        settings.put("jfr", "false");
        settings.put("threads", "false");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0 || !settings.containsKey(arg.substring(0, eq))) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; known: " + settings.keySet());
            }
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        new SpeedBenchmark(settings).run();
    }

    // ------------------------------------------------------------------ what is measured

    /** The sizes the baseline copies from the app. */
    record Shape(int saveBytes, int stepBytes, int resultBytes, int reportPages, int reportBytes) {
    }

    /** One server in one round. */
    record Figures(double startSeconds, Load.Phase saves, Load.Phase step, Load.Phase result,
            double savesCpuMs, double stepCpuMs, double resultCpuMs, double reportP50, double reportP90,
            Shape shape, double peakRssMb, double heapUsedMb) {
    }

    /** How a server is started and addressed. */
    interface Target {
        String name();

        String mainClass();

        List<String> arguments(int port, Path database);

        /** Creates what the requests need; returns {saveTokens, pageTokens}. */
        String[][] prepare(String origin) throws Exception;

        String saveUrl(String origin, String token);

        String stepUrl(String origin, String token);

        String resultUrl(String origin, String token);

        String reportUrl(String origin, String token);
    }

    private void run() throws Exception {
        int rounds = Integer.parseInt(settings.get("rounds"));
        ObjectNode persona = (ObjectNode) readPersona(settings.get("persona")).get("answers");
        ObjectNode other = (ObjectNode) readPersona(settings.get("otherPersona")).get("answers");
        List<String> saveBodies = saveBodies(persona, other);
        String fullAnswers = JSON.writeValueAsString(JSON.createObjectNode().set("answers", persona));
        String questionnaire = settings.get("questionnaire");

        System.out.printf(Locale.ROOT, "Speed: app vs bare Javalin+SQLite+Pebble+OpenPDF; %s, persona %s; %d round(s), "
                + "%d clients, %.0f s per phase after %.0f s warm-up; server JVMs: %s; %d cores; %s%n",
                questionnaire, settings.get("persona"), rounds, clients, seconds, warmup, settings.get("heap"),
                Runtime.getRuntime().availableProcessors(), Instant.now());
        System.out.println("commit " + commit() + "; load average at start: " + loadAverage());

        Target app = appTarget(questionnaire, fullAnswers, saveBodies);
        List<Figures> apps = new ArrayList<>();
        List<Figures> bases = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        Shape shape = null;
        for (int round = 1; round <= rounds; round++) {
            String loadBefore = loadAverage();
            Figures a = measure(app, round, null);
            shape = shape == null ? a.shape() : shape;
            Figures b = measure(baselineTarget(shape, saveBodies), round, shape);
            apps.add(a);
            bases.add(b);
            loads.add(loadBefore + " -> " + loadAverage());
            System.out.printf(Locale.ROOT, "round %d (load average %s): saves %.0f/%.0f per s, step %.0f/%.0f, "
                    + "result %.0f/%.0f, report p50 %.1f/%.1f ms, start %.2f/%.2f s (app/baseline)%n", round,
                    loads.get(round - 1), a.saves().perSecond(), b.saves().perSecond(), a.step().perSecond(),
                    b.step().perSecond(), a.result().perSecond(), b.result().perSecond(), a.reportP50(), b.reportP50(),
                    a.startSeconds(), b.startSeconds());
        }
        printTable(apps, bases, shape, loads);
    }

    private Figures measure(Target target, int round, Shape known) throws Exception {
        Path dir = Files.createTempDirectory("digitalcheck-speed");
        int port = freePort();
        String origin = "http://127.0.0.1:" + port;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(settings.get("heap").trim().split("\\s+")));
        Path jfr = null;
        if (Boolean.parseBoolean(settings.get("jfr")) && target.name().equals("app")) {
            jfr = Path.of("target", "speed-app-round" + round + ".jfr").toAbsolutePath();
            command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(target.mainClass());
        command.addAll(target.arguments(port, dir.resolve("bench.db")));
        Path log = dir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            double start = firstOk(origin + "/", t0, process, log);
            String[][] tokens = target.prepare(origin);
            String[] saveTokens = tokens[0];
            String[] pageTokens = tokens[1];
            List<String> bodies = saveBodiesOf(target);
            IntFunction<HttpRequest> save = n -> Load.putJson(target.saveUrl(origin, saveTokens[n % saveTokens.length]),
                    bodies.get((n / saveTokens.length) % bodies.size()));
            IntFunction<HttpRequest> step = n -> Load.get(target.stepUrl(origin, pageTokens[n % pageTokens.length]));
            IntFunction<HttpRequest> result = n -> Load.get(target.resultUrl(origin, pageTokens[n % pageTokens.length]));
            Shape shape = known != null ? known : shapeOf(save, step, result, target.reportUrl(origin, pageTokens[0]));
            if (known != null) {
                checkShape(target, known, save, step, result, target.reportUrl(origin, pageTokens[0]));
            }

            warmUp(process, save);
            warmUp(process, step);
            warmUp(process, result);
            reports(target, origin, pageTokens, Integer.parseInt(settings.get("reportWarmup")));
            warmUpReports(process, target, origin, pageTokens);

            long[] cpu = {cpuTicks(process)};
            Map<String, Long> threadsBefore = threadTicks(process);
            Load.Phase saves = load.run(clients, seconds, save);
            double savesCpu = cpuMsPerRequest(process, cpu, saves);
            if (Boolean.parseBoolean(settings.get("threads"))) {
                printThreads(target.name() + " saves", threadsBefore, threadTicks(process), saves);
            }
            Load.Phase steps = load.run(clients, seconds, step);
            double stepCpu = cpuMsPerRequest(process, cpu, steps);
            Load.Phase results = load.run(clients, seconds, result);
            double resultCpu = cpuMsPerRequest(process, cpu, results);
            double[] reportMs = reports(target, origin, pageTokens, Integer.parseInt(settings.get("reports")));
            double heap = heapUsedMb(process);
            double rss = peakRssMb(process);
            for (Load.Phase phase : List.of(saves, steps, results)) {
                if (phase.errors() > 0) {
                    System.out.printf("  %s round %d: %d errors in a phase (see %s)%n", target.name(), round,
                            phase.errors(), log);
                }
            }
            return new Figures(start, saves, steps, results, savesCpu, stepCpu, resultCpu,
                    percentile(reportMs, 50), percentile(reportMs, 90), shape, rss, heap);
        } finally {
            process.destroy(); // SIGTERM: the server's shutdown hooks run (and a JFR recording is written)
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            if (jfr != null) {
                System.out.println("  JFR recording of the app: " + jfr);
            }
            deleteTree(dir);
        }
    }

    /**
     * At least {@code warmup} seconds and {@code warmupRequests} requests, then on in one-second slices
     * until the server's JIT compiler threads are quiet (under {@code jitQuiet} of its CPU in three
     * slices in a row), for at most {@code warmupMax} seconds in all. The same rule for both servers: the app runs
     * far more code per request than the bare stack, and on two busy cores its compilers were still
     * taking a third of the CPU after five seconds, which measured the JIT, not the request.
     */
    private void warmUp(Process process, IntFunction<HttpRequest> requests) throws Exception {
        long least = Long.parseLong(settings.get("warmupRequests"));
        double quiet = Double.parseDouble(settings.get("jitQuiet"));
        long most = (long) (Double.parseDouble(settings.get("warmupMax")) * 1e9);
        long t0 = System.nanoTime();
        long done = load.run(clients, warmup, requests).ok();
        int quietSlices = 0;
        while (System.nanoTime() - t0 < most) {
            Map<String, Long> before = threadTicks(process);
            done += load.run(clients, 1, requests).ok();
            Map<String, Long> after = threadTicks(process);
            quietSlices = jitQuiet(before, after, quiet) ? quietSlices + 1 : 0;
            if (done >= least && quietSlices >= 3) {
                return;
            }
        }
        System.out.printf(Locale.ROOT, "  warm-up stopped after %.0f s with the JIT still compiling%n", most / 1e9);
    }

    /** Whether the JIT compiler threads took at most {@code share} of the server's CPU between the two readings. */
    private static boolean jitQuiet(Map<String, Long> before, Map<String, Long> after, double share) {
        long all = 0;
        long compilers = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long used = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            all += used;
            if (e.getKey().contains("CompilerThre")) {
                compilers += used;
            }
        }
        return compilers <= share * Math.max(1, all);
    }

    /** Reports in batches of five until the JIT is quiet, as {@link #warmUp} does for the loads. */
    private void warmUpReports(Process process, Target target, String origin, String[] tokens) throws Exception {
        double quiet = Double.parseDouble(settings.get("jitQuiet"));
        long most = (long) (Double.parseDouble(settings.get("warmupMax")) * 1e9);
        long t0 = System.nanoTime();
        int quietBatches = 0;
        while (System.nanoTime() - t0 < most) {
            Map<String, Long> before = threadTicks(process);
            reports(target, origin, tokens, 5);
            Map<String, Long> after = threadTicks(process);
            quietBatches = jitQuiet(before, after, quiet) ? quietBatches + 1 : 0;
            if (quietBatches >= 3) {
                return;
            }
        }
        System.out.printf(Locale.ROOT, "  report warm-up stopped after %.0f s with the JIT still compiling%n", most / 1e9);
    }

    /** Seconds from starting the JVM to the first 200 on {@code url}. */
    private double firstOk(String url, long t0, Process process, Path log) throws Exception {
        return firstOk(load, url, t0, process, log);
    }

    /** As {@link #firstOk(String, long, Process, Path)}, polling through {@code load}. */
    static double firstOk(Load load, String url, long t0, Process process, Path log) throws Exception {
        HttpRequest request = Load.get(url);
        while (System.nanoTime() - t0 < 120_000_000_000L) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped: " + Files.readString(log));
            }
            try {
                if (load.send(request).statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no 200 from " + url + " within 120 s: " + Files.readString(log));
    }

    private Shape shapeOf(IntFunction<HttpRequest> save, IntFunction<HttpRequest> step,
            IntFunction<HttpRequest> result, String reportUrl) throws Exception {
        byte[] saved = ok(save.apply(0), "\"dimensions\"");
        byte[] page = ok(step.apply(0), "</html>");
        byte[] resultPage = ok(result.apply(0), "</html>");
        byte[] pdf = ok(Load.get(reportUrl), "%PDF");
        // kept so the two reports can be compared by eye (pdftoppm) and by text volume (pdftotext)
        Files.write(Path.of("target", "speed-" + (reportUrl.contains("/api/v1/") ? "app" : "baseline") + "-report.pdf"), pdf);
        return new Shape(saved.length, page.length, resultPage.length, pages(pdf), pdf.length);
    }

    /** The baseline answers with the app's sizes (pages within a few bytes, the report to the page). */
    private void checkShape(Target target, Shape app, IntFunction<HttpRequest> save, IntFunction<HttpRequest> step,
            IntFunction<HttpRequest> result, String reportUrl) throws Exception {
        Shape mine = shapeOf(save, step, result, reportUrl);
        if (Math.abs(mine.saveBytes() - app.saveBytes()) > 64 || Math.abs(mine.stepBytes() - app.stepBytes()) > 64
                || Math.abs(mine.resultBytes() - app.resultBytes()) > 64 || mine.reportPages() != app.reportPages()) {
            throw new IllegalStateException(target.name() + " does not have the app's shape: " + mine + " vs " + app);
        }
        if (!target.name().equals("app") && baselineReportBytes == 0) {
            baselineReportBytes = mine.reportBytes();
        }
    }

    private int baselineReportBytes;

    /**
     * Up to {@code count} reports one after the other, but for no longer than {@code reportSeconds}
     * (at least three): on a busy machine a report can take a second, and the run must stay bounded.
     */
    private double[] reports(Target target, String origin, String[] tokens, int count) throws Exception {
        double[] ms = new double[count];
        long deadline = System.nanoTime() + (long) (Double.parseDouble(settings.get("reportSeconds")) * 1e9);
        int i = 0;
        for (; i < count && (i < 3 || System.nanoTime() < deadline); i++) {
            HttpRequest request = Load.get(target.reportUrl(origin, tokens[i % tokens.length]));
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = load.send(request);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(target.name() + ": report answered " + response.statusCode());
            }
        }
        double[] done = Arrays.copyOf(ms, i);
        Arrays.sort(done);
        return done;
    }

    private byte[] ok(HttpRequest request, String mustContain) throws Exception {
        return ok(load, request, mustContain);
    }

    /** The body of {@code request} sent through {@code load}; fails unless it is a 2xx containing {@code mustContain}. */
    static byte[] ok(Load load, HttpRequest request, String mustContain) throws Exception {
        HttpResponse<byte[]> response = load.send(request);
        String text = new String(response.body(), StandardCharsets.ISO_8859_1);
        if (response.statusCode() / 100 != 2 || !text.contains(mustContain)) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + " without " + mustContain + ": "
                    + text.substring(0, Math.min(400, text.length())));
        }
        return response.body();
    }

    // ------------------------------------------------------------------ the two servers

    private List<String> currentSaveBodies;

    private List<String> saveBodiesOf(Target target) {
        return currentSaveBodies;
    }

    private Target appTarget(String questionnaire, String fullAnswers, List<String> saveBodies) {
        currentSaveBodies = saveBodies;
        return new Target() {
            @Override
            public String name() {
                return "app";
            }

            @Override
            public String mainClass() {
                return AppServer.class.getName();
            }

            @Override
            public List<String> arguments(int port, Path database) {
                return List.of(Integer.toString(port), database.toString(), "questionnaires");
            }

            @Override
            public String[][] prepare(String origin) throws Exception {
                String[][] tokens = new String[2][clients];
                for (String[] group : tokens) {
                    for (int i = 0; i < clients; i++) {
                        byte[] created = ok(Load.postJson(origin + "/api/v1/assessments",
                                "{\"questionnaire\": \"" + questionnaire + "\"}"), "\"token\"");
                        group[i] = JSON.readTree(created).get("token").asText();
                        ok(Load.putJson(saveUrl(origin, group[i]), fullAnswers), "\"dimensions\"");
                    }
                }
                return tokens;
            }

            @Override
            public String saveUrl(String origin, String token) {
                return origin + "/api/v1/assessments/" + token + "/answers";
            }

            @Override
            public String stepUrl(String origin, String token) {
                return origin + "/a/" + token + "/step/2"; // step 1 is the profile; 2 is the first dimension
            }

            @Override
            public String resultUrl(String origin, String token) {
                return origin + "/a/" + token + "/result";
            }

            @Override
            public String reportUrl(String origin, String token) {
                return origin + "/api/v1/assessments/" + token + "/report.pdf?lang=de";
            }
        };
    }

    private Target baselineTarget(Shape shape, List<String> saveBodies) {
        currentSaveBodies = saveBodies;
        return new Target() {
            @Override
            public String name() {
                return "baseline";
            }

            @Override
            public String mainClass() {
                return BaselineServer.class.getName();
            }

            @Override
            public List<String> arguments(int port, Path database) {
                return List.of(Integer.toString(port), database.toString(), Integer.toString(shape.saveBytes()),
                        Integer.toString(shape.stepBytes()), Integer.toString(shape.resultBytes()),
                        Integer.toString(shape.reportPages()));
            }

            @Override
            public String[][] prepare(String origin) {
                String[][] tokens = new String[2][clients];
                for (int g = 0; g < 2; g++) {
                    for (int i = 0; i < clients; i++) {
                        tokens[g][i] = String.format(Locale.ROOT, "%024d", g * 1000 + i); // the app's tokens have 24 characters
                    }
                }
                return tokens;
            }

            @Override
            public String saveUrl(String origin, String token) {
                return origin + "/api/answers/" + token;
            }

            @Override
            public String stepUrl(String origin, String token) {
                return origin + "/step/" + token;
            }

            @Override
            public String resultUrl(String origin, String token) {
                return origin + "/result/" + token;
            }

            @Override
            public String reportUrl(String origin, String token) {
                return origin + "/report/" + token;
            }
        };
    }

    /** Bodies that each change one single-choice answer between the two personas' values. */
    private static List<String> saveBodies(ObjectNode persona, ObjectNode other) throws IOException {
        List<String> bodies = new ArrayList<>();
        List<String> back = new ArrayList<>();
        for (Map.Entry<String, JsonNode> answer : persona.properties()) {
            JsonNode theirs = other.get(answer.getKey());
            if (answer.getValue().isTextual() && theirs != null && theirs.isTextual() && !theirs.equals(answer.getValue())) {
                bodies.add(oneAnswer(answer.getKey(), theirs));
                back.add(oneAnswer(answer.getKey(), answer.getValue()));
            }
        }
        if (bodies.isEmpty()) {
            throw new IllegalStateException("the two personas give the same single-choice answers; pick others");
        }
        bodies.addAll(back);
        return bodies;
    }

    private static String oneAnswer(String question, JsonNode value) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("answers").set(question, value);
        return JSON.writeValueAsString(body);
    }

    static JsonNode readPersona(String name) throws IOException {
        try (InputStream in = SpeedBenchmark.class.getResourceAsStream(PERSONAS + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no persona " + name + " in " + PERSONAS);
            }
            return JSON.readTree(in);
        }
    }

    // ------------------------------------------------------------------ the table

    private void printTable(List<Figures> apps, List<Figures> bases, Shape shape, List<String> loads) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Medians of %d round(s); shape copied from the app: save answer %,d B, step page %,d B, "
                + "result page %,d B, report %d pages (app %,d B, baseline %,d B)%n", apps.size(), shape.saveBytes(),
                shape.stepBytes(), shape.resultBytes(), shape.reportPages(), shape.reportBytes(), baselineReportBytes);
        String row = "| %-34s | %-42s | %-42s | %-9s | %-12s |%n";
        System.out.printf(row, "measure", "app", "baseline", "app/base", "goal");
        System.out.printf(row, "---", "---", "---", "---", "---");
        throughputRow(row, "answer saves, " + clients + " connections", apps, bases, Figures::saves, Figures::savesCpuMs, ">= 0.75");
        throughputRow(row, "step page, " + clients + " connections", apps, bases, Figures::step, Figures::stepCpuMs, ">= 0.6");
        throughputRow(row, "result page, " + clients + " connections", apps, bases, Figures::result, Figures::resultCpuMs, ">= 0.6");
        double ra = median(apps, Figures::reportP50);
        double rb = median(bases, Figures::reportP50);
        System.out.printf(Locale.ROOT, row, "report p50 warm, one at a time",
                String.format(Locale.ROOT, "%.1f ms (p90 %.1f)", ra, median(apps, Figures::reportP90)),
                String.format(Locale.ROOT, "%.1f ms (p90 %.1f)", rb, median(bases, Figures::reportP90)),
                String.format(Locale.ROOT, "%.2f", ra / rb), "app <= 15 ms");
        double sa = median(apps, Figures::startSeconds);
        double sb = median(bases, Figures::startSeconds);
        System.out.printf(Locale.ROOT, row, "start to first 200 (new JVM)", String.format(Locale.ROOT, "%.2f s", sa),
                String.format(Locale.ROOT, "%.2f s", sb), String.format(Locale.ROOT, "+%.2f s", sa - sb), "<= +0.4 s");
        System.out.printf(Locale.ROOT, row, "peak RSS / heap used after load",
                String.format(Locale.ROOT, "%.0f MB / %.0f MB", median(apps, Figures::peakRssMb), median(apps, Figures::heapUsedMb)),
                String.format(Locale.ROOT, "%.0f MB / %.0f MB", median(bases, Figures::peakRssMb), median(bases, Figures::heapUsedMb)),
                String.format(Locale.ROOT, "%.2f", median(apps, Figures::peakRssMb) / median(bases, Figures::peakRssMb)),
                "documented");
        System.out.println("load average per round (1, 5, 15 min; before -> after): " + String.join("; ", loads));
        long errors = 0;
        for (Figures f : apps) {
            errors += f.saves().errors() + f.step().errors() + f.result().errors();
        }
        for (Figures f : bases) {
            errors += f.saves().errors() + f.step().errors() + f.result().errors();
        }
        System.out.println("errors in all measured phases: " + errors);
    }

    private static void throughputRow(String row, String name, List<Figures> apps, List<Figures> bases,
            Function<Figures, Load.Phase> phase, Function<Figures, Double> cpu, String goal) {
        double a = median(apps, f -> phase.apply(f).perSecond());
        double b = median(bases, f -> phase.apply(f).perSecond());
        System.out.printf(Locale.ROOT, row, name, cell(apps, phase, cpu), cell(bases, phase, cpu),
                String.format(Locale.ROOT, "%.2f", a / b), goal);
    }

    private static String cell(List<Figures> figures, Function<Figures, Load.Phase> phase, Function<Figures, Double> cpu) {
        return String.format(Locale.ROOT, "%,.0f/s p50 %.1f p99 %.1f ms cpu %.2f ms",
                median(figures, f -> phase.apply(f).perSecond()), median(figures, f -> phase.apply(f).ms(50)),
                median(figures, f -> phase.apply(f).ms(99)), median(figures, cpu));
    }

    private static double median(List<Figures> figures, Function<Figures, Double> value) {
        double[] values = figures.stream().mapToDouble(value::apply).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // ------------------------------------------------------------------ the machine

    private static int pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    /** Server CPU time (user + system) per ok request since the last call; advances {@code last}. */
    private double cpuMsPerRequest(Process process, long[] last, Load.Phase phase) throws IOException {
        long now = cpuTicks(process);
        double ms = (now - last[0]) * 1000.0 / clockTicks / Math.max(1, phase.ok());
        last[0] = now;
        return ms;
    }

    /** CPU ticks of the server's threads, summed by name without digits (http threads, GC, C2 compiler...). */
    private static Map<String, Long> threadTicks(Process process) throws IOException {
        Map<String, Long> ticks = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException ended) {
                    // the thread ended while the list was read
                }
            }
        }
        return ticks;
    }

    /** Where a phase's server CPU went, by thread name, in ms per request (with threads=true). */
    private void printThreads(String what, Map<String, Long> before, Map<String, Long> after, Load.Phase phase) {
        StringBuilder line = new StringBuilder("  " + what + ", server CPU by thread (ms/req):");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line.append(String.format(Locale.ROOT, " %s %.2f;", e.getKey(),
                        e.getValue() * 1000.0 / clockTicks / Math.max(1, phase.ok()))));
        System.out.println(line);
    }

    static long cpuTicks(Process process) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
    }

    private static double peakRssMb(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** Heap in use right after the load, as {@code jcmd GC.heap_info} reports it (NaN without jcmd). */
    private static double heapUsedMb(Process process) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(out);
            return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
        } catch (IOException | InterruptedException e) {
            return Double.NaN;
        }
    }

    static long clockTicksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            return Long.parseLong(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException | NumberFormatException e) {
            return 100;
        }
    }

    static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    static String commit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").start();
            String sha = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            Process dirty = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").start();
            boolean changed = dirty.getInputStream().readAllBytes().length > 0;
            return sha.isEmpty() ? "unknown" : sha + (changed ? " (with uncommitted changes)" : "");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
