package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.List;

public record Dimension(String id, Text title, Text description, double weight, List<Question> questions, Pos pos) {

    public Dimension {
        questions = List.copyOf(questions);
    }
}
