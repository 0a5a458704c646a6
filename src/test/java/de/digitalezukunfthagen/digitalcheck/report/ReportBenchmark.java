package de.digitalezukunfthagen.digitalcheck.report;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Benchmark of report generation (not a test): renders the short report (at most 10 pages) and the
 * long one ({@code --full}) of a persona, each after a warm-up, and prints the median and 95th
 * percentile in milliseconds, the pages and the file size. The aims on a 2-core machine: the short
 * report in less than half the time the long one took before the short one existed (median 39 ms
 * for the 29 pages of tischlerei-am-anfang, so under 20 ms), every report under 50 ms and 300 KB.
 *
 * <p>Run from the project folder:
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      de.digitalezukunfthagen.digitalcheck.report.ReportBenchmark [RUNS] [WARMUP] [PERSONA] [LANG]
 * </pre>
 * Defaults: 200 runs after 100 warm-up runs of the persona tischlerei-am-anfang (the longest report:
 * 49 recommendations) in German. The two reports take turns, run by run, so that a burst of load
 * from other work on the machine falls on both alike.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        String persona = args.length > 2 ? args[2] : "tischlerei-am-anfang";
        String language = args.length > 3 ? args[3] : "de";

        Catalog catalog = BundledQuestionnaires.load(Path.of("questionnaires"));
        AnswersJson.Document answers;
        try (InputStream in = ReportBenchmark.class.getResourceAsStream("personas/" + persona + ".json")) {
            answers = AnswersJson.read(catalog, Json.mapper().readTree(in));
        }
        if (!answers.valid()) {
            throw new IllegalStateException(persona + ": " + answers.problems());
        }
        ReportInput input = new ReportInput(answers.questionnaire(), catalog.contacts(), answers.answers(), language,
                "Tischlerei Brinkmann & Söhne GmbH & Co. KG", LocalDate.of(2026, 11, 27));

        ReportInput full = input.withFull(true);
        long start = System.nanoTime();
        byte[] first = PdfReport.render(input);
        double coldMs = (System.nanoTime() - start) / 1e6;
        byte[] firstFull = PdfReport.render(full);
        for (int i = 0; i < warmup; i++) {
            PdfReport.render(input);
            PdfReport.render(full);
        }
        double[] shortMs = new double[runs];
        double[] fullMs = new double[runs];
        double[] shortCpu = new double[runs];
        double[] fullCpu = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            PdfReport.render(input);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            PdfReport.render(full);
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            shortMs[i] = (t1 - t0) / 1e6;
            fullMs[i] = (t2 - t1) / 1e6;
            shortCpu[i] = (c1 - c0) / 1e6;
            fullCpu[i] = (c2 - c1) / 1e6;
        }
        System.out.printf("report %s (%s): first run %.1f ms; after %d warm-up runs of each, %d runs of each:%n",
                persona, language, coldMs, warmup, runs);
        print("short", shortMs, shortCpu, first);
        print("full", fullMs, fullCpu, firstFull);
    }

    /**
     * Wall time and the rendering thread's CPU time: on a machine shared with other work the wall time
     * also counts the time the thread waited for a core, the CPU time does not.
     */
    private static void print(String name, double[] ms, double[] cpu, byte[] pdf) throws java.io.IOException {
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("  %-5s %2d pages, %6.1f KB: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms; CPU median %.1f ms, p95 %.1f ms%n",
                name, ReportText.read(pdf).pageCount(), pdf.length / 1024.0, percentile(ms, 50), percentile(ms, 95), ms[0],
                ms[ms.length - 1], percentile(cpu, 50), percentile(cpu, 95));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
