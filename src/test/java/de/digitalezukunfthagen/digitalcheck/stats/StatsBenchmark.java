package de.digitalezukunfthagen.digitalcheck.stats;

import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersions;
import de.digitalezukunfthagen.digitalcheck.cli.Cli;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test (bench/stats.sh runs it): {@code fill DB N} stores N generated assessments of the
 * Digital-Check through {@link Assessments} (so each gets its facts from the engine, as in the app);
 * {@code stats DB [stats options]} runs the stats command in this JVM and prints its time and the
 * peak heap (the sum of the peaks of the heap pools: an upper bound of what was in use at once).
 */
public final class StatsBenchmark {
    private static final String[] ORIGINS = {"online", "online", "online", "assisted", "workshop"};

    private StatsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        if (args[0].equals("fill")) {
            fill(db, Integer.parseInt(args[2]));
        } else {
            String[] options = new String[args.length];
            options[0] = "stats";
            options[1] = "--db=" + db;
            System.arraycopy(args, 2, options, 2, args.length - 2);
            stats(options);
        }
    }

    private static void fill(Path file, int n) throws Exception {
        Catalog catalog = BundledQuestionnaires.load(Path.of("questionnaires"));
        Questionnaire q = catalog.find("digital-check").orElseThrow();
        Random random = new Random(13);
        long start = System.nanoTime();
        try (Database database = Database.open(file)) {
            Assessments assessments = new Assessments(database, QuestionnaireVersions.record(catalog, database, Clock.systemUTC()), Clock.systemUTC());
            for (int i = 0; i < n; i++) {
                // one in twenty stops half-way, so "only complete checks count" has something to leave out
                boolean complete = random.nextInt(20) != 0;
                assessments.create(q, answers(q, random, complete), null, ORIGINS[random.nextInt(ORIGINS.length)], null, false);
                if ((i + 1) % 10_000 == 0) {
                    System.out.printf("%,d stored, %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                }
            }
        }
        System.out.printf("fill: %,d assessments in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
    }

    /** Every asked question answered at random (free text left empty); {@code complete} false leaves the last half out. */
    static Answers answers(Questionnaire q, Random random, boolean complete) {
        Map<String, Answer> values = new HashMap<>();
        List<Question> questions = q.allQuestions();
        int last = complete ? questions.size() : questions.size() / 2;
        for (Question question : questions.subList(0, last)) {
            List<Option> options = question.options();
            switch (question.type()) {
                case SINGLE -> values.put(question.id(), new Answer.Choice(options.get(random.nextInt(options.size())).id()));
                case MULTI -> {
                    List<String> chosen = new ArrayList<>();
                    for (Option o : options) {
                        if (!o.exclusive() && random.nextInt(3) == 0) {
                            chosen.add(o.id());
                        }
                    }
                    if (!chosen.isEmpty()) {
                        values.put(question.id(), new Answer.Choices(chosen));
                    }
                }
                case NUMBER -> values.put(question.id(), new Answer.Num(BigDecimal.valueOf(1 + random.nextInt(120))));
                default -> {
                }
            }
        }
        return new Answers(values);
    }

    private static void stats(String[] args) {
        long[] bytes = new long[1];
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        long start = System.nanoTime();
        int code = Main.cli().run(args, new Cli.Streams(new ByteArrayInputStream(new byte[0]), new PrintStream(counting),
                System.err, Map.of()));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("stats %s: exit %d, %,d bytes of output, %.1f s, peak heap %.1f MB (max heap %.0f MB)%n",
                String.join(" ", List.of(args).subList(2, args.length)), code, bytes[0], seconds, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
