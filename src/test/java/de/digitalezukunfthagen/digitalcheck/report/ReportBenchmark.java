package de.digitalezukunfthagen.digitalcheck.report;

import de.digitalezukunfthagen.digitalcheck.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Benchmark of report generation (not a test): renders the full Digital-Check report of a persona
 * after a warm-up and prints the median and 95th percentile in milliseconds and the file size.
 * The aim on a 2-core machine: median under 50 ms, file under 300 KB.
 *
 * <p>Run from the project folder:
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      de.digitalezukunfthagen.digitalcheck.report.ReportBenchmark [RUNS] [WARMUP] [PERSONA] [LANG]
 * </pre>
 * Defaults: 200 runs after 100 warm-up runs of the persona tischlerei-am-anfang (the longest report:
 * 49 recommendations) in German.
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

        long start = System.nanoTime();
        byte[] first = PdfReport.render(input);
        double coldMs = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < warmup; i++) {
            PdfReport.render(input);
        }
        double[] ms = new double[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            byte[] pdf = PdfReport.render(input);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            size = pdf.length;
        }
        Arrays.sort(ms);
        int pages = ReportText.read(first).pageCount();
        System.out.printf("report %s (%s, %d pages): first run %.1f ms; after %d warm-up runs, %d runs:%n",
                persona, language, pages, coldMs, warmup, runs);
        System.out.printf("  median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n",
                percentile(ms, 50), percentile(ms, 95), ms[0], ms[ms.length - 1]);
        System.out.printf("  file %.1f KB (%d bytes)%n", size / 1024.0, size);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
