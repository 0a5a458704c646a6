package de.digitalezukunfthagen.digitalcheck.scoring;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The levers of a result: for each counting question below its best answer, how much the overall
 * score would gain from the best answer; the five largest gains, ties in file order.
 *
 * <p>The gain is defined as the overall score with that one question at 100 minus the overall score,
 * both computed in floating point as {@link Scorer} computes them. Computed that way for every question
 * it costs O(questions²). In exact arithmetic it is {@code w_d * w_q * (100 - s_q) / (W_d * V)}
 * ({@code w_d}, {@code w_q}: the weights of the dimension and the question, {@code s_q}: the question's
 * score, {@code W_d}: the weights of the dimension's counting questions, {@code V}: the weights of the
 * assessed dimensions), which costs O(1) per question. The two differ only by rounding errors far below
 * the tenths shown, so they round alike, except when they lie on either side of one of
 * {@link Scorer#round}'s rounding points. Where the closed form is that close to one, the gain is
 * computed the long way, bit for bit as before, which keeps every figure identical.
 */
final class Levers {
    static final int COUNT = 5;

    /** Half the distance between two doubles near 1 (2^-53): the relative error of one operation. */
    private static final double UNIT_ROUNDOFF = 0x1p-53;
    /** A gain below this rounds to 0.0 whatever its last bits are, so it is no lever. */
    private static final double SURELY_ZERO = 0.04;

    private static final Comparator<Candidate> BY_GAIN = Comparator.comparing(Candidate::gain).reversed()
            .thenComparingInt(Candidate::order);

    private record Candidate(Question question, String dimension, BigDecimal gain, int order) {
    }

    private Levers() {
    }

    static List<Result.Lever> of(Questionnaire q, Map<String, Double> questionScores, Double overall) {
        return of(q, questionScores, overall, false);
    }

    /** With {@code everyGainTheLongWay} every gain is computed as the definition says (for the tests). */
    static List<Result.Lever> of(Questionnaire q, Map<String, Double> questionScores, Double overall,
            boolean everyGainTheLongWay) {
        if (overall == null) {
            return List.of();
        }
        Sums sums = new Sums(q, questionScores);
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (int d = 0; d < q.dimensions().size(); d++) {
            Dimension dimension = q.dimensions().get(d);
            for (Question question : dimension.questions()) {
                order++;
                Double score = questionScores.get(question.id());
                // a dimension that does not count (weight 0) moves the overall score by exactly nothing
                if (score == null || score >= 100 || dimension.weight() <= 0) {
                    continue;
                }
                double gain = dimension.weight() * question.weight() * (100 - score) / (sums.weights[d] * sums.assessedWeights);
                if (everyGainTheLongWay || nearRoundingPoint(gain, sums.maxError)) {
                    gain = sums.longWay(d, question.id(), overall);
                }
                if (gain < SURELY_ZERO) {
                    continue;
                }
                BigDecimal rounded = Scorer.round(gain);
                if (rounded.signum() > 0) {
                    candidates.add(new Candidate(question, dimension.id(), rounded, order));
                }
            }
        }
        candidates.sort(BY_GAIN);
        List<Result.Lever> levers = new ArrayList<>(Math.min(COUNT, candidates.size()));
        for (int i = 0; i < candidates.size() && i < COUNT; i++) {
            Candidate c = candidates.get(i);
            levers.add(new Result.Lever(c.question().id(), c.dimension(), c.gain()));
        }
        return levers;
    }

    /**
     * Whether a rounding point of {@link Scorer#round} (an odd multiple of 0.5e-9, where the first
     * rounding to nine places changes) lies within {@code maxError} of {@code gain}.
     */
    private static boolean nearRoundingPoint(double gain, double maxError) {
        double nanos = gain * 1e9;
        double fraction = nanos - Math.floor(nanos);
        double slack = maxError + Math.abs(gain) * 4 * UNIT_ROUNDOFF; // the error of scaling by 1e9
        return Math.abs(fraction - 0.5) * 1e-9 <= slack;
    }

    /** The dimensions' sums, in the order and the floating-point operations of {@link Scorer}. */
    private static final class Sums {
        private final Questionnaire q;
        private final Map<String, Double> questionScores;
        private final double[] scores;
        private final boolean[] assessed;
        private final double[] weights;
        private final double assessedWeights;
        /**
         * A bound, with a safety factor of 2, on how far the closed form and the long way can each be
         * from the exact gain: recursive sums of n terms err by at most (n - 1) unit roundoffs of the sum
         * of their magnitudes, and every score and mean here is at most {@code magnitude}.
         */
        private final double maxError;

        Sums(Questionnaire q, Map<String, Double> questionScores) {
            this.q = q;
            this.questionScores = questionScores;
            int n = q.dimensions().size();
            scores = new double[n];
            assessed = new boolean[n];
            weights = new double[n];
            double magnitude = 100;
            int largest = 0;
            for (int d = 0; d < n; d++) {
                Dimension dimension = q.dimensions().get(d);
                largest = Math.max(largest, dimension.questions().size());
                double weighted = 0;
                double sum = 0;
                for (Question question : dimension.questions()) {
                    Double score = questionScores.get(question.id());
                    if (score != null) {
                        weighted += question.weight() * score;
                        sum += question.weight();
                        magnitude = Math.max(magnitude, Math.abs(score));
                    }
                }
                if (sum > 0) {
                    scores[d] = weighted / sum;
                    assessed[d] = true;
                }
                weights[d] = sum;
            }
            double total = 0;
            for (int d = 0; d < n; d++) {
                if (assessed[d] && q.dimensions().get(d).weight() > 0) {
                    total += q.dimensions().get(d).weight();
                }
            }
            assessedWeights = total;
            maxError = 2 * (6.0 * largest + 6.0 * n + 24) * UNIT_ROUNDOFF * magnitude;
        }

        /** The gain as defined: the overall score with {@code questionId} (of dimension {@code d}) at 100, minus {@code overall}. */
        double longWay(int d, String questionId, double overall) {
            double weighted = 0;
            double sum = 0;
            for (Question question : q.dimensions().get(d).questions()) {
                Double score = question.id().equals(questionId) ? Double.valueOf(100.0) : questionScores.get(question.id());
                if (score != null) {
                    weighted += question.weight() * score;
                    sum += question.weight();
                }
            }
            double improved = weighted / sum;
            double overallWeighted = 0;
            double overallWeights = 0;
            for (int e = 0; e < scores.length; e++) {
                Dimension dimension = q.dimensions().get(e);
                if (assessed[e] && dimension.weight() > 0) {
                    overallWeighted += dimension.weight() * (e == d ? improved : scores[e]);
                    overallWeights += dimension.weight();
                }
            }
            return overallWeighted / overallWeights - overall;
        }
    }
}
