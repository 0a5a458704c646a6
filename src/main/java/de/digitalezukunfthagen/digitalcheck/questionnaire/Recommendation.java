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
        Pos pos) {

    public Recommendation {
        topics = List.copyOf(topics);
        links = List.copyOf(links);
    }

    public String dimensionId() {
        return dimension.id();
    }
}
