package de.digitalezukunfthagen.digitalcheck.scoring;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark of the engine alone (not a test): what an answer save costs before HTTP and SQL, that is
 * one {@link Scorer#evaluate} of a persona's answers and the result written as JSON, in one thread,
 * in batches after a warm-up. Prints the median and the fastest batch per call, in wall and CPU
 * time. The personas take turns batch by batch, so a burst of other work falls on all alike.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      de.digitalezukunfthagen.digitalcheck.scoring.EngineBenchmark [BATCHES] [WARMUP-SECONDS] [PERSONA...]
 * </pre>
 * Defaults: 200 batches of 200 calls after 10 s of warm-up, the personas tischlerei-am-anfang,
 * alles-erledigt and nichts-erledigt of the full check.
 */
public final class EngineBenchmark {
    private static final int BATCH = 200;

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double warmupSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<String> personas = args.length > 2 ? Arrays.asList(args).subList(2, args.length)
                : List.of("tischlerei-am-anfang", "alles-erledigt", "nichts-erledigt");

        Catalog catalog = BundledQuestionnaires.load(Path.of("questionnaires"));
        List<AnswersJson.Document> documents = new ArrayList<>();
        for (String persona : personas) {
            try (InputStream in = EngineBenchmark.class.getResourceAsStream(
                    "/de/digitalezukunfthagen/digitalcheck/report/personas/" + persona + ".json")) {
                AnswersJson.Document document = AnswersJson.read(catalog, Json.mapper().readTree(in));
                if (!document.valid()) {
                    throw new IllegalStateException(persona + ": " + document.problems());
                }
                documents.add(document);
            }
        }
        long sink = 0;
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < until) {
            for (AnswersJson.Document d : documents) {
                sink += batch(catalog, d, true);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = documents.size();
        double[][] evaluateWall = new double[n][batches];
        double[][] evaluateCpu = new double[n][batches];
        double[][] jsonWall = new double[n][batches];
        for (int b = 0; b < batches; b++) {
            for (int i = 0; i < n; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sink += batch(catalog, documents.get(i), false);
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                sink += batch(catalog, documents.get(i), true);
                long t2 = System.nanoTime();
                evaluateWall[i][b] = (t1 - t0) / 1e3 / BATCH;
                evaluateCpu[i][b] = (c1 - c0) / 1e3 / BATCH;
                jsonWall[i][b] = (t2 - t1) / 1e3 / BATCH - evaluateWall[i][b];
            }
        }
        System.out.printf("engine, %d batches of %d calls after %.0f s warm-up (µs per call; sink %d):%n",
                batches, BATCH, warmupSeconds, sink % 10);
        for (int i = 0; i < n; i++) {
            Arrays.sort(evaluateWall[i]);
            Arrays.sort(evaluateCpu[i]);
            Arrays.sort(jsonWall[i]);
            System.out.printf("  %-24s evaluate median %6.1f (fastest %6.1f, CPU median %6.1f); result as JSON median %6.1f%n",
                    personas.get(i), evaluateWall[i][batches / 2], evaluateWall[i][0], evaluateCpu[i][batches / 2],
                    jsonWall[i][batches / 2]);
        }
    }

    private static long batch(Catalog catalog, AnswersJson.Document d, boolean json) throws Exception {
        long sink = 0;
        for (int i = 0; i < BATCH; i++) {
            Evaluation e = Scorer.evaluate(d.questionnaire(), catalog.contacts(), d.answers());
            sink += json ? Json.mapper().writeValueAsBytes(e.result()).length : e.result().recommendations().size();
        }
        return sink;
    }
}
