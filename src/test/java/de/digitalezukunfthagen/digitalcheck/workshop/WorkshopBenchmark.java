package de.digitalezukunfthagen.digitalcheck.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.App;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.auth.TestAccounts;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.web.Csrf;
import io.javalin.Javalin;
import java.time.Clock;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: a workshop of 30 participants answering the full Digital-Check at the same time while
 * the consultant's live view polls, measured on loopback. Each participant joins, then opens and
 * sends one page per dimension with random answers and a short pause in between, and finishes; one
 * poller does what {@code workshop-live.js} does (live.json every 1.5 s, the live view's part when the
 * revision moved on).
 *
 * <p><b>How far behind the live view is</b>: for every save, from the moment its request was sent to
 * the moment the poller had the live view's part showing a revision at least as new as the database
 * had right after the save returned. Both ends are chosen so the figure can only be too high.
 *
 * <p>Run with {@code bench/workshop.sh [participants] [pause-ms] [poll-ms] [questionnaire]}; defaults 30,
 * 2000, 1500, digital-check (see README, "Benchmarks"). Talks only to 127.0.0.1; bounded in time.
 */
public final class WorkshopBenchmark {
    private static final Pattern SHOWN = Pattern.compile("name=\"_shown\" value=\"([^\"]*)\"");
    private static final Pattern CODE = Pattern.compile("data-join-code>([A-Z2-9]{6})<");

    private WorkshopBenchmark() {
    }

    /** A save waiting to be seen by the live view. */
    private record Save(long sentNanos, long revision) {
    }

