package de.digitalezukunfthagen.digitalcheck.stats;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import java.math.BigDecimal;
import java.util.List;

/**
 * The summary evaluation of many assessments, immutable and already anonymous: every count below
 * {@code k} (and every count that would let one be worked out) is suppressed, so it carries no figure
 * about fewer than {@code k} companies. It holds no company names, tokens, free text or raw numbers.
 */
public record Summary(int k, List<QuestionnaireSummary> questionnaires) {

    public Summary {
        questionnaires = List.copyOf(questionnaires);
    }

    /** A count, or suppressed (null value) because it concerns fewer than k companies. */
    public record Count(Integer value) {
        public static final Count SUPPRESSED = new Count(null);

        public boolean suppressed() {
            return value == null;
        }
    }

    /**
     * One questionnaire (all its versions together). {@code groups} is empty when fewer than k
     * complete assessments exist; otherwise its first group is {@link #ALL}, followed by the groups of
     * the breakdown {@code by} (null without breakdown).
     */
    public record QuestionnaireSummary(String id, Text title, Count assessments, Breakdown by, List<Group> groups) {
        public QuestionnaireSummary {
            groups = List.copyOf(groups);
        }
    }

    /** The profile question the groups are formed by. */
    public record Breakdown(String question, Text text) {
    }

    public static final String ALL = "(all)";
    public static final String NO_ANSWER = "(no answer)";
    public static final String OTHERS = "(others)";
    public static final String NOT_ASSESSED = "(not assessed)";
    public static final String OVERALL = "overall";

    /**
     * The companies of one group: all, those who chose one option of the breakdown question (or one
     * size class), those without an answer, or the others taken together (small groups pooled).
     * {@code scores} starts with the overall score, then each dimension.
     */
    public record Group(String id, Text label, int assessments, List<ScoreFigures> scores, List<ProfileFigures> profile) {
        public Group {
            scores = List.copyOf(scores);
            profile = List.copyOf(profile);
        }
    }

    /**
     * The overall score or a dimension's: mean and median of the engine's rounded scores (null when
     * fewer than k companies have a score) and how many companies reached each level.
     */
    public record ScoreFigures(String id, Text title, BigDecimal mean, BigDecimal median, List<Row> levels) {
        public ScoreFigures {
            levels = List.copyOf(levels);
        }
    }

    /** A profile question: how many companies gave each answer ({@code type} single, multi or number). */
    public record ProfileFigures(String question, Text text, String type, List<Row> rows) {
        public ProfileFigures {
            rows = List.copyOf(rows);
        }
    }

    /** One option, size class or level: its count and its share of the group's companies in percent (one decimal). */
    public record Row(String id, Text label, Count count, BigDecimal share) {
    }
}
