package de.digitalezukunfthagen.digitalcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** Small helpers shared by the scoring tests. */
final class Scoring {
    /** Four levels as in the contract's example; append profile, dimensions and recommendations. */
    static final String HEADER = """
            id: check
            version: 1
            language: de
            title: Check
            levels:
              - {id: beginner, min: 0, title: Beginner}
              - {id: explorer, min: 25, title: Explorer}
              - {id: advanced, min: 50, title: Advanced}
              - {id: leader, min: 75, title: Leader}
            """;

    private Scoring() {
    }

    /** Answers in the JSON form of the contract, checked by the real parser; fails the test if they are rejected. */
    static Answers answers(Questionnaire q, String json) {
        try {
            AnswerParser.Parsed parsed = AnswerParser.parse(q, Json.mapper().readTree(json));
            assertThat(parsed.problems()).as("problems of the answers %s", json).isEmpty();
            return parsed.answers();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reported score as printed ("62.5"), or null. */
    static String text(BigDecimal score) {
        return score == null ? null : score.toPlainString();
    }
}
