package de.digitalezukunfthagen.digitalcheck.scoring;

import java.util.Map;
import java.util.Set;

/**
 * The result plus what was needed to reach it, for the views that explain a score (the report's
 * "answers that pulled the score down"): which questions are visible, and the unrounded 0–100 score
 * of each question that counts.
 */
public record Evaluation(Result result, Set<String> visible, Map<String, Double> questionScores) {

    public Evaluation {
        visible = Set.copyOf(visible);
        questionScores = Map.copyOf(questionScores);
    }

    public boolean isVisible(String questionId) {
        return visible.contains(questionId);
    }
}
