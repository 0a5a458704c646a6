package de.digitalezukunfthagen.digitalcheck.scoring;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * The result plus what was needed to reach it, for the views that explain a score (the report's
 * "answers that pulled the score down"): which questions are visible, and the unrounded 0–100 score
 * of each question that counts.
 */
public record Evaluation(Result result, Set<String> visible, Map<String, Double> questionScores) {

    /**
     * The engine makes every evaluation, from a set and a map it never touches again, so they are
     * wrapped, not copied (the copies were a twentieth of an evaluation, and a save evaluates once).
     */
    public Evaluation {
        visible = Collections.unmodifiableSet(visible);
        questionScores = Collections.unmodifiableMap(questionScores);
    }

    public boolean isVisible(String questionId) {
        return visible.contains(questionId);
    }
}
