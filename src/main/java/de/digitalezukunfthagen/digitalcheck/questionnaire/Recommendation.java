package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.time.LocalDate;
import java.util.List;

/**
 * A piece of advice. {@code firstStep} (this week) and {@code benefit} (why it pays off) are
 * extensions of the contract and may be null; so may {@code asOf} (when its facts were last checked)
 * and {@code reviewBy} (when to check them again).
 */
public record Recommendation(
        String id,
        Ref dimension,
        Condition when,
        int priority,
        Horizon horizon,
        List<String> topics,
        Text title,
        Text text,
        Text firstStep,
        Text benefit,
        List<Link> links,
        LocalDate asOf,
        LocalDate reviewBy,
        Effort effort,
        Pos pos) {

    /**
     * An extension of the contract for the 90-day plan: how much work a step is ({@code effort}, e.g.
     * "2 Stunden"), who in the firm does it ({@code owner}, e.g. "Inhaber/in, IT-Dienstleister") and
     * what it costs roughly ({@code cost}); each may be null.
     */
    public record Effort(Text effort, Text owner, Text cost) {
        public static final Effort NONE = new Effort(null, null, null);
    }

    public Recommendation {
        effort = effort == null ? Effort.NONE : effort;
        topics = List.copyOf(topics);
        links = List.copyOf(links);
    }

    public String dimensionId() {
        return dimension.id();
    }
}
