package de.digitalezukunfthagen.digitalcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Pos;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The levers computed in O(questions) are the levers of the definition: the same questions, order and
 * gains as the former computation, which recomputed the overall score with each question at 100
 * (kept below as the oracle), on random dimensions, weights and scores.
 */
class LeversPropertiesTest {

    /** Question weights and scores of one dimension; a null score: the question does not count. */
    record Dim(double weight, List<Double> questionWeights, List<Double> scores) {
    }

    @Property(tries = 3000)
    void the_levers_are_those_of_the_former_quadratic_computation(@ForAll("dimensions") List<Dim> dims) {
        Questionnaire q = questionnaire(dims);
        Map<String, Double> scores = scores(dims);
        Double overall = overall(q, dimensionScores(q, scores));

        assertThat(Levers.of(q, scores, overall)).isEqualTo(formerLevers(q, scores, overall));
    }

    @Property(tries = 1000)
    void the_long_way_is_the_former_computation_bit_for_bit(@ForAll("dimensions") List<Dim> dims) {
        Questionnaire q = questionnaire(dims);
        Map<String, Double> scores = scores(dims);
        Double overall = overall(q, dimensionScores(q, scores));

        assertThat(Levers.of(q, scores, overall, true)).isEqualTo(formerLevers(q, scores, overall));
    }

    // --- generators -------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Dim>> dimensions() {
        return dimension().list().ofMinSize(1).ofMaxSize(9);
    }

    private static Arbitrary<Dim> dimension() {
        Arbitrary<Double> dimensionWeight = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(1.0, 2.0, 3.0, 0.5, 1.5, 4.0, 8.0)),
                Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(2, Arbitraries.doubles().between(0.01, 20)));
        Arbitrary<Tuple.Tuple2<Double, Double>> question = Combinators.combine(questionWeight(), score()).as(Tuple::of);
        return Combinators.combine(dimensionWeight, question.list().ofMinSize(0).ofMaxSize(14)).as((w, qs) -> new Dim(w,
                qs.stream().map(Tuple.Tuple2::get1).toList(), qs.stream().map(Tuple.Tuple2::get2).toList()));
    }

    private static Arbitrary<Double> questionWeight() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(1.0, 1.0, 2.0, 3.0, 0.5, 0.25, 4.0, 16.0, 0.1, 1.5)),
                Tuple.of(2, Arbitraries.doubles().between(0.01, 10)));
    }

    /** Scores as the contract gives them (100 * points / max_points), sometimes beyond 0..100, or none. */
    private static Arbitrary<Double> score() {
        Arbitrary<Double> contract = Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(1, 12))
                .as((points, max) -> 100.0 * Math.min(points, max) / max);
        return Arbitraries.frequencyOf(
                Tuple.of(8, contract),
                Tuple.of(1, Arbitraries.doubles().between(-20, 130)),
                Tuple.of(3, Arbitraries.just((Double) null)));
    }

    private static Questionnaire questionnaire(List<Dim> dims) {
        List<Dimension> dimensions = new ArrayList<>();
        int line = 1;
        for (int d = 0; d < dims.size(); d++) {
            List<Question> questions = new ArrayList<>();
            for (int k = 0; k < dims.get(d).questionWeights().size(); k++) {
                questions.add(new Question("q" + d + "_" + k, QuestionType.SINGLE, null, null, false,
                        dims.get(d).questionWeights().get(k), null, List.of(), 1, null, null, null, List.of(), false,
                        "d" + d, new Pos(line++, 1)));
            }
            dimensions.add(new Dimension("d" + d, null, null, dims.get(d).weight(), questions, Map.of(), new Pos(line++, 1)));
        }
        return new Questionnaire("levers", 1, "de", null, null, List.of(), List.of(), dimensions, List.of(), List.of(),
                5, 3, 7, 2, null, null, "", "levers.yaml");
    }

    private static Map<String, Double> scores(List<Dim> dims) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int d = 0; d < dims.size(); d++) {
            for (int k = 0; k < dims.get(d).scores().size(); k++) {
                Double score = dims.get(d).scores().get(k);
                if (score != null) {
                    scores.put("q" + d + "_" + k, score);
                }
            }
        }
        return scores;
    }

    // --- the oracle: the former computation, unchanged ----------------------------------------------

    private static List<Result.Lever> formerLevers(Questionnaire q, Map<String, Double> questionScores, Double overall) {
        if (overall == null) {
            return List.of();
        }
        record Candidate(Question question, String dimension, BigDecimal gain, int order) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (Dimension d : q.dimensions()) {
            for (Question question : d.questions()) {
                order++;
                Double score = questionScores.get(question.id());
                if (score == null || score >= 100) {
                    continue;
                }
                Map<String, Double> improved = new HashMap<>(questionScores);
                improved.put(question.id(), 100.0);
                Double better = overall(q, dimensionScores(q, improved));
                BigDecimal gain = Scorer.round(better - overall);
                if (gain.signum() > 0) {
                    candidates.add(new Candidate(question, d.id(), gain, order));
                }
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparing(Candidate::gain).reversed().thenComparingInt(Candidate::order))
                .limit(5)
                .map(c -> new Result.Lever(c.question().id(), c.dimension(), c.gain()))
                .toList();
    }

    private static Map<String, Double> dimensionScores(Questionnaire q, Map<String, Double> questionScores) {
        Map<String, Double> scores = new HashMap<>();
        for (Dimension d : q.dimensions()) {
            double weighted = 0;
            double weights = 0;
            for (Question question : d.questions()) {
                Double score = questionScores.get(question.id());
                if (score != null) {
                    weighted += question.weight() * score;
                    weights += question.weight();
                }
            }
            if (weights > 0) {
                scores.put(d.id(), weighted / weights);
            }
        }
        return scores;
    }

    private static Double overall(Questionnaire q, Map<String, Double> dimensionScores) {
        double weighted = 0;
        double weights = 0;
        for (Dimension d : q.dimensions()) {
            Double score = dimensionScores.get(d.id());
            if (score != null && d.weight() > 0) {
                weighted += d.weight() * score;
                weights += d.weight();
            }
        }
        return weights > 0 ? weighted / weights : null;
    }
}