    public static void main(String[] args) throws Exception {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long pause = args.length > 1 ? Long.parseLong(args[1]) : 2000;
        long pollMillis = args.length > 2 ? Long.parseLong(args[2]) : 1500;
        String id = args.length > 3 ? args[3] : "digital-check";
        Path dir = Files.createTempDirectory("digitalcheck-workshop-bench");
        Path dbFile = dir.resolve("bench.db");
        Catalog catalog = BundledQuestionnaires.load(Path.of("questionnaires"));
        Questionnaire q = catalog.find(id).orElseThrow(() -> new IllegalArgumentException("no questionnaire " + id));
        Database database = Database.open(dbFile);
        Javalin app = App.create(new AppConfig(0, dbFile, Path.of("questionnaires")), catalog, database, Clock.systemUTC());
        app.start("127.0.0.1", 0);
        String origin = "http://127.0.0.1:" + app.port();
        System.out.printf("Workshop benchmark: %d participants, pause %d ms between pages, live view every %d ms, "
                        + "questionnaire %s v%d (%d pages, %d questions), %d cores%n", participants, pause, pollMillis, q.id(),
                q.version(), q.dimensions().size(), q.allQuestions().size(), Runtime.getRuntime().availableProcessors());
        try {
            TestAccounts.add(database, "bench@example.org", "Bench");
            Client consultant = new Client(origin);
            consultant.post("/login", "email", "bench@example.org", "password", TestAccounts.PASSWORD);
            String base = consultant.post("/consultant/workshops", "company", "Benchmark GmbH", "questionnaire", q.id())
                    .headers().firstValue("Location").orElseThrow().replace("/profile", "");
            consultant.post(base + "/profile", profile(q));
            Matcher m = CODE.matcher(consultant.get(base).body());
            m.find();
            String code = m.group(1);

            ConcurrentLinkedQueue<Long> pageNanos = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> saveNanos = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Save> pending = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(participants);
            List<Long> lags = Collections.synchronizedList(new ArrayList<>());
            List<Long> pollNanos = Collections.synchronizedList(new ArrayList<>());
            List<Long> partNanos = Collections.synchronizedList(new ArrayList<>());

            // the live view, as workshop-live.js: every pollMillis from the start of the last poll
            Client viewer = consultant;
            Thread poller = new Thread(() -> {
                String shown = "";
                while (!Thread.currentThread().isInterrupted()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> json = viewer.get(base + "/live.json");
                        pollNanos.add(System.nanoTime() - start);
                        JsonNode live = Json.mapper().readTree(json.body());
                        String revision = live.get("revision").asText();
                        if (!revision.equals(shown)) {
                            long partStart = System.nanoTime();
                            viewer.get(base + "/live?part=1");
                            long seen = System.nanoTime();
                            partNanos.add(seen - partStart);
                            shown = revision;
                            long r = Long.parseLong(revision);
                            pending.removeIf(s -> {
                                if (s.revision() <= r) {
                                    lags.add(seen - s.sentNanos());
                                    return true;
                                }
                                return false;
                            });
                        }
                        long wait = pollMillis - (System.nanoTime() - start) / 1_000_000;
                        if (wait > 0) {
                            Thread.sleep(wait);
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }, "live-view");
            poller.start();

            long began = System.nanoTime();
            for (int i = 0; i < participants; i++) {
                int number = i;
                Thread t = new Thread(() -> {
                    try {
                        participate(origin, code, q, new Random(number), pause, database, pageNanos, saveNanos, pending);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        System.err.println("participant " + number + ": " + e);
                    } finally {
                        done.countDown();
                    }
                }, "participant-" + i);
                t.start();
                Thread.sleep(20); // people do not join in the same millisecond
            }
            done.await();
            long answering = System.nanoTime() - began;
            long deadline = System.nanoTime() + Duration.ofMillis(3 * pollMillis).toNanos();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            poller.interrupt();
            poller.join();

            JsonNode live = Json.mapper().readTree(consultant.get(base + "/live.json").body());
            System.out.printf("answering took %.1f s; %d pages opened, %d pages saved, %d errors; live view: %d joined, %d finished%n",
                    answering / 1e9, pageNanos.size(), saveNanos.size(), errors.get(), live.get("joined").asInt(),
                    live.get("finished").asInt());
            System.out.printf("participant page GET: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(pageNanos, 50), ms(pageNanos, 99),
                    ms(pageNanos, 100));
            System.out.printf("participant page save: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(saveNanos, 50), ms(saveNanos, 99),
                    ms(saveNanos, 100));
            System.out.printf("live.json (%d participants scored by the engine): %d polls, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    participants, pollNanos.size(), ms(pollNanos, 50), ms(pollNanos, 99), ms(pollNanos, 100));
            System.out.printf("live view part: %d fetches, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", partNanos.size(), ms(partNanos, 50),
                    ms(partNanos, 99), ms(partNanos, 100));
            double max = ms(lags, 100) / 1000;
            System.out.printf("live view behind a save: %d saves, p50 %.2f s, p95 %.2f s, p99 %.2f s, max %.2f s; never seen: %d%n",
                    lags.size(), ms(lags, 50) / 1000, ms(lags, 95) / 1000, ms(lags, 99) / 1000, max, pending.size());
            boolean ok = pending.isEmpty() && errors.get() == 0 && max <= 2.0;
            System.out.printf("%s: the live view was %s 2 s behind%n", ok ? "OK" : "NOT OK", max <= 2.0 ? "never more than" : "more than");
            if (!ok) {
                System.exit(1);
            }
        } finally {
            app.stop();
            database.close();
        }
    }

    /** One participant: joins, answers every page at random after a pause (half to one and a half times the given one), finishes. */
    private static void participate(String origin, String code, Questionnaire q, Random random, long pause, Database database,
            ConcurrentLinkedQueue<Long> pageNanos, ConcurrentLinkedQueue<Long> saveNanos, ConcurrentLinkedQueue<Save> pending)
            throws Exception {
        Client me = new Client(origin);
        me.post("/w/" + code + "/join", "name", "P" + random.nextInt(1000), "role", "");
        for (int n = 1; n <= q.dimensions().size(); n++) {
            String page = "/w/" + code + "/step/" + n;
            long start = System.nanoTime();
            String html = me.get(page).body();
            pageNanos.add(System.nanoTime() - start);
            Matcher m = SHOWN.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no form on " + page);
            }
            List<String> form = new ArrayList<>(List.of("_shown", m.group(1), "go", "next"));
            List<String> visible = Arrays.asList(m.group(1).split(" "));
            for (Question question : q.dimensions().get(n - 1).questions()) {
                if (visible.contains(question.id())) {
                    form.addAll(answer(question, random));
                }
            }
            Thread.sleep(pause / 2 + random.nextLong(pause + 1));
            long sent = System.nanoTime();
            HttpResponse<String> saved = me.post(page, form.toArray(String[]::new));
            saveNanos.add(System.nanoTime() - sent);
            if (saved.statusCode() != 303) {
                throw new IllegalStateException("saving " + page + " answered " + saved.statusCode());
            }
            pending.add(new Save(sent, revision(database)));
        }
        me.post("/w/" + code + "/finish");
    }

    /** The workshop's revision now: at least the one the save just made (later saves only make it stricter). */
    private static long revision(Database database) {
        return database.read(conn -> {
            try (var rs = conn.createStatement().executeQuery("SELECT max(revision) FROM workshop")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Form fields answering a question at random, as a person could (sometimes "don't know"). */
    private static List<String> answer(Question q, Random random) {
        String field = "q." + q.id();
        switch (q.type()) {
            case SINGLE -> {
                Option o = q.options().get(random.nextInt(q.options().size()));
                return List.of(field, o.id());
            }
            case MULTI -> {
                List<Option> plain = q.options().stream().filter(o -> !o.exclusive() && !o.na()).toList();
                List<String> fields = new ArrayList<>();
                for (Option o : plain) {
                    if (random.nextBoolean()) {
                        fields.addAll(List.of(field, o.id()));
                    }
                }
                return fields.isEmpty() ? List.of(field, q.options().get(0).id()) : fields;
            }
            case NUMBER -> {
                double min = q.min() == null ? 0 : q.min();
                double max = q.max() == null ? Math.max(min + 100, 100) : Math.min(q.max(), min + 1000);
                return List.of(field, String.valueOf((long) (min + random.nextDouble() * (max - min))));
            }
            default -> {
                return random.nextInt(4) == 0 ? List.of(field, "Mehr Zeit für Schulungen") : List.of();
            }
        }
    }

    /** The company profile: the first option, a middle number. */
    private static String[] profile(Questionnaire q) {
        List<String> form = new ArrayList<>();
        form.add("_shown");
        form.add(String.join(" ", q.profile().stream().map(Question::id).toList()));
        for (Question p : q.profile()) {
            if (p.type() == QuestionType.SINGLE || p.type() == QuestionType.MULTI) {
                form.addAll(List.of("q." + p.id(), p.options().get(0).id()));
            } else if (p.type() == QuestionType.NUMBER) {
                form.addAll(List.of("q." + p.id(), String.valueOf((long) (p.min() == null ? 10 : Math.max(p.min(), 10)))));
            }
        }
        return form.toArray(String[]::new);
    }

    private static double ms(java.util.Collection<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(index) / 1e6;
    }

    /** A browser's worth of HTTP: its own cookies, forms with the CSRF field, no redirects followed. */
    private static final class Client {
        private final String origin;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        Client(String origin) {
            this.origin = origin;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String... pairs) throws Exception {
            if (cookie(Csrf.COOKIE) == null) {
                get("/join");
            }
            StringBuilder body = new StringBuilder(Csrf.FIELD + "=" + cookie(Csrf.COOKIE));
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                body.append('&').append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            return http.send(HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        private String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                    .findFirst().orElse(null);
        }
    }
}
