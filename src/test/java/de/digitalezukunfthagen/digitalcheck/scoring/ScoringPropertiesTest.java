package de.digitalezukunfthagen.digitalcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the scoring, checked on random sets of valid answers to a questionnaire that uses
 * every scoring feature ({@code fixtures/properties/props.yaml}).
 */
class ScoringPropertiesTest {

    private static final Questionnaire Q = load();

    private static Questionnaire load() {
        try {
            Path file = Path.of(ScoringPropertiesTest.class.getResource("/fixtures/properties/props.yaml").toURI());
            QuestionnaireLoader.Outcome outcome = QuestionnaireLoader.load(List.of(file));
            assertThat(outcome.problems()).isEmpty();
            return outcome.questionnaires().get(0);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Result score(Answers answers) {
        return Scorer.score(Q, List.of(), answers);
    }

    // --- generators -------------------------------------------------------------------------------

    @Provide
    Arbitrary<Answers> answers() {
        List<Question> questions = Q.allQuestions();
        List<Arbitrary<Answer>> each = questions.stream().map(q -> answer(q).injectNull(0.25)).toList();
        return Combinators.combine(each).as(values -> {
            Map<String, Answer> map = new LinkedHashMap<>();
            for (int i = 0; i < questions.size(); i++) {
                if (values.get(i) != null) {
                    map.put(questions.get(i).id(), values.get(i));
                }
            }
            return new Answers(map);
        }).withoutEdgeCases(); // the combinations of every question's edge cases would use up all tries
    }

    /** Any answer the contract accepts for {@code q}. */
    private static Arbitrary<Answer> answer(Question q) {
        return switch (q.type()) {
            case SINGLE -> Arbitraries.of(q.options().stream().map(Option::id).toList()).map(Answer.Choice::new);
            case MULTI -> {
                List<String> alone = q.options().stream().filter(Option::standsAlone).map(Option::id).toList();
                List<String> combinable = q.options().stream().filter(o -> !o.standsAlone()).map(Option::id).toList();
                Arbitrary<Answer> subsets = Arbitraries.of(combinable).list().uniqueElements().ofMinSize(1)
                        .ofMaxSize(combinable.size()).map(Answer.Choices::new);
                yield alone.isEmpty() ? subsets
                        : Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(4, subsets),
                                net.jqwik.api.Tuple.of(1, Arbitraries.of(alone).map(id -> new Answer.Choices(List.of(id)))));
            }
            case NUMBER -> {
                Arbitrary<BigDecimal> any = Arbitraries.bigDecimals()
                        .between(BigDecimal.valueOf(q.min() == null ? -100 : q.min()), BigDecimal.valueOf(q.max() == null ? 1000 : q.max()))
                        .ofScale(1);
                // values exactly on a band's min are the interesting ones, so they come up often
                yield (q.bands().isEmpty() ? any : Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, any),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of(q.bands().stream().map(b -> BigDecimal.valueOf(b.min())).toList()))))
                        .map(Answer.Num::new);
            }
            case TEXT -> Arbitraries.strings().ofMaxLength(30).map(Answer.FreeText::new);
        };
    }

    // --- invariants -------------------------------------------------------------------------------

    @Property(tries = 200)
    void every_score_is_null_or_between_0_and_100_with_one_decimal(@ForAll("answers") Answers answers) {
        Result result = score(answers);

        Stream.concat(result.dimensions().stream().map(Result.DimensionScore::score), Stream.of(result.overall().score()))
                .filter(Objects::nonNull)
                .forEach(score -> {
                    assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                    assertThat(score.scale()).isEqualTo(1);
                });
    }

    @Property(tries = 200)
    void a_level_is_given_exactly_when_there_is_a_score(@ForAll("answers") Answers answers) {
        Result result = score(answers);

        for (Result.DimensionScore d : result.dimensions()) {
            assertThat(d.level() == null).as(d.id()).isEqualTo(d.score() == null);
            assertThat(d.counted() == 0).as(d.id()).isEqualTo(d.score() == null);
        }
        assertThat(result.overall().level() == null).isEqualTo(result.overall().score() == null);
    }

    @Property(tries = 200)
    void a_dimension_score_lies_between_its_lowest_and_highest_counting_question(@ForAll("answers") Answers answers) {
        Evaluation evaluation = Scorer.evaluate(Q, List.of(), answers);

        for (Dimension d : Q.dimensions()) {
            List<Double> scores = d.questions().stream().map(q -> evaluation.questionScores().get(q.id()))
                    .filter(Objects::nonNull).toList();
            Result.DimensionScore reported = evaluation.result().dimension(d.id());
            assertThat(reported.counted()).isEqualTo(scores.size());
            if (!scores.isEmpty()) {
                assertThat(reported.score()).isBetween(
                        Scorer.round(scores.stream().min(Double::compare).orElseThrow()),
                        Scorer.round(scores.stream().max(Double::compare).orElseThrow()));
            }
        }
    }

    @Property(tries = 200)
    void choosing_a_single_option_with_more_points_never_lowers_the_dimension_score(@ForAll("answers") Answers answers) {
        for (Dimension d : Q.dimensions()) {
            for (Question q : d.questions()) {
                if (q.type() != QuestionType.SINGLE) {
                    continue;
                }
                for (Option lower : q.options()) {
                    for (Option higher : q.options()) {
                        if (lower.na() || higher.na() || higher.points() < lower.points()) {
                            continue;
                        }
                        assertNotLower(d, q, answers.with(q.id(), new Answer.Choice(lower.id())),
                                answers.with(q.id(), new Answer.Choice(higher.id())));
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void choosing_one_more_multi_option_never_lowers_the_dimension_score(@ForAll("answers") Answers answers) {
        for (Dimension d : Q.dimensions()) {
            for (Question q : d.questions()) {
                if (q.type() != QuestionType.MULTI || !(answers.get(q.id()) instanceof Answer.Choices chosen)) {
                    continue;
                }
                boolean combinable = chosen.options().stream().map(id -> q.option(id).orElseThrow())
                        .noneMatch(Option::standsAlone);
                for (Option extra : q.options()) {
                    if (extra.standsAlone() || chosen.options().contains(extra.id())) {
                        continue;
                    }
                    List<String> more = new ArrayList<>(combinable ? chosen.options() : List.of());
                    more.add(extra.id());
                    Answers before = combinable ? answers : answers.with(q.id(), new Answer.Choices(List.of(noneOf(q))));
                    assertNotLower(d, q, before, answers.with(q.id(), new Answer.Choices(more)));
                }
            }
        }
    }

    private static String noneOf(Question q) {
        return q.options().stream().filter(Option::exclusive).findFirst().orElseThrow().id();
    }

    @Property(tries = 200)
    void a_higher_number_never_lowers_the_dimension_score(@ForAll("answers") Answers answers) {
        for (Dimension d : Q.dimensions()) {
            for (Question q : d.questions()) {
                if (!q.scored() || q.type() != QuestionType.NUMBER || !(answers.get(q.id()) instanceof Answer.Num n)) {
                    continue;
                }
                for (BigDecimal step : List.of(new BigDecimal("0.1"), BigDecimal.ONE, BigDecimal.TEN)) {
                    BigDecimal higher = n.value().add(step);
                    if (q.max() == null || higher.doubleValue() <= q.max()) {
                        assertNotLower(d, q, answers, answers.with(q.id(), new Answer.Num(higher)));
                    }
                }
            }
        }
    }

    private static void assertNotLower(Dimension d, Question q, Answers worse, Answers better) {
        BigDecimal before = score(worse).dimension(d.id()).score();
        BigDecimal after = score(better).dimension(d.id()).score();
        if (before != null) {
            assertThat(after).as("%s after a better answer to %s", d.id(), q.id()).isNotNull();
            assertThat(after).as("%s after a better answer to %s", d.id(), q.id()).isGreaterThanOrEqualTo(before);
        }
    }

    @Property(tries = 200)
    void complete_is_true_exactly_when_nothing_is_missing(@ForAll("answers") Answers answers) {
        Evaluation evaluation = Scorer.evaluate(Q, List.of(), answers);
        Result result = evaluation.result();

        assertThat(result.complete()).isEqualTo(result.missing().isEmpty());
        for (String id : result.missing()) {
            assertThat(Q.question(id).orElseThrow().required()).isTrue();
            assertThat(evaluation.isVisible(id)).isTrue();
            assertThat(answers.has(id)).isFalse();
        }
    }

    @Property(tries = 200)
    void removing_the_answer_of_a_hidden_question_changes_nothing(@ForAll("answers") Answers answers) {
        Evaluation evaluation = Scorer.evaluate(Q, List.of(), answers);

        for (Question q : Q.allQuestions()) {
            if (answers.has(q.id()) && !evaluation.isVisible(q.id())) {
                assertThat(score(answers.with(q.id(), null))).as("without the answer to hidden %s", q.id())
                        .isEqualTo(evaluation.result());
            }
        }
    }

    @Property(tries = 200)
    void the_answer_to_a_question_that_does_not_count_changes_no_score(@ForAll("answers") Answers answers) {
        Result result = score(answers);

        // weight 0, text, and a dimension of weight 0 for the overall score
        Result without = score(answers.with("ignored", null).with("notes", null));
        assertThat(without.dimensions()).isEqualTo(result.dimensions());
        assertThat(without.overall()).isEqualTo(result.overall());
        assertThat(score(answers.with("training", null)).overall()).isEqualTo(result.overall());
    }

    // --- version 2: caps and don't know -----------------------------------------------------------

    @Property(tries = 200)
    void a_cap_never_raises_a_level_and_capped_by_is_set_exactly_when_it_lowered_one(@ForAll("answers") Answers answers) {
        Result result = score(answers);

        for (Result.DimensionScore d : result.dimensions()) {
            assertCappedAtMost(d.id(), d.score(), d.level(), d.cappedBy());
        }
        assertCappedAtMost("overall", result.overall().score(), result.overall().level(), result.overall().cappedBy());
    }

    private static void assertCappedAtMost(String what, BigDecimal score, String level, List<String> cappedBy) {
        String byScore = Scorer.levelOf(Q, score);
        if (byScore == null) {
            assertThat(level).as(what).isNull();
            assertThat(cappedBy).as(what).isEmpty();
            return;
        }
        assertThat(Q.levelRank(level)).as("level of %s", what).isLessThanOrEqualTo(Q.levelRank(byScore));
        assertThat(!cappedBy.isEmpty()).as("capped_by of %s", what).isEqualTo(Q.levelRank(level) < Q.levelRank(byScore));
        for (String cap : cappedBy) {
            assertThat(Q.levelRank(Q.cap(cap).orElseThrow().levelAtMost().id())).as("%s by %s", what, cap)
                    .isLessThan(Q.levelRank(byScore))
                    .isGreaterThanOrEqualTo(Q.levelRank(level));
        }
    }

    @Property(tries = 200)
    void an_unknown_answer_counts_and_never_scores_a_question_above_its_lowest_option(@ForAll("answers") Answers answers) {
        for (Question q : Q.allQuestions()) {
            for (Option unknown : q.options()) {
                if (!unknown.unknown()) {
                    continue;
                }
                Answer answer = q.type() == QuestionType.SINGLE ? new Answer.Choice(unknown.id())
                        : new Answer.Choices(List.of(unknown.id()));
                Evaluation evaluation = Scorer.evaluate(Q, List.of(), answers.with(q.id(), answer));
                if (!evaluation.isVisible(q.id())) {
                    assertThat(evaluation.result().unknown()).doesNotContain(q.id());
                    continue;
                }
                double lowest = q.options().stream().filter(o -> !o.na() && !o.unknown())
                        .mapToDouble(o -> 100 * o.points() / q.maxPoints()).min().orElseThrow();
                assertThat(evaluation.questionScores()).as("%s answered with don't know counts", q.id()).containsKey(q.id());
                assertThat(evaluation.questionScores().get(q.id())).as(q.id()).isLessThanOrEqualTo(lowest);
                assertThat(evaluation.result().unknown()).contains(q.id());
            }
        }
    }
}
