package de.digitalezukunfthagen.digitalcheck.report;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How the participants of a workshop answered, for the report page "Wie das Team geantwortet hat":
 * per dimension the mean, lowest and highest of the participants' scores, and the questions where
 * they disagreed most. The workshop package computes it from the engine's scores of each
 * participant; the report only prints it.
 *
 * <p>The workshop also says who took part (how many per role) and what the room agreed to do (the
 * action plan); both come worded by the workshop package in German and English ({@link Text}), as the
 * report cannot know the workshop's roles.
 *
 * @param participants how many people answered
 * @param dimensions   one entry per dimension, in questionnaire order
 * @param questions    the questions with the most disagreement, most first (at most a handful)
 * @param roles        how many participants spoke for each role, in the workshop's order (empty: not known)
 * @param plan         the action plan agreed in the room, in its order (may be empty)
 * @param labels       the headings of the roles and the plan
 */
public record WorkshopSpread(int participants, List<Range> dimensions, List<Disagreement> questions, List<RoleCount> roles,
        List<PlannedStep> plan, Labels labels) {

    public WorkshopSpread {
        dimensions = List.copyOf(dimensions);
        questions = List.copyOf(questions);
        roles = List.copyOf(roles);
        plan = List.copyOf(plan);
    }

    /** Without roles and plan (a workshop page of the spread only). */
    public WorkshopSpread(int participants, List<Range> dimensions, List<Disagreement> questions) {
        this(participants, dimensions, questions, List.of(), List.of(), null);
    }

    /** A role, as the workshop names it, and how many participants gave it. */
    public record RoleCount(Text role, int people) {
    }

    /** One step of the action plan: what, who (may be null), by when (may be null). */
    public record PlannedStep(String step, String owner, LocalDate due) {
    }

    /** The headings of the roles and the plan, in both languages. */
    public record Labels(Text roles, Text plan, Text step, Text owner, Text due) {
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
