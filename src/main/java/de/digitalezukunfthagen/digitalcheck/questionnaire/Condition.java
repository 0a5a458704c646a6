package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.List;
import java.util.function.Consumer;

/** The condition forms of the contract, used by show_if, recommendations and contacts. */
public sealed interface Condition {

    /** The reserved dimension id that stands for the overall score. */
    String OVERALL = "overall";

    record AnswerIs(Ref question, Ref option) implements Condition {
    }

    record AnswerIn(Ref question, List<Ref> options) implements Condition {
        public AnswerIn {
            options = List.copyOf(options);
        }
    }

    record Answered(Ref question, boolean answered) implements Condition {
    }

    record AnswerAtLeast(Ref question, double value) implements Condition {
    }

    record AnswerAtMost(Ref question, double value) implements Condition {
    }

    record DimensionBelow(Ref dimension, double value) implements Condition {
    }

    record DimensionAtLeast(Ref dimension, double value) implements Condition {
    }

    record DimensionLevel(Ref dimension, List<Ref> levels) implements Condition {
        public DimensionLevel {
            levels = List.copyOf(levels);
        }
    }

    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    record Not(Condition condition) implements Condition {
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
