package de.digitalezukunfthagen.digitalcheck.scoring;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The result of the contract, exactly as the command line and the JSON API print it. Scores are
 * rounded half up to one decimal place, or null. {@code levers} is an extension of the contract: the
 * questions whose best answer would raise the overall score most, with the gain.
 */
@JsonPropertyOrder({"questionnaire", "complete", "missing", "overall", "dimensions", "recommendations", "contacts", "levers"})
public record Result(
        QuestionnaireRef questionnaire,
        boolean complete,
        List<String> missing,
        Score overall,
        List<DimensionScore> dimensions,
        List<TriggeredRecommendation> recommendations,
        List<MatchedContact> contacts,
        List<Lever> levers) {

    public Result {
        missing = List.copyOf(missing);
        dimensions = List.copyOf(dimensions);
        recommendations = List.copyOf(recommendations);
        contacts = List.copyOf(contacts);
        levers = List.copyOf(levers);
    }

    public record QuestionnaireRef(String id, int version) {
    }

    public record Score(BigDecimal score, String level) {
    }

    @JsonPropertyOrder({"id", "score", "level", "counted"})
    public record DimensionScore(String id, BigDecimal score, String level, int counted) {
    }

    @JsonPropertyOrder({"id", "dimension", "priority", "horizon"})
    public record TriggeredRecommendation(String id, String dimension, int priority, String horizon) {
    }

    @JsonPropertyOrder({"id", "relevance", "because"})
    public record MatchedContact(String id, int relevance, List<String> because) {
        public MatchedContact {
            because = List.copyOf(because);
        }
    }

    @JsonPropertyOrder({"question", "dimension", "gain"})
    public record Lever(String question, String dimension, BigDecimal gain) {
    }

    public DimensionScore dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }
}
