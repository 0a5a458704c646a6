package de.digitalezukunfthagen.digitalcheck.scoring;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What changed between a firm's earlier check and its follow-up, from the engine's two results: per
 * dimension and overall the score before and now, the difference and whether the level rose or fell;
 * which steps of the earlier plan are done (no longer recommended by the new answers) and which are
 * still open. Only what is comparable is compared: a dimension whose questions or points changed in a
 * newer questionnaire version is listed as not comparable, and so is the overall score when any
 * dimension, a weight or a level threshold changed.
 */
public record Progress(
        int earlierVersion,
        int version,
        Change overall,
        List<Change> dimensions,
        List<String> notComparable,
        List<String> stepsDone,
        List<String> stepsOpen,
        List<String> stepsGone) {

    public Progress {
        dimensions = List.copyOf(dimensions);
        notComparable = List.copyOf(notComparable);
        stepsDone = List.copyOf(stepsDone);
        stepsOpen = List.copyOf(stepsOpen);
        stepsGone = List.copyOf(stepsGone);
    }

    /** Rose, fell, or stayed: the level compared by its rank. */
    public enum Direction {
        UP, SAME, DOWN, UNKNOWN
    }

    /**
     * One score compared: {@code delta} is now minus before (null when either has no score);
     * {@code levelDirection} by the rank of the levels.
     */
    public record Change(String id, BigDecimal before, BigDecimal now, BigDecimal delta, String levelBefore, String levelNow,
                         Direction levelDirection) {

        /** The direction of the score: up, same or down (unknown without both scores). */
        public Direction scoreDirection() {
            return delta == null ? Direction.UNKNOWN : Direction.values()[1 - delta.signum()];
        }
    }

    public boolean sameVersion() {
        return earlierVersion == version;
    }

    /** Compares {@code before} (answered with {@code earlier}) with {@code now} (answered with {@code current}). */
    public static Progress of(Questionnaire earlier, Result before, Questionnaire current, Result now) {
        if (!earlier.id().equals(current.id())) {
            throw new IllegalArgumentException("a follow-up compares two checks of the same questionnaire, not '"
                    + earlier.id() + "' and '" + current.id() + "'");
        }
        List<Change> dimensions = new ArrayList<>();
        List<String> notComparable = new ArrayList<>();
        for (Dimension d : current.dimensions()) {
            Dimension old = earlier.dimension(d.id()).orElse(null);
            if (old == null || !signature(old).equals(signature(d))) {
                notComparable.add(d.id());
                continue;
            }
            Result.DimensionScore b = before.dimension(d.id());
            Result.DimensionScore n = now.dimension(d.id());
            dimensions.add(change(d.id(), b.score(), n.score(), b.level(), n.level(), earlier, current));
        }
        boolean overallComparable = notComparable.isEmpty()
                && earlier.dimensions().size() == current.dimensions().size()
                && earlier.dimensions().stream().allMatch(d -> current.dimension(d.id()).map(x -> x.weight() == d.weight()).orElse(false))
                && levels(earlier).equals(levels(current));
        Change overall = overallComparable
                ? change("overall", before.overall().score(), now.overall().score(), before.overall().level(), now.overall().level(),
                        earlier, current)
                : null;
        List<String> done = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        List<String> triggeredNow = now.recommendations().stream().map(Result.TriggeredRecommendation::id).toList();
        for (String step : before.plan()) {
            if (current.recommendation(step).isEmpty()) {
                gone.add(step);
            } else if (triggeredNow.contains(step)) {
                open.add(step);
            } else {
                done.add(step);
            }
        }
        return new Progress(earlier.version(), current.version(), overall, dimensions, notComparable, done, open, gone);
    }

    private static Change change(String id, BigDecimal before, BigDecimal now, String levelBefore, String levelNow,
            Questionnaire earlier, Questionnaire current) {
        BigDecimal delta = before == null || now == null ? null : now.subtract(before);
        Direction direction = Direction.UNKNOWN;
        if (levelBefore != null && levelNow != null) {
            int b = earlier.levelRank(levelBefore);
            int n = current.levelRank(levelNow);
            direction = n > b ? Direction.UP : n < b ? Direction.DOWN : Direction.SAME;
        }
        return new Change(id, before, now, delta, levelBefore, levelNow, direction);
    }

    /** What decides a dimension's score: its questions, their weights and points (texts may change freely). */
    private static String signature(Dimension d) {
        StringBuilder s = new StringBuilder();
        for (Question q : d.questions()) {
            s.append(q.id()).append('|').append(q.type()).append('|').append(q.weight()).append('|').append(q.maxPoints())
                    .append('|').append(q.min()).append('|').append(q.max()).append('|').append(q.bands()).append('|');
            for (Option o : q.options()) {
                s.append(o.id()).append(':').append(o.points()).append(':').append(o.na()).append(':').append(o.unknown()).append(',');
            }
            s.append(';');
        }
        return s.toString();
    }

    private static List<String> levels(Questionnaire q) {
        return q.levels().stream().map(l -> l.id() + "@" + String.format(Locale.ROOT, "%s", l.min())).toList();
    }

    /** For the tests and the API: the score's difference with its sign, e.g. "+12.0" or "-3.5"; null without one. */
    public static String signed(BigDecimal delta) {
        return delta == null ? null : (delta.signum() > 0 ? "+" : "") + delta.toPlainString();
    }

}
