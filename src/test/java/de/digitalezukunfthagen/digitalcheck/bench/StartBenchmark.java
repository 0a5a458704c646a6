package de.digitalezukunfthagen.digitalcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Only the start row of {@link SpeedBenchmark}, in a minute instead of half an hour: {@link AppServer}
 * and {@link BaselineServer} started in turn as their own JVMs (the same command line and JVM options),
 * {@code GET /} polled every 5 ms until the first 200, and at that moment the server's CPU time
 * (utime + stime from {@code /proc}) and the load average. Prints each start and the medians.
 *
 * <p>Arguments are key=value: {@code rounds=7}, {@code heap="-Xms64m -Xmx256m"}, and any number of
 * {@code app.NAME=CLASSPATH} to start the app of another build as well (e.g. a copy of an earlier
 * {@code target/digitalcheck.jar:target/test-classes}), interleaved with this one.
 */
public final class StartBenchmark {
    private StartBenchmark() {
    }

    /** One start: seconds to the first 200, the server's CPU seconds then, the load average. */
    private record Start(double seconds, double cpuSeconds, double load) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("rounds", "7");
        settings.put("heap", "-Xms64m -Xmx256m");
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("app", System.getProperty("java.class.path"));
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv[0].startsWith("app.")) {
                targets.put(kv[0], kv[1]);
            } else {
                settings.put(kv[0], kv[1]);
            }
        }
        targets.put("baseline", System.getProperty("java.class.path"));
        int rounds = Integer.parseInt(settings.get("rounds"));
        double ticks = SpeedBenchmark.clockTicksPerSecond();
        Load load = new Load();
        Map<String, List<Start>> starts = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "start to first 200, %d rounds, JVM options %s, commit %s, load average at the start %s%n",
                rounds, settings.get("heap"), SpeedBenchmark.commit(), SpeedBenchmark.loadAverage());
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, String> target : targets.entrySet()) {
                Start start = start(load, target.getKey(), target.getValue(), settings.get("heap"), ticks);
                starts.computeIfAbsent(target.getKey(), k -> new ArrayList<>()).add(start);
                System.out.printf(Locale.ROOT, "round %d %-12s %.2f s, CPU %.2f s, load average %.1f%n", round, target.getKey(),
                        start.seconds(), start.cpuSeconds(), start.load());
            }
        }
        double baseline = median(starts.get("baseline"), Start::seconds);
        for (Map.Entry<String, List<Start>> e : starts.entrySet()) {
            System.out.printf(Locale.ROOT, "median %-12s %.2f s (CPU %.2f s, load average %.1f), %+.2f s to the baseline%n",
                    e.getKey(), median(e.getValue(), Start::seconds), median(e.getValue(), Start::cpuSeconds),
                    median(e.getValue(), Start::load), median(e.getValue(), Start::seconds) - baseline);
        }
    }

    private static Start start(Load load, String name, String classpath, String heap, double ticks) throws Exception {
        Path dir = Files.createTempDirectory("digitalcheck-start");
        int port = SpeedBenchmark.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(heap.trim().split("\\s+")));
        command.add("-cp");
        command.add(classpath);
        String db = dir.resolve("bench.db").toString();
        if (name.equals("baseline")) {
            // the sizes do not matter for the start; the baseline only needs them to build its pages
            command.addAll(List.of(BaselineServer.class.getName(), Integer.toString(port), db, "6554", "14987", "74955", "9"));
        } else {
            command.addAll(List.of(AppServer.class.getName(), Integer.toString(port), db, "questionnaires"));
        }
        Path log = dir.resolve("server.log");
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            double seconds = SpeedBenchmark.firstOk(load, "http://127.0.0.1:" + port + "/", t0, process, log);
            double cpu = SpeedBenchmark.cpuTicks(process) / ticks;
            return new Start(seconds, cpu, Double.parseDouble(SpeedBenchmark.loadAverage().split(" ")[0]));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> figure) {
        double[] sorted = starts.stream().mapToDouble(figure).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
