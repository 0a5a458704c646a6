package de.digitalezukunfthagen.digitalcheck.bench;

import de.digitalezukunfthagen.digitalcheck.App;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import io.javalin.Javalin;
import java.time.Clock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: drives the JSON API and the pages of a freshly started app on loopback with 50
 * concurrent clients and reports answer saves per second and page render times. Bounded in time and
 * count; talks only to 127.0.0.1. Run it with {@code bench/api.sh} (see README, "Benchmarks").
 *
 * <p>Arguments (all optional): {@code clients seconds questionnaire-id}; defaults 50, 10, quick-check.
 */
public final class ApiBenchmark {
    private static final int MAX_REQUESTS = 2_000_000;

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String id = args.length > 2 ? args[2] : "quick-check";
        Path dir = Files.createTempDirectory("digitalcheck-bench");
        Path dbFile = dir.resolve("bench.db");
        Catalog catalog = BundledQuestionnaires.load(Path.of("questionnaires"));
        Questionnaire q = catalog.find(id).orElseThrow(() -> new IllegalArgumentException("no questionnaire " + id));
        Database database = Database.open(dbFile);
        Javalin app = App.create(new AppConfig(0, dbFile, Path.of("questionnaires"))
                .withOperations(OperationsConfig.DEFAULTS.withCreateLimits(0, 0)), catalog, database, Clock.systemUTC());
        app.start("127.0.0.1", 0);
        String origin = "http://127.0.0.1:" + app.port();
        try {
            List<Question> singles = q.dimensions().stream().flatMap(d -> d.questions().stream())
                    .filter(x -> x.type() == QuestionType.SINGLE && x.showIf() == null).toList();
            int dimensionStep = q.profile().isEmpty() ? 1 : 2;
            System.out.printf("Digital-Check Hagen API benchmark: %d clients, %d s per phase, questionnaire %s v%d, %d cores%n",
                    clients, seconds, q.id(), q.version(), Runtime.getRuntime().availableProcessors());

            String[] tokens = new String[clients];
            HttpClient setup = client();
            for (int i = 0; i < clients; i++) {
                HttpResponse<String> r = setup.send(json(origin + "/api/v1/assessments", "POST",
                        "{\"questionnaire\": \"" + q.id() + "\"}"), HttpResponse.BodyHandlers.ofString());
                tokens[i] = Json.mapper().readTree(r.body()).get("token").asText();
            }

            // warm-up: let the JIT compile the paths measured below
            run(clients, 3, (c, n) -> save(c, origin, tokens, singles, n));
            run(clients, 2, (c, n) -> page(c, origin, tokens[n % tokens.length], dimensionStep));

            Phase saves = run(clients, seconds, (c, n) -> save(c, origin, tokens, singles, n));
            System.out.printf("answer saves (PUT .../answers, one answer changed, result returned): %,.0f/s, "
                    + "p50 %.1f ms, p99 %.1f ms, %d errors%n", saves.perSecond(), saves.p(50), saves.p(99), saves.errors);

            Phase loaded = run(clients, seconds, (c, n) -> page(c, origin, tokens[n % tokens.length], dimensionStep));
            System.out.printf("dimension page GET with %d clients at once: %,.0f/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                    clients, loaded.perSecond(), loaded.p(50), loaded.p(99), loaded.errors);

            Phase single = run(1, Math.max(3, seconds / 2), (c, n) -> page(c, origin, tokens[n % tokens.length], dimensionStep));
            System.out.printf("dimension page render time (one request at a time): p50 %.1f ms, p99 %.1f ms, %d errors%n",
                    single.p(50), single.p(99), single.errors);
        } finally {
            app.stop();
            database.close();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One request by client {@code n}; true when it succeeded. */
    @FunctionalInterface
    private interface Call {
        boolean call(HttpClient client, int n) throws Exception;
    }

    private record Phase(long count, long errors, double seconds, long[] nanos) {
        double perSecond() {
            return count / seconds;
        }

        double p(int percentile) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }
    }

    /** One client object for all: each concurrent request still gets its own keep-alive connection. */
    private static final HttpClient SHARED = client();

    private static Phase run(int clients, int seconds, Call call) throws InterruptedException {
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long perClient = MAX_REQUESTS / clients;
        List<long[]> latencies = new ArrayList<>();
        int[] sizes = new int[clients];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        long[] deadline = new long[1];
        for (int i = 0; i < clients; i++) {
            int n = i;
            long[] mine = new long[(int) Math.min(perClient, 400_000)];
            latencies.add(mine);
            Thread t = new Thread(() -> {
                HttpClient client = SHARED;
                try {
                    start.await();
                    int k = 0;
                    while (System.nanoTime() < deadline[0] && k < mine.length) {
                        long t0 = System.nanoTime();
                        boolean ok = call.call(client, n + k * clients);
                        mine[k++] = System.nanoTime() - t0;
                        (ok ? count : errors).incrementAndGet();
                    }
                    sizes[n] = k;
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + i);
            t.setDaemon(true);
            t.start();
        }
        long t0 = System.nanoTime();
        deadline[0] = t0 + seconds * 1_000_000_000L;
        start.countDown();
        done.await();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] all = new long[Arrays.stream(sizes).sum()];
        int at = 0;
        for (int i = 0; i < clients; i++) {
            System.arraycopy(latencies.get(i), 0, all, at, sizes[i]);
            at += sizes[i];
        }
        Arrays.sort(all);
        return new Phase(count.get(), errors.get(), elapsed, all);
    }

    private static boolean save(HttpClient client, String origin, String[] tokens, List<Question> singles, int n)
            throws Exception {
        Question question = singles.get(n % singles.size());
        List<Option> options = question.options();
        String option = options.get((n / singles.size()) % options.size()).id();
        String body = "{\"answers\": {\"" + question.id() + "\": \"" + option + "\"}}";
        HttpResponse<String> r = client.send(json(origin + "/api/v1/assessments/" + tokens[n % tokens.length] + "/answers",
                "PUT", body), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 && r.body().contains("\"dimensions\"");
    }

    private static boolean page(HttpClient client, String origin, String token, int step) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(origin + "/a/" + token + "/step/" + step))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 && r.body().contains("</html>");
    }

    private static HttpRequest json(String url, String method, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }
}
