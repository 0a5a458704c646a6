package de.digitalezukunfthagen.digitalcheck.questionnaire;

/**
 * A weakest-link rule: when {@code when} holds, the level of {@code dimension} (or, when that is null,
 * the overall level) is at most {@code levelAtMost}. Scores never change; {@code reason} says why.
 */
public record Cap(String id, Condition when, Ref dimension, Ref levelAtMost, Text reason, Pos pos) {

    /** The dimension id the cap lowers, or {@link Condition#OVERALL}. */
    public String target() {
        return dimension == null ? Condition.OVERALL : dimension.id();
    }
}
