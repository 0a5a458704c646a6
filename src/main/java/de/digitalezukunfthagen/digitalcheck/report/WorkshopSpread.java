package de.digitalezukunfthagen.digitalcheck.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the participants of a workshop answered, for the report page "Wie das Team geantwortet hat":
 * per dimension the mean, lowest and highest of the participants' scores, and the questions where
 * they disagreed most. The workshop package computes it from the engine's scores of each
 * participant; the report only prints it.
 *
 * @param participants how many people answered
 * @param dimensions   one entry per dimension, in questionnaire order
 * @param questions    the questions with the most disagreement, most first (at most a handful)
 */
public record WorkshopSpread(int participants, List<Range> dimensions, List<Disagreement> questions) {

    public WorkshopSpread {
        dimensions = List.copyOf(dimensions);
        questions = List.copyOf(questions);
    }

    /** Over the {@code n} participants with a score in the dimension; all null when n is 0. */
    public record Range(String dimension, int n, BigDecimal mean, BigDecimal min, BigDecimal max) {
    }

    /**
     * One question: how many answered, the standard deviation of their question scores (null below two
     * counting answers), the share in percent not giving the most common answer (null below two
     * answers), how often each option was chosen, and for numbers the lowest, median and highest value.
     */
    public record Disagreement(String question, int answered, BigDecimal deviation, Integer dissent, List<Count> options,
            BigDecimal min, BigDecimal median, BigDecimal max) {
        public Disagreement {
            options = List.copyOf(options);
        }
    }

    public record Count(String option, int count) {
    }
}
