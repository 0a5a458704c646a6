package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * A dimension of the questionnaire. {@code levelTexts} is an extension of the contract: what a level
 * means for this dimension, by level id (possibly for only some levels, or none).
 */
public record Dimension(String id, Text title, Text description, double weight, List<Question> questions,
        Map<String, Text> levelTexts, Pos pos) {

    public Dimension {
        questions = List.copyOf(questions);
        levelTexts = levelTexts == null ? Map.of() : Map.copyOf(levelTexts);
    }
}
