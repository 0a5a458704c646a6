package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * The condition forms of the contract, used by show_if, recommendations and contacts. Each form tests
 * itself against a {@link Situation} (the scoring engine's view of one set of answers). One small
 * method per form, not one method with a branch per form: that large recursive method, compiled by the
 * JIT, fell into a storm of deoptimisations under load (several per answer save).
 */
public sealed interface Condition {

    /** The reserved dimension id that stands for the overall score. */
    String OVERALL = "overall";

    /** Whether the condition holds in {@code situation}. */
    boolean holds(Situation situation);

    /** What conditions are tested against: only visible questions count as answered. */
    interface Situation {
        /** The question is visible and answered. */
        boolean answered(String questionId);

        /** The question is visible and its answer chooses the option. */
        boolean chosen(String questionId, String optionId);

        /** The number answered to a visible question, or null. */
        Double number(String questionId);

        /** The rounded score of a dimension (or {@link #OVERALL}), or null when it has none. */
        BigDecimal score(String dimensionId);

        /** The (capped) level of a dimension, or null when it has none. */
        String level(String dimensionId);
    }

    record AnswerIs(Ref question, Ref option) implements Condition {
        @Override
        public boolean holds(Situation s) {
            return s.chosen(question.id(), option.id());
        }
    }

    record AnswerIn(Ref question, List<Ref> options) implements Condition {
        public AnswerIn {
            options = List.copyOf(options);
        }

        @Override
        public boolean holds(Situation s) {
            for (Ref option : options) {
                if (s.chosen(question.id(), option.id())) {
                    return true;
                }
            }
            return false;
        }
    }

    record Answered(Ref question, boolean answered) implements Condition {
        @Override
        public boolean holds(Situation s) {
            return s.answered(question.id()) == answered;
        }
    }

    record AnswerAtLeast(Ref question, double value) implements Condition {
        @Override
        public boolean holds(Situation s) {
            Double n = s.number(question.id());
            return n != null && n >= value;
        }
    }

    record AnswerAtMost(Ref question, double value) implements Condition {
        @Override
        public boolean holds(Situation s) {
            Double n = s.number(question.id());
            return n != null && n <= value;
        }
    }

    record DimensionBelow(Ref dimension, double value) implements Condition {
        @Override
        public boolean holds(Situation s) {
            BigDecimal score = s.score(dimension.id());
            return score != null && score.doubleValue() < value;
        }
    }

    record DimensionAtLeast(Ref dimension, double value) implements Condition {
        @Override
        public boolean holds(Situation s) {
            BigDecimal score = s.score(dimension.id());
            return score != null && score.doubleValue() >= value;
        }
    }

    record DimensionLevel(Ref dimension, List<Ref> levels) implements Condition {
        public DimensionLevel {
            levels = List.copyOf(levels);
        }

        @Override
        public boolean holds(Situation s) {
            String current = s.level(dimension.id());
            if (current == null) {
                return false;
            }
            for (Ref level : levels) {
                if (level.id().equals(current)) {
                    return true;
                }
            }
            return false;
        }
    }

    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean holds(Situation s) {
            return !oneComesOut(conditions, s, false);
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean holds(Situation s) {
            return oneComesOut(conditions, s, true);
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public boolean holds(Situation s) {
            return !condition.holds(s);
        }
    }

    /** Whether one of {@code conditions} holds ({@code outcome} true) or fails (false) in {@code s}; stops at the first. */
    private static boolean oneComesOut(List<Condition> conditions, Situation s, boolean outcome) {
        for (Condition each : conditions) {
            if (each.holds(s) == outcome) {
                return true;
            }
        }
        return false;
    }

    /** Calls {@code visitor} for this condition and every condition nested in it. */
    default void forEachLeafAndSelf(Consumer<Condition> visitor) {
        visitor.accept(this);
        if (this instanceof All all) {
            all.conditions().forEach(c -> c.forEachLeafAndSelf(visitor));
        } else if (this instanceof Any any) {
            any.conditions().forEach(c -> c.forEachLeafAndSelf(visitor));
        } else if (this instanceof Not not) {
            not.condition().forEachLeafAndSelf(visitor);
        }
    }
}
