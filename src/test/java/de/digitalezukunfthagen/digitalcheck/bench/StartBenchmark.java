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
 * <p>Arguments are key=value: {@code rounds=7}, {@code heap="-Xms64m -Xmx256m"}, any number of
 * {@code app.NAME=CLASSPATH} to start the app of another build as well (e.g. a copy of an earlier
 * {@code target/digitalcheck.jar:target/test-classes}), interleaved with this one, and {@code cds=true}
 * to start both once more with a class-data-sharing archive ({@code app+cds}, {@code baseline+cds}): the
 * app's made as the README says ({@code warm-up} under {@code -XX:ArchiveClassesAtExit}), the
 * baseline's by one start to its first 200 (its classes packed into {@code target/bench-classes.jar}
 * first: an archive records no class of a folder).
 */
public final class StartBenchmark {
    private StartBenchmark() {
    }

    /** How one target is started: its class path and JVM options beyond the heap. */
    private record Target(String classpath, List<String> options) {
    }

    /** One start: seconds to the first 200, the server's CPU seconds then, the load average. */
    private record Start(double seconds, double cpuSeconds, double load) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("rounds", "7");
        settings.put("heap", "-Xms64m -Xmx256m");
        settings.put("cds", "false");
        Map<String, Target> targets = new LinkedHashMap<>();
        String classpath = System.getProperty("java.class.path");
        targets.put("app", new Target(classpath, List.of()));
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv[0].startsWith("app.")) {
                targets.put(kv[0], new Target(kv[1], List.of()));
            } else {
                settings.put(kv[0], kv[1]);
            }
        }
        targets.put("baseline", new Target(classpath, List.of()));
        if (Boolean.parseBoolean(settings.get("cds"))) {
            targets.putAll(archives(settings.get("heap"), new Load()));
        }
        int rounds = Integer.parseInt(settings.get("rounds"));
        double ticks = SpeedBenchmark.clockTicksPerSecond();
        Load load = new Load();
        Map<String, List<Start>> starts = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "start to first 200, %d rounds, JVM options %s, commit %s, load average at the start %s%n",
                rounds, settings.get("heap"), SpeedBenchmark.commit(), SpeedBenchmark.loadAverage());
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Target> target : targets.entrySet()) {
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

    /**
     * The two archived targets: the app's archive made by {@code warm-up} from the jar alone (a class
     * path may grow behind an archive's, so the app then starts with the test classes behind it), the
     * baseline's by one start of it from the jar and its classes packed into a jar.
     */
    private static Map<String, Target> archives(String heap, Load load) throws Exception {
        Path target = Path.of("target");
        Path app = target.resolve("bench-app.jsa").toAbsolutePath();
        Path baseline = target.resolve("bench-baseline.jsa").toAbsolutePath();
        Path classes = target.resolve("bench-classes.jar").toAbsolutePath();
        Files.deleteIfExists(app);
        Files.deleteIfExists(baseline);
        String jar = target.resolve("digitalcheck.jar").toAbsolutePath().toString();
        run(List.of(tool("jar"), "cf", classes.toString(), "-C", "target/test-classes", "de/digitalezukunfthagen/digitalcheck/bench"));
        List<String> dump = new ArrayList<>(List.of(tool("java")));
        dump.addAll(Arrays.asList(heap.trim().split("\\s+")));
        dump.addAll(List.of("-XX:ArchiveClassesAtExit=" + app, "-cp", jar, "de.digitalezukunfthagen.digitalcheck.Main", "warm-up"));
        run(dump);
        Target baselineWithClasses = new Target(jar + java.io.File.pathSeparator + classes, List.of("-XX:ArchiveClassesAtExit=" + baseline));
        start(load, "baseline", baselineWithClasses, heap, SpeedBenchmark.clockTicksPerSecond());
        for (Path archive : List.of(app, baseline)) {
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("no archive " + archive + " was written");
            }
        }
        // -Xshare:on: a start that cannot map its archive fails instead of being measured without it
        Map<String, Target> archived = new LinkedHashMap<>();
        archived.put("app+cds", new Target(System.getProperty("java.class.path"), List.of("-XX:SharedArchiveFile=" + app, "-Xshare:on")));
        archived.put("baseline+cds", new Target(baselineWithClasses.classpath(), List.of("-XX:SharedArchiveFile=" + baseline, "-Xshare:on")));
        return archived;
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static Start start(Load load, String name, Target target, String heap, double ticks) throws Exception {
        Path dir = Files.createTempDirectory("digitalcheck-start");
        int port = SpeedBenchmark.freePort();
        List<String> command = new ArrayList<>();
        command.add(tool("java"));
        command.addAll(Arrays.asList(heap.trim().split("\\s+")));
        command.addAll(target.options());
        command.add("-cp");
        command.add(target.classpath());
        String db = dir.resolve("bench.db").toString();
        if (name.startsWith("baseline")) {
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
