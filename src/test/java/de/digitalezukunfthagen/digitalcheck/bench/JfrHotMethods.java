package de.digitalezukunfthagen.digitalcheck.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Not a test: where the CPU samples of a JFR recording fall (JDK 17 has no {@code jfr view}). Prints the
 * methods on top of the stack (self time) and, for the project's own methods, the share of samples
 * that have them anywhere on the stack (total time).
 *
 * <p>Arguments: {@code recording.jfr [rows] [within]}; rows defaults to 25; with {@code within} (part of a
 * method name, e.g. {@code AssessmentApi.putAnswers}) only the samples with that method on the stack
 * count, so the shares are those of one kind of request.
 */
public final class JfrHotMethods {
    private static final String PROJECT = "de.digitalezukunfthagen.digitalcheck.";

    private JfrHotMethods() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String within = args.length > 2 ? args[2] : null;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty() || within != null && frames.stream().noneMatch(f -> name(f).contains(within))) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (name.startsWith(PROJECT) && seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d CPU samples in %s%s%n%nself (method on top of the stack):%n", samples, args[0],
                within == null ? "" : " with " + within + " on the stack");
        print(self, samples, rows);
        System.out.printf("%ntotal (the project's methods anywhere on the stack):%n");
        print(total, samples, rows);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int rows) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
}
