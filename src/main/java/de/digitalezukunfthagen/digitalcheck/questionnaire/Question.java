package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * A question of the profile or of a dimension. {@code maxPoints} is the effective value (declared or
 * defaulted); {@code dimension} is null for profile questions. {@code integer} (number questions only)
 * is an extension of the contract: the answer must be a whole number.
 */
public record Question(
        String id,
        QuestionType type,
        Text text,
        Text help,
        boolean required,
        double weight,
        Condition showIf,
        List<Option> options,
        double maxPoints,
        Double min,
        Double max,
        Text unit,
        List<Band> bands,
        boolean integer,
        String dimension,
        Pos pos) {

    public static final int MAX_TEXT_LENGTH = 2000;

    public Question {
        options = List.copyOf(options);
        bands = List.copyOf(bands);
    }

    /** Whether the type of this question can give points at all. */
    public boolean scored() {
        return switch (type) {
            case SINGLE, MULTI -> true;
            case NUMBER -> !bands.isEmpty();
            case TEXT -> false;
        };
    }

    public boolean isProfile() {
        return dimension == null;
    }

    public boolean hasOptions() {
        return type == QuestionType.SINGLE || type == QuestionType.MULTI;
    }

    public Optional<Option> option(String optionId) {
        return Optional.ofNullable(optionOrNull(optionId));
    }

    /** The option with this id, or null; a plain loop, as the scoring asks this for every answer of every request. */
    public Option optionOrNull(String optionId) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(optionId)) {
                return options.get(i);
            }
        }
        return null;
    }
}
