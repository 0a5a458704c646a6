package de.digitalezukunfthagen.digitalcheck.scoring;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the result page and the PDF read a result, in one place so that both tell the same story: the
 * strongest and weakest areas (ties are ties), the levers that point where the plan points, the
 * neutral contact that helps with a step, and how many questions of an area are answered. Computes
 * no score: it only selects from the result.
 */
public final class Reading {
    private Reading() {
    }

    /** The {@code k} assessed dimensions with the highest scores, and any level with the k-th. */
    public static List<Result.DimensionScore> strongest(Result result, int k) {
        return ends(ranked(result), k);
    }

    /** The {@code k} assessed dimensions with the lowest scores, and any level with the k-th. */
    public static List<Result.DimensionScore> weakest(Result result, int k) {
        List<Result.DimensionScore> ranked = new ArrayList<>(ranked(result));
        Collections.reverse(ranked);
        return ends(ranked, k);
    }

    /**
     * How many areas to name as strongest and as weakest: two, one for three areas, none for fewer,
     * and none when ties would put one area on both lists (all areas at 0,0 are neither strong nor weak).
     */
    public static int ends(Result result) {
        List<Result.DimensionScore> ranked = ranked(result);
        int k = ranked.size() < 3 ? 0 : Math.min(2, ranked.size() / 2);
        if (k > 0) {
            Set<String> strongest = new HashSet<>();
            strongest(result, k).forEach(d -> strongest.add(d.id()));
            if (weakest(result, k).stream().anyMatch(d -> strongest.contains(d.id()))) {
                return 0;
            }
        }
        return k;
    }

    private static List<Result.DimensionScore> ranked(Result result) {
        return result.dimensions().stream().filter(d -> d.score() != null)
                .sorted(Comparator.comparing(Result.DimensionScore::score).reversed()).toList();
    }

    private static List<Result.DimensionScore> ends(List<Result.DimensionScore> ranked, int k) {
        if (k <= 0 || ranked.isEmpty()) {
            return List.of();
        }
        List<Result.DimensionScore> out = new ArrayList<>(ranked.subList(0, Math.min(k, ranked.size())));
        for (int i = out.size(); i < ranked.size() && ranked.get(i).score().compareTo(out.get(out.size() - 1).score()) == 0; i++) {
            out.add(ranked.get(i));
        }
        return out;
    }

    /**
     * The levers in the dimensions that have a step in the plan (all levers when the plan is empty):
     * a lever never urges raising an area whose urgent steps are elsewhere.
     */
    public static List<Result.Lever> leversAlongThePlan(Result result) {
        Set<String> planned = new HashSet<>();
        for (Result.TriggeredRecommendation r : result.recommendations()) {
            if (result.plan().contains(r.id())) {
                planned.add(r.dimension());
            }
        }
        return result.levers().stream().filter(l -> planned.isEmpty() || planned.contains(l.dimension())).toList();
    }

    /** The id of the first matched neutral contact that a recommendation brought in, or null. */
    public static String helper(Result result, String recommendationId) {
        return result.contacts().stream().filter(m -> m.because().contains(recommendationId)).findFirst()
                .map(Result.MatchedContact::id).orElse(null);
    }

    /** Of a dimension's visible questions that can count, how many there are and how many are answered. */
    public record Answered(int answered, int asked) {
    }

    public static Answered answered(Questionnaire q, Evaluation evaluation, Answers answers, String dimensionId) {
        int asked = 0;
        int answered = 0;
        for (Question question : q.dimension(dimensionId).orElseThrow().questions()) {
            boolean scored = question.type() == QuestionType.SINGLE || question.type() == QuestionType.MULTI
                    || question.type() == QuestionType.NUMBER && !question.bands().isEmpty();
            if (scored && question.weight() > 0 && evaluation.isVisible(question.id())) {
                asked++;
                if (answers.get(question.id()) != null) {
                    answered++;
                }
            }
        }
        return new Answered(answered, asked);
    }
}
