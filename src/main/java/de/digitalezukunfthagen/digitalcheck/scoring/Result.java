package de.digitalezukunfthagen.digitalcheck.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The result of the contract, exactly as the command line and the JSON API print it. Scores are
 * rounded half up to one decimal place, or null. Levels are the capped levels; {@code cappedBy} names the
 * caps that lowered them. {@code levers} is an extension of the contract: the questions whose best answer
 * would raise the overall score most, with the gain.
 */
@JsonPropertyOrder({"questionnaire", "complete", "missing", "overall", "dimensions", "unknown", "recommendations", "plan",
        "contacts", "companies", "levers"})
public record Result(
        QuestionnaireRef questionnaire,
        boolean complete,
        List<String> missing,
        Score overall,
        List<DimensionScore> dimensions,
        List<String> unknown,
        List<TriggeredRecommendation> recommendations,
        List<String> plan,
        List<MatchedContact> contacts,
        List<MatchedCompany> companies,
        List<Lever> levers) {

    public Result {
        missing = List.copyOf(missing);
        dimensions = List.copyOf(dimensions);
        unknown = List.copyOf(unknown);
        recommendations = List.copyOf(recommendations);
        plan = List.copyOf(plan);
        contacts = List.copyOf(contacts);
        companies = List.copyOf(companies);
        levers = List.copyOf(levers);
    }

    public record QuestionnaireRef(String id, int version) {
    }

    /** The overall score and its (capped) level. */
    @JsonPropertyOrder({"score", "level", "capped_by"})
    public record Score(BigDecimal score, String level, @JsonProperty("capped_by") List<String> cappedBy) {
        public Score {
            cappedBy = List.copyOf(cappedBy);
        }

        public boolean capped() {
            return !cappedBy.isEmpty();
        }
    }

    @JsonPropertyOrder({"id", "score", "level", "counted", "capped_by"})
    public record DimensionScore(String id, BigDecimal score, String level, int counted,
            @JsonProperty("capped_by") List<String> cappedBy) {
        public DimensionScore {
            cappedBy = List.copyOf(cappedBy);
        }

        public boolean capped() {
            return !cappedBy.isEmpty();
        }
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

    /** A firm of the initiative that matches: listed apart from the neutral contacts, never ranked. */
    @JsonPropertyOrder({"id", "because"})
    public record MatchedCompany(String id, List<String> because) {
        public MatchedCompany {
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
