package de.digitalezukunfthagen.digitalcheck.scoring;

import static de.digitalezukunfthagen.digitalcheck.scoring.Scoring.HEADER;
import static de.digitalezukunfthagen.digitalcheck.scoring.Scoring.answers;
import static de.digitalezukunfthagen.digitalcheck.scoring.Scoring.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Fixtures;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every scoring rule of the contract, with figures computed by hand. */
class ScorerTest {

    @TempDir
    Path dir;

    private int fixtures;

    private Questionnaire load(String body) {
        return Fixtures.questionnaire(dir.resolve("q" + fixtures++), HEADER + body);
    }

    private static Result score(Questionnaire q, String answers) {
        return Scorer.score(q, List.of(), answers(q, answers));
    }

    /** One dimension {@code d} with one question {@code q} of the given type and options/bands. */
    private Questionnaire oneQuestion(String question) {
        return load("""
                dimensions:
                  - id: d
                    title: D
                    questions:
                      - id: q
                        text: Q
                """ + question.indent(8));
    }

    private static String scoreOf(Result result, String dimension) {
        return text(result.dimension(dimension).score());
    }

    // --- question scores --------------------------------------------------------------------------

    @Nested
    class Single {
        private final String abc = """
                type: single
                options:
                  - {id: a, label: A}
                  - {id: b, label: B}
                  - {id: c, label: C}
                """;

        @Test
        void options_without_points_get_0_1_2_in_the_order_listed() {
            Questionnaire q = oneQuestion(abc);

            assertThat(q.question("q").orElseThrow().options()).extracting(o -> o.points()).containsExactly(0.0, 1.0, 2.0);
            assertThat(scoreOf(score(q, "{\"q\": \"a\"}"), "d")).isEqualTo("0.0");
            assertThat(scoreOf(score(q, "{\"q\": \"b\"}"), "d")).isEqualTo("50.0");
            assertThat(scoreOf(score(q, "{\"q\": \"c\"}"), "d")).isEqualTo("100.0");
        }

        @Test
        void an_na_option_is_skipped_when_points_are_counted_out() {
            Questionnaire q = oneQuestion("""
                    type: single
                    options:
                      - {id: a, label: A}
                      - {id: x, label: Don't know, na: true}
                      - {id: b, label: B}
                      - {id: c, label: C}
                    """);

            assertThat(scoreOf(score(q, "{\"q\": \"b\"}"), "d")).isEqualTo("50.0");
            assertThat(scoreOf(score(q, "{\"q\": \"c\"}"), "d")).isEqualTo("100.0");
        }

        @Test
        void explicit_points_are_used_and_the_highest_is_max_points() {
            Questionnaire q = oneQuestion("""
                    type: single
                    options:
                      - {id: a, label: A, points: 0}
                      - {id: b, label: B, points: 1}
                      - {id: c, label: C, points: 3}
                    """);

            assertThat(q.question("q").orElseThrow().maxPoints()).isEqualTo(3.0);
            assertThat(scoreOf(score(q, "{\"q\": \"b\"}"), "d")).isEqualTo("33.3");
            assertThat(scoreOf(score(q, "{\"q\": \"c\"}"), "d")).isEqualTo("100.0");
        }

        @Test
        void max_points_above_the_highest_points_means_even_the_best_answer_is_not_100() {
            Questionnaire q = oneQuestion(abc + "max_points: 4\n");

            assertThat(scoreOf(score(q, "{\"q\": \"b\"}"), "d")).isEqualTo("25.0");
            assertThat(scoreOf(score(q, "{\"q\": \"c\"}"), "d")).isEqualTo("50.0");
        }

        @Test
        void an_na_answer_does_not_count() {
            Questionnaire q = oneQuestion(abc + "  - {id: x, label: Does not apply, na: true}\n");
            Result result = score(q, "{\"q\": \"x\"}");

            assertThat(result.dimensions()).extracting("id", "score", "level", "counted").containsExactly(tuple("d", null, null, 0));
            assertThat(result.missing()).isEmpty();
        }
    }

    @Nested
    class Multi {
        @Test
        void options_without_points_have_1_and_an_exclusive_option_0() {
            Questionnaire q = oneQuestion("""
                    type: multi
                    options:
                      - {id: none, label: None of these, exclusive: true}
                      - {id: a, label: A}
                      - {id: b, label: B}
                      - {id: c, label: C}
                    """);

            assertThat(q.question("q").orElseThrow().maxPoints()).isEqualTo(3.0);
            assertThat(scoreOf(score(q, "{\"q\": [\"a\", \"b\"]}"), "d")).isEqualTo("66.7");
            assertThat(scoreOf(score(q, "{\"q\": [\"c\", \"b\", \"a\"]}"), "d")).isEqualTo("100.0");
            Result none = score(q, "{\"q\": [\"none\"]}");
            assertThat(scoreOf(none, "d")).isEqualTo("0.0");
            assertThat(none.dimension("d").counted()).isEqualTo(1);
        }

        @Test
        void max_points_caps_the_sum_of_the_chosen_options() {
            Questionnaire q = oneQuestion("""
                    type: multi
                    max_points: 4
                    options:
                      - {id: a, label: A, points: 2}
                      - {id: b, label: B, points: 3}
                      - {id: c, label: C, points: 1}
                    """);

            assertThat(scoreOf(score(q, "{\"q\": [\"a\", \"b\"]}"), "d")).isEqualTo("100.0");
            assertThat(scoreOf(score(q, "{\"q\": [\"a\", \"b\", \"c\"]}"), "d")).isEqualTo("100.0");
            assertThat(scoreOf(score(q, "{\"q\": [\"a\"]}"), "d")).isEqualTo("50.0");
            assertThat(scoreOf(score(q, "{\"q\": [\"c\"]}"), "d")).isEqualTo("25.0");
        }

        @Test
        void max_points_above_the_sum_means_all_options_are_not_100() {
            Questionnaire q = oneQuestion("""
                    type: multi
                    max_points: 4
                    options:
                      - {id: a, label: A}
                      - {id: b, label: B}
                    """);

            assertThat(scoreOf(score(q, "{\"q\": [\"a\", \"b\"]}"), "d")).isEqualTo("50.0");
        }

        @Test
        void an_na_answer_does_not_count() {
            Questionnaire q = oneQuestion("""
                    type: multi
                    options:
                      - {id: a, label: A}
                      - {id: b, label: B}
                      - {id: x, label: Don't know, na: true}
                    """);

            assertThat(q.question("q").orElseThrow().maxPoints()).isEqualTo(2.0);
            assertThat(score(q, "{\"q\": [\"x\"]}").dimension("d").counted()).isZero();
        }
    }

    @Nested
    class BandedNumber {
        private final String bands = """
                type: number
                bands: [{min: 0, points: 0}, {min: 25, points: 1}, {min: 75, points: 2}]
                """;

        @Test
        void a_value_between_bands_gets_the_points_of_the_band_below_it() {
            Questionnaire q = oneQuestion(bands);

            assertThat(q.question("q").orElseThrow().maxPoints()).isEqualTo(2.0);
            assertThat(scoreOf(score(q, "{\"q\": 50}"), "d")).isEqualTo("50.0");
            assertThat(scoreOf(score(q, "{\"q\": 24.9}"), "d")).isEqualTo("0.0");
            assertThat(scoreOf(score(q, "{\"q\": 1000}"), "d")).isEqualTo("100.0");
        }

        @Test
        void a_value_exactly_on_a_band_min_gets_that_band() {
            Questionnaire q = oneQuestion(bands);

            assertThat(scoreOf(score(q, "{\"q\": 25}"), "d")).isEqualTo("50.0");
            assertThat(scoreOf(score(q, "{\"q\": 75.0}"), "d")).isEqualTo("100.0");
            assertThat(scoreOf(score(q, "{\"q\": 0}"), "d")).isEqualTo("0.0");
        }

        @Test
        void a_value_below_the_first_band_gets_0_points_and_counts() {
            Questionnaire q = oneQuestion(bands);
            Result result = score(q, "{\"q\": -5}");

            assertThat(scoreOf(result, "d")).isEqualTo("0.0");
            assertThat(result.dimension("d").counted()).isEqualTo(1);
        }

        @Test
        void max_points_above_the_highest_band() {
            Questionnaire q = oneQuestion(bands + "max_points: 4\n");

            assertThat(scoreOf(score(q, "{\"q\": 80}"), "d")).isEqualTo("50.0");
            assertThat(scoreOf(score(q, "{\"q\": 30}"), "d")).isEqualTo("25.0");
        }

        @Test
        void a_number_without_bands_and_a_text_never_count() {
            Questionnaire q = load("""
                    dimensions:
                      - id: d
                        title: D
                        questions:
                          - {id: n, type: number, text: N, required: true}
                          - {id: t, type: text, text: T, required: true}
                    """);
            Result result = score(q, "{\"n\": 10, \"t\": \"free text\"}");

            assertThat(result.dimensions()).extracting("score", "counted").containsExactly(tuple(null, 0));
            assertThat(result.complete()).isTrue();
        }
    }

    // --- visibility -------------------------------------------------------------------------------

    @Nested
    class Hidden {
        private Questionnaire cloud() {
            return load("""
                    dimensions:
                      - id: d
                        title: D
                        questions:
                          - id: cloud
                            type: single
                            text: Cloud?
                            options: [{id: no, label: No}, {id: yes, label: Yes}]
                          - id: cloud-backup
                            type: single
                            text: Cloud backup?
                            show_if: {answer: cloud, is: "yes"}
                            options: [{id: none, label: None}, {id: some, label: Some}, {id: full, label: Full}]
                    """);
        }

        @Test
        void a_hidden_question_keeps_its_answer_but_does_not_count() {
            Questionnaire q = cloud();
            Evaluation hidden = Scorer.evaluate(q, List.of(), answers(q, "{\"cloud\": \"no\", \"cloud-backup\": \"full\"}"));

            assertThat(text(hidden.result().dimension("d").score())).isEqualTo("0.0");
            assertThat(hidden.result().dimension("d").counted()).isEqualTo(1);
            assertThat(hidden.isVisible("cloud-backup")).isFalse();
            assertThat(hidden.questionScores()).containsOnlyKeys("cloud");
        }

        @Test
        void the_kept_answer_counts_again_once_the_question_is_shown() {
            Questionnaire q = cloud();
            Answers kept = answers(q, "{\"cloud\": \"no\", \"cloud-backup\": \"full\"}");
            Answers changed = kept.with("cloud", new Answer.Choice("yes"));

            Result result = Scorer.score(q, List.of(), changed);

            assertThat(scoreOf(result, "d")).isEqualTo("100.0");
            assertThat(result.dimension("d").counted()).isEqualTo(2);
        }

        @Test
        void a_hidden_required_question_is_not_missing_but_a_visible_one_is() {
            Questionnaire q = cloud();

            assertThat(score(q, "{\"cloud\": \"no\"}").missing()).isEmpty();
            assertThat(score(q, "{\"cloud\": \"yes\"}").missing()).containsExactly("cloud-backup");
            assertThat(score(q, "{}").missing()).containsExactly("cloud");
        }

        @Test
        void a_question_behind_a_hidden_question_is_hidden_too() {
            Questionnaire q = load("""
                    profile:
                      - {id: a, type: single, text: A, options: [{id: x, label: X}, {id: y, label: Y}]}
                      - {id: b, type: single, text: B, show_if: {answer: a, is: y}, options: [{id: x, label: X}, {id: y, label: Y}]}
                    dimensions:
                      - id: d
                        title: D
                        questions:
                          - {id: c, type: single, text: C, show_if: {answer: b, is: y}, options: [{id: x, label: X}, {id: y, label: Y}]}
                    """);

            Evaluation evaluation = Scorer.evaluate(q, List.of(), answers(q, "{\"a\": \"x\", \"b\": \"y\", \"c\": \"y\"}"));

            assertThat(evaluation.visible()).containsExactly("a");
            assertThat(evaluation.result().dimension("d").counted()).isZero();
            assertThat(evaluation.result().missing()).isEmpty();
        }
    }

    // --- dimension and overall scores ---------------------------------------------------------------

    @Test
    void a_dimension_score_is_the_weighted_mean_of_its_counting_questions() {
        Questionnaire q = load("""
                dimensions:
                  - id: d
                    title: D
                    questions:
                      - {id: q1, type: single, text: Q1, options: [{id: a, label: A}, {id: b, label: B}]}
                      - {id: q2, type: single, text: Q2, weight: 3, options: [{id: a, label: A}, {id: b, label: B}]}
                """);

        Result result = score(q, "{\"q1\": \"b\", \"q2\": \"a\"}");

        assertThat(result.dimensions()).extracting("id", "score", "level", "counted")
                .containsExactly(tuple("d", new java.math.BigDecimal("25.0"), "explorer", 2));
    }

    @Test
    void a_question_with_weight_0_does_not_count() {
        Questionnaire q = load("""
                dimensions:
                  - id: d
                    title: D
                    questions:
                      - {id: q1, type: single, text: Q1, weight: 0, options: [{id: a, label: A}, {id: b, label: B}]}
                      - {id: q2, type: single, text: Q2, options: [{id: a, label: A}, {id: b, label: B}]}
                """);

        Result result = score(q, "{\"q1\": \"b\", \"q2\": \"a\"}");

        assertThat(scoreOf(result, "d")).isEqualTo("0.0");
        assertThat(result.dimension("d").counted()).isEqualTo(1);
        assertThat(score(q, "{\"q1\": \"b\"}").dimension("d").score()).isNull();
    }

    private Questionnaire twoDimensions(String weightA, String weightB) {
        return load("""
                dimensions:
                  - id: a
                    title: A
                    weight: %s
                    questions:
                      - {id: qa, type: single, text: QA, options: [{id: x, label: X}, {id: y, label: Y}, {id: z, label: Z}]}
                  - id: b
                    title: B
                    weight: %s
                    questions:
                      - {id: qb, type: single, text: QB, options: [{id: x, label: X}, {id: y, label: Y}, {id: z, label: Z}]}
                """.formatted(weightA, weightB));
    }

    @Test
    void the_overall_score_is_the_weighted_mean_of_the_dimensions() {
        Questionnaire q = twoDimensions("3", "1");

        Result result = score(q, "{\"qa\": \"y\", \"qb\": \"z\"}");

        // (3 * 50 + 1 * 100) / 4
        assertThat(text(result.overall().score())).isEqualTo("62.5");
        assertThat(result.overall().level()).isEqualTo("advanced");
    }

    @Test
    void a_dimension_with_weight_0_is_scored_but_left_out_of_the_overall_score() {
        Questionnaire q = twoDimensions("0", "1");

        Result result = score(q, "{\"qa\": \"z\", \"qb\": \"y\"}");

        assertThat(result.dimensions()).extracting("id", "score", "level", "counted").containsExactly(
                tuple("a", new java.math.BigDecimal("100.0"), "leader", 1),
                tuple("b", new java.math.BigDecimal("50.0"), "advanced", 1));
        assertThat(text(result.overall().score())).isEqualTo("50.0");
    }

    @Test
    void when_only_dimensions_of_weight_0_are_assessed_there_is_no_overall_score() {
        Questionnaire q = twoDimensions("0", "1");

        Result result = score(q, "{\"qa\": \"z\"}");

        assertThat(scoreOf(result, "a")).isEqualTo("100.0");
        assertThat(result.overall().score()).isNull();
        assertThat(result.overall().level()).isNull();
    }

    @Test
    void an_unassessed_dimension_is_left_out_of_the_overall_score() {
        Questionnaire q = twoDimensions("1", "1");

        Result result = score(q, "{\"qb\": \"y\"}");

        assertThat(result.dimensions()).extracting("id", "score", "level", "counted").containsExactly(
                tuple("a", null, null, 0),
                tuple("b", new java.math.BigDecimal("50.0"), "advanced", 1));
        assertThat(text(result.overall().score())).isEqualTo("50.0");
    }

    @Test
    void with_no_answers_nothing_is_assessed() {
        Questionnaire q = twoDimensions("1", "1");

        Result result = score(q, "{}");

        assertThat(result.dimensions()).extracting("id", "score", "level", "counted")
                .containsExactly(tuple("a", null, null, 0), tuple("b", null, null, 0));
        assertThat(result.overall().score()).isNull();
        assertThat(result.overall().level()).isNull();
        assertThat(result.complete()).isFalse();
        assertThat(result.missing()).containsExactly("qa", "qb");
    }

    @Test
    void the_overall_score_uses_the_unrounded_dimension_scores() {
        Questionnaire q = load("""
                dimensions:
                  - id: a
                    title: A
                    questions:
                      - {id: qa, type: single, text: QA, max_points: 10, options: [{id: x, label: X, points: 0}, {id: y, label: Y, points: 1.004}]}
                  - id: b
                    title: B
                    questions:
                      - {id: qb, type: single, text: QB, max_points: 10, options: [{id: x, label: X, points: 0}, {id: y, label: Y, points: 1.005}]}
                """);

        Result result = score(q, "{\"qa\": \"y\", \"qb\": \"y\"}");

        // a = 10.04 -> 10.0, b = 10.05 -> 10.1; overall (10.04 + 10.05) / 2 = 10.045 -> 10.0 (not (10.0 + 10.1) / 2 = 10.05 -> 10.1)
        assertThat(scoreOf(result, "a")).isEqualTo("10.0");
        assertThat(scoreOf(result, "b")).isEqualTo("10.1");
        assertThat(text(result.overall().score())).isEqualTo("10.0");
    }

    // --- rounding and levels ----------------------------------------------------------------------

    /** One question whose option y gives {@code points} of {@code max}: its score is 100 * points / max. */
    private Result scored(String points, String max) {
        Questionnaire q = oneQuestion("""
                type: single
                max_points: %s
                options:
                  - {id: x, label: X, points: 0}
                  - {id: y, label: Y, points: %s}
                """.formatted(max, points));
        return score(q, "{\"q\": \"y\"}");
    }

    @Test
    void a_score_is_rounded_half_up_before_the_level_is_taken() {
        // 100 * 4.99 / 20 = 24.95; in floating point 24.949999999999999..., which must still round to 25.0
        Result result = scored("4.99", "20");

        assertThat(scoreOf(result, "d")).isEqualTo("25.0");
        assertThat(result.dimension("d").level()).isEqualTo("explorer");
        assertThat(text(result.overall().score())).isEqualTo("25.0");
        assertThat(result.overall().level()).isEqualTo("explorer");
    }

    @Test
    void a_score_just_below_the_half_is_rounded_down_and_keeps_the_lower_level() {
        // 100 * 4.988 / 20 = 24.94
        Result result = scored("4.988", "20");

        assertThat(scoreOf(result, "d")).isEqualTo("24.9");
        assertThat(result.dimension("d").level()).isEqualTo("beginner");
    }

    @Test
    void an_exact_half_is_rounded_up_not_to_even() {
        // 100 * 49 / 400 = 12.25 exactly, also in binary floating point
        assertThat(scoreOf(scored("49", "400"), "d")).isEqualTo("12.3");
        // 100 * 1 / 40 = 2.5 exactly; stays 2.5 with one decimal
        assertThat(scoreOf(scored("1", "40"), "d")).isEqualTo("2.5");
    }

    @Test
    void other_float_noise_cases_round_as_the_exact_figures_do() {
        // 100 * 2.01 / 4 = 50.25, in floating point 50.24999999999999
        assertThat(scoreOf(scored("2.01", "4"), "d")).isEqualTo("50.3");
        // 100 * 8.37 / 20 = 41.85, in floating point 41.849999999999994
        assertThat(scoreOf(scored("8.37", "20"), "d")).isEqualTo("41.9");
    }

    @Test
    void a_score_that_rounds_up_to_a_level_min_reaches_that_level() {
        // 100 * 9.992 / 20 = 49.96 -> 50.0
        Result result = scored("9.992", "20");

        assertThat(scoreOf(result, "d")).isEqualTo("50.0");
        assertThat(result.dimension("d").level()).isEqualTo("advanced");
    }

    @Test
    void the_level_is_the_one_with_the_highest_min_not_above_the_score() {
        Questionnaire q = oneQuestion("""
                type: single
                options:
                  - {id: p0, label: P0, points: 0}
                  - {id: p249, label: P249, points: 249}
                  - {id: p250, label: P250, points: 250}
                  - {id: p749, label: P749, points: 749}
                  - {id: p750, label: P750, points: 750}
                  - {id: p1000, label: P1000, points: 1000}
                """);

        assertThat(List.of("p0", "p249", "p250", "p749", "p750", "p1000"))
                .extracting(option -> score(q, "{\"q\": \"" + option + "\"}").dimension("d"))
                .extracting("score", "level")
                .containsExactly(
                        tuple(new java.math.BigDecimal("0.0"), "beginner"),
                        tuple(new java.math.BigDecimal("24.9"), "beginner"),
                        tuple(new java.math.BigDecimal("25.0"), "explorer"),
                        tuple(new java.math.BigDecimal("74.9"), "advanced"),
                        tuple(new java.math.BigDecimal("75.0"), "leader"),
                        tuple(new java.math.BigDecimal("100.0"), "leader"));
    }

    @Test
    void every_score_has_exactly_one_decimal_place() {
        Result result = scored("1", "3");

        assertThat(result.dimension("d").score().scale()).isEqualTo(1);
        assertThat(result.overall().score().scale()).isEqualTo(1);
        assertThat(scoreOf(result, "d")).isEqualTo("33.3");
    }

    // --- missing and complete ---------------------------------------------------------------------

    @Test
    void missing_lists_the_visible_required_unanswered_questions_in_file_order() {
        // the profile is written after the dimensions here, so it comes last in file order
        Questionnaire q = load("""
                dimensions:
                  - id: d
                    title: D
                    questions:
                      - {id: q1, type: single, text: Q1, options: [{id: a, label: A}, {id: b, label: B}]}
                      - {id: q2, type: text, text: Q2, required: true}
                      - {id: q3, type: number, text: Q3}
                      - {id: q4, type: single, text: Q4, required: false, options: [{id: a, label: A}, {id: b, label: B}]}
                      - {id: q5, type: multi, text: Q5, options: [{id: a, label: A}, {id: b, label: B}]}
                      - {id: q6, type: text, text: Q6}
                      - {id: q7, type: number, text: Q7, required: true}
                profile:
                  - {id: size, type: single, text: Size, options: [{id: a, label: A}, {id: b, label: B}]}
                """);

        Result none = score(q, "{}");
        Result some = score(q, "{\"q2\": \"text\", \"q5\": [\"a\"], \"q7\": 3}");
        Result all = score(q, "{\"q1\": \"a\", \"q2\": \"text\", \"q5\": [\"a\"], \"q7\": 3, \"size\": \"b\"}");

        // single and multi are required by default, number and text only when they say so
        assertThat(none.missing()).containsExactly("q1", "q2", "q5", "q7", "size");
        assertThat(none.complete()).isFalse();
        assertThat(some.missing()).containsExactly("q1", "size");
        assertThat(all.missing()).isEmpty();
        assertThat(all.complete()).isTrue();
    }

    @Test
    void a_question_answered_with_an_na_option_is_not_missing() {
        Questionnaire q = oneQuestion("""
                type: single
                options: [{id: a, label: A}, {id: b, label: B}, {id: x, label: X, na: true}]
                """);

        Result result = score(q, "{\"q\": \"x\"}");

        assertThat(result.complete()).isTrue();
        assertThat(result.dimension("d").score()).isNull();
    }

    @Test
    void profile_questions_are_never_scored() {
        Questionnaire q = load("""
                profile:
                  - {id: size, type: single, text: Size, options: [{id: a, label: A}, {id: b, label: B}]}
                  - {id: share, type: number, text: Share, bands: [{min: 0, points: 0}, {min: 50, points: 1}]}
                dimensions:
                  - id: d
                    title: D
                    questions:
                      - {id: q, type: single, text: Q, options: [{id: a, label: A}, {id: b, label: B}]}
                """);

        Evaluation evaluation = Scorer.evaluate(q, List.of(), answers(q, "{\"size\": \"b\", \"share\": 80, \"q\": \"a\"}"));

        assertThat(evaluation.result().dimensions()).extracting("id").containsExactly("d");
        assertThat(text(evaluation.result().overall().score())).isEqualTo("0.0");
        assertThat(evaluation.questionScores()).containsOnlyKeys("q");
    }

    @Test
    void the_result_names_the_questionnaire_and_lists_the_dimensions_in_file_order() {
        Questionnaire q = load("""
                dimensions:
                  - {id: zeta, title: Z, questions: [{id: q1, type: text, text: T}]}
                  - {id: alpha, title: A, questions: [{id: q2, type: text, text: T}]}
                """);

        Result result = score(q, "{}");

        assertThat(result.questionnaire()).isEqualTo(new Result.QuestionnaireRef("check", 1));
        assertThat(result.dimensions()).extracting("id").containsExactly("zeta", "alpha");
    }

    // --- conditions -------------------------------------------------------------------------------

    @Nested
    class Conditions {
        private static final String BODY = """
                profile:
                  - id: size
                    type: single
                    text: Size?
                    options: [{id: small, label: Small}, {id: medium, label: Medium}, {id: large, label: Large}]
                  - id: tools
                    type: multi
                    text: Tools?
                    options: [{id: erp, label: ERP}, {id: crm, label: CRM}, {id: shop, label: Shop}, {id: nothing, label: None, exclusive: true}]
                  - id: employees
                    type: number
                    text: Employees?
                  - id: branch
                    type: single
                    text: Branch?
                    show_if: {answer: size, is: large}
                    options: [{id: north, label: North}, {id: south, label: South}]
                dimensions:
                  - id: strategy
                    title: Strategy
                    questions:
                      - id: plan
                        type: single
                        text: Plan?
                        options: [{id: none, label: None}, {id: partly, label: Partly}, {id: done, label: Done}, {id: unknown, label: Unknown, na: true}]
                  - id: data
                    title: Data
                    questions:
                      - id: backups
                        type: single
                        text: Backups?
                        max_points: 1000
                        options: [{id: none, label: None, points: 0}, {id: some, label: Some, points: 499.5}, {id: daily, label: Daily, points: 1000}]
                recommendations:
                  - id: r
                    dimension: strategy
                    priority: 1
                    horizon: quick-win
                    title: R
                    when: CONDITION
                """;

        private final java.util.Map<String, Questionnaire> cache = new java.util.HashMap<>();

        /** Whether {@code condition} holds for {@code answers}, seen through the one recommendation it triggers. */
        private boolean holds(String condition, String answers) {
            Questionnaire q = cache.computeIfAbsent(condition, c -> load(BODY.replace("CONDITION", c)));
            return !score(q, answers).recommendations().isEmpty();
        }

        @Test
        void is_on_a_single_question_holds_when_that_option_is_chosen() {
            String c = "{answer: size, is: small}";
            assertThat(holds(c, "{\"size\": \"small\"}")).isTrue();
            assertThat(holds(c, "{\"size\": \"medium\"}")).isFalse();
            assertThat(holds(c, "{}")).isFalse();
        }

        @Test
        void is_on_a_multi_question_holds_when_that_option_is_among_the_chosen() {
            String c = "{answer: tools, is: crm}";
            assertThat(holds(c, "{\"tools\": [\"erp\", \"crm\"]}")).isTrue();
            assertThat(holds(c, "{\"tools\": [\"crm\"]}")).isTrue();
            assertThat(holds(c, "{\"tools\": [\"erp\", \"shop\"]}")).isFalse();
            assertThat(holds(c, "{}")).isFalse();
        }

        @Test
        void in_on_a_single_question_holds_when_the_chosen_option_is_listed() {
            String c = "{answer: size, in: [small, medium]}";
            assertThat(holds(c, "{\"size\": \"medium\"}")).isTrue();
            assertThat(holds(c, "{\"size\": \"large\"}")).isFalse();
        }

        @Test
        void in_on_a_multi_question_holds_when_any_chosen_option_is_listed() {
            String c = "{answer: tools, in: [crm, shop]}";
            assertThat(holds(c, "{\"tools\": [\"erp\", \"shop\"]}")).isTrue();
            assertThat(holds(c, "{\"tools\": [\"erp\"]}")).isFalse();
            assertThat(holds(c, "{\"tools\": [\"nothing\"]}")).isFalse();
        }

        @Test
        void is_holds_for_a_chosen_na_option() {
            String c = "{answer: plan, is: unknown}";
            assertThat(holds(c, "{\"plan\": \"unknown\"}")).isTrue();
            assertThat(holds(c, "{\"plan\": \"none\"}")).isFalse();
        }

        @Test
        void answered_true_holds_when_the_question_is_visible_and_answered() {
            String c = "{answer: employees, answered: true}";
            assertThat(holds(c, "{\"employees\": 0}")).isTrue();
            assertThat(holds(c, "{}")).isFalse();
        }

        @Test
        void answered_false_holds_when_the_question_is_unanswered() {
            String c = "{answer: employees, answered: false}";
            assertThat(holds(c, "{}")).isTrue();
            assertThat(holds(c, "{\"employees\": 0}")).isFalse();
        }

        @Test
        void answered_on_a_hidden_question_with_a_kept_answer_counts_as_unanswered() {
            String hidden = "{\"size\": \"small\", \"branch\": \"north\"}";
            String shown = "{\"size\": \"large\", \"branch\": \"north\"}";
            assertThat(holds("{answer: branch, answered: true}", hidden)).isFalse();
            assertThat(holds("{answer: branch, answered: false}", hidden)).isTrue();
            assertThat(holds("{answer: branch, answered: true}", shown)).isTrue();
            assertThat(holds("{answer: branch, answered: false}", shown)).isFalse();
        }

        @Test
        void at_least_and_at_most_compare_the_number_inclusively() {
            assertThat(holds("{answer: employees, at_least: 10}", "{\"employees\": 10}")).isTrue();
            assertThat(holds("{answer: employees, at_least: 10.5}", "{\"employees\": 10}")).isFalse();
            assertThat(holds("{answer: employees, at_most: 10}", "{\"employees\": 10}")).isTrue();
            assertThat(holds("{answer: employees, at_most: 9.5}", "{\"employees\": 10}")).isFalse();
            assertThat(holds("{answer: employees, at_least: 2.5}", "{\"employees\": 2.5}")).isTrue();
        }

        @Test
        void at_least_and_at_most_on_an_unanswered_question_are_false() {
            assertThat(holds("{answer: employees, at_least: 0}", "{}")).isFalse();
            assertThat(holds("{answer: employees, at_most: 1000000}", "{}")).isFalse();
        }

        @Test
        void a_leaf_on_a_hidden_question_is_false_even_with_a_kept_answer() {
            String c = "{answer: branch, is: north}";
            assertThat(holds(c, "{\"size\": \"small\", \"branch\": \"north\"}")).isFalse();
            assertThat(holds(c, "{\"size\": \"large\", \"branch\": \"north\"}")).isTrue();
            assertThat(holds("{answer: branch, in: [north, south]}", "{\"size\": \"medium\", \"branch\": \"south\"}")).isFalse();
        }

        @Test
        void a_leaf_on_an_unanswered_question_is_false_and_not_of_it_holds() {
            assertThat(holds("{answer: size, in: [small, medium, large]}", "{}")).isFalse();
            assertThat(holds("{not: {answer: size, is: small}}", "{}")).isTrue();
        }

        @Test
        void below_and_at_least_on_a_dimension_compare_its_rounded_score() {
            // strategy: partly = 1 of 2 points = 50.0
            assertThat(holds("{dimension: strategy, below: 50}", "{\"plan\": \"partly\"}")).isFalse();
            assertThat(holds("{dimension: strategy, below: 50.1}", "{\"plan\": \"partly\"}")).isTrue();
            assertThat(holds("{dimension: strategy, at_least: 50}", "{\"plan\": \"partly\"}")).isTrue();
            assertThat(holds("{dimension: strategy, at_least: 50.1}", "{\"plan\": \"partly\"}")).isFalse();
        }

        @Test
        void dimension_conditions_use_the_rounded_score() {
            // data: some = 499.5 of 1000 = 49.95 -> 50.0
            assertThat(holds("{dimension: data, at_least: 50}", "{\"backups\": \"some\"}")).isTrue();
            assertThat(holds("{dimension: data, below: 50}", "{\"backups\": \"some\"}")).isFalse();
            assertThat(holds("{dimension: data, level: [advanced]}", "{\"backups\": \"some\"}")).isTrue();
        }

        @Test
        void level_holds_when_the_dimensions_level_is_listed() {
            assertThat(holds("{dimension: strategy, level: [explorer, advanced]}", "{\"plan\": \"partly\"}")).isTrue();
            assertThat(holds("{dimension: strategy, level: [leader]}", "{\"plan\": \"partly\"}")).isFalse();
            assertThat(holds("{dimension: strategy, level: [leader]}", "{\"plan\": \"done\"}")).isTrue();
        }

        @Test
        void overall_stands_for_the_rounded_overall_score() {
            // (100 + 0) / 2 = 50.0; (0 + 49.95) / 2 = 24.975 -> 25.0
            assertThat(holds("{dimension: overall, at_least: 50}", "{\"plan\": \"done\", \"backups\": \"none\"}")).isTrue();
            assertThat(holds("{dimension: overall, below: 50}", "{\"plan\": \"done\", \"backups\": \"none\"}")).isFalse();
            assertThat(holds("{dimension: overall, level: [advanced]}", "{\"plan\": \"done\", \"backups\": \"none\"}")).isTrue();
            assertThat(holds("{dimension: overall, at_least: 25}", "{\"plan\": \"none\", \"backups\": \"some\"}")).isTrue();
            assertThat(holds("{dimension: overall, level: [explorer]}", "{\"plan\": \"none\", \"backups\": \"some\"}")).isTrue();
        }

        @Test
        void a_leaf_on_an_unassessed_dimension_is_false() {
            String naOnly = "{\"plan\": \"unknown\"}";
            assertThat(holds("{dimension: strategy, below: 101}", naOnly)).isFalse();
            assertThat(holds("{dimension: strategy, at_least: 0}", naOnly)).isFalse();
            assertThat(holds("{dimension: strategy, level: [beginner, explorer, advanced, leader]}", naOnly)).isFalse();
            assertThat(holds("{not: {dimension: strategy, at_least: 0}}", naOnly)).isTrue();
        }

        @Test
        void a_leaf_on_overall_without_an_overall_score_is_false() {
            assertThat(holds("{dimension: overall, below: 101}", "{}")).isFalse();
            assertThat(holds("{dimension: overall, level: [beginner]}", "{}")).isFalse();
        }

        @Test
        void all_holds_when_every_condition_holds() {
            String c = "{all: [{answer: size, is: small}, {answer: employees, at_least: 5}]}";
            assertThat(holds(c, "{\"size\": \"small\", \"employees\": 5}")).isTrue();
            assertThat(holds(c, "{\"size\": \"small\", \"employees\": 4}")).isFalse();
            assertThat(holds(c, "{\"size\": \"large\", \"employees\": 5}")).isFalse();
        }

        @Test
        void any_holds_when_one_condition_holds() {
            String c = "{any: [{answer: size, is: small}, {answer: employees, at_least: 5}]}";
            assertThat(holds(c, "{\"size\": \"large\", \"employees\": 5}")).isTrue();
            assertThat(holds(c, "{\"size\": \"small\"}")).isTrue();
            assertThat(holds(c, "{\"size\": \"large\", \"employees\": 4}")).isFalse();
        }

        @Test
        void not_inverts_a_condition() {
            String c = "{not: {answer: size, is: small}}";
            assertThat(holds(c, "{\"size\": \"small\"}")).isFalse();
            assertThat(holds(c, "{\"size\": \"large\"}")).isTrue();
        }

        @Test
        void conditions_nest() {
            String c = "{all: [{not: {answer: size, is: small}}, {any: [{answer: tools, is: erp}, {dimension: strategy, below: 50}]}]}";
            assertThat(holds(c, "{\"size\": \"large\", \"tools\": [\"erp\"]}")).isTrue();
            assertThat(holds(c, "{\"size\": \"large\", \"tools\": [\"crm\"], \"plan\": \"none\"}")).isTrue();
            assertThat(holds(c, "{\"size\": \"large\", \"tools\": [\"crm\"], \"plan\": \"done\"}")).isFalse();
            assertThat(holds(c, "{\"size\": \"small\", \"tools\": [\"erp\"]}")).isFalse();
        }

        @Test
        void show_if_uses_the_same_conditions() {
            Questionnaire q = load(BODY.replace("CONDITION", "{answer: size, is: small}"));

            assertThat(Scorer.evaluate(q, List.of(), answers(q, "{\"size\": \"large\"}")).isVisible("branch")).isTrue();
            assertThat(Scorer.evaluate(q, List.of(), answers(q, "{\"size\": \"medium\"}")).isVisible("branch")).isFalse();
            assertThat(Scorer.evaluate(q, List.of(), answers(q, "{}")).isVisible("branch")).isFalse();
        }
    }

    // --- recommendations --------------------------------------------------------------------------

    @Test
    void recommendations_are_ordered_by_priority_then_by_rounded_dimension_score_unassessed_last_then_file_order() {
        Questionnaire q = load("""
                dimensions:
                  - {id: strategy, title: S, questions: [{id: plan, type: single, text: P, options: [{id: none, label: N}, {id: partly, label: P}, {id: done, label: D}]}]}
                  - {id: data, title: D, questions: [{id: backups, type: single, text: B, options: [{id: none, label: N}, {id: daily, label: D}]}]}
                  - {id: people, title: P, questions: [{id: training, type: single, text: T, options: [{id: none, label: N}, {id: all, label: A}]}]}
                recommendations:
                  - {id: r-late, dimension: strategy, priority: 2, horizon: year, title: T}
                  - {id: r-people, dimension: people, priority: 1, horizon: months, title: T}
                  - {id: r-strategy-1, dimension: strategy, priority: 1, horizon: quick-win, title: T}
                  - {id: r-data, dimension: data, priority: 1, horizon: quick-win, title: T, when: {answer: backups, is: none}}
                  - {id: r-strategy-2, dimension: strategy, priority: 1, horizon: quick-win, title: T}
                  - {id: r-never, dimension: data, priority: 1, horizon: quick-win, title: T, when: {answer: backups, is: daily}}
                """);

        Result result = score(q, "{\"plan\": \"partly\", \"backups\": \"none\"}");

        // data 0.0, strategy 50.0, people unassessed
        assertThat(result.recommendations()).extracting("id", "dimension", "priority", "horizon").containsExactly(
                tuple("r-data", "data", 1, "quick-win"),
                tuple("r-strategy-1", "strategy", 1, "quick-win"),
                tuple("r-strategy-2", "strategy", 1, "quick-win"),
                tuple("r-people", "people", 1, "months"),
                tuple("r-late", "strategy", 2, "year"));
    }

    @Test
    void recommendations_of_dimensions_with_the_same_rounded_score_stay_in_file_order() {
        Questionnaire q = load("""
                dimensions:
                  - {id: a, title: A, questions: [{id: qa, type: single, text: A, max_points: 100, options: [{id: x, label: X, points: 0}, {id: y, label: Y, points: 50.04}]}]}
                  - {id: b, title: B, questions: [{id: qb, type: single, text: B, max_points: 100, options: [{id: x, label: X, points: 0}, {id: y, label: Y, points: 49.96}]}]}
                recommendations:
                  - {id: ra, dimension: a, priority: 1, horizon: year, title: T}
                  - {id: rb, dimension: b, priority: 1, horizon: year, title: T}
                """);

        Result result = score(q, "{\"qa\": \"y\", \"qb\": \"y\"}");

        // a = 50.04 and b = 49.96 both round to 50.0: a tie, so file order (b would come first unrounded)
        assertThat(result.recommendations()).extracting("id").containsExactly("ra", "rb");
    }

    @Test
    void a_recommendation_without_when_is_always_triggered() {
        Questionnaire q = load("""
                dimensions:
                  - {id: d, title: D, questions: [{id: q, type: text, text: T}]}
                recommendations:
                  - {id: always, dimension: d, priority: 3, horizon: year, title: T}
                """);

        assertThat(score(q, "{}").recommendations()).extracting("id").containsExactly("always");
    }

    // --- contacts ---------------------------------------------------------------------------------

    @Nested
    class Contacts {
        private static final String BODY = """
                contacts_limit: LIMIT
                profile:
                  - {id: size, type: single, text: Size, options: [{id: small, label: S}, {id: large, label: L}]}
                dimensions:
                  - {id: strategy, title: S, questions: [{id: plan, type: single, text: P, options: [{id: none, label: N}, {id: done, label: D}]}]}
                  - {id: data, title: D, questions: [{id: backups, type: single, text: B, options: [{id: none, label: N}, {id: daily, label: D}]}]}
                recommendations:
                  - {id: r-both, dimension: data, priority: 3, horizon: year, title: T, topics: [strategy, backup], when: {dimension: overall, below: 75}}
                  - {id: r-backup, dimension: data, priority: 2, horizon: months, title: T, topics: [backup], when: {answer: backups, is: none}}
                  - {id: r-strategy, dimension: strategy, priority: 1, horizon: quick-win, title: T, topics: [strategy], when: {answer: plan, is: none}}
                  - {id: r-funding, dimension: data, priority: 1, horizon: quick-win, title: T, topics: [funding], when: {answer: backups, is: daily}}
                """;
        private static final String CONTACTS = """
                contacts:
                  - {id: c-small, name: C, kind: chamber, topics: [strategy], when: {answer: size, is: small}}
                  - {id: c-backup, name: C, kind: programme, topics: [backup, it]}
                  - {id: c-funding, name: C, kind: agency, topics: [funding]}
                  - {id: c-all, name: C, kind: network, topics: [strategy, backup]}
                  - {id: c-backup-2, name: C, kind: network, topics: [backup]}
                """;

        private Result result(String limit, String answers) {
            Catalog catalog = Fixtures.catalog(dir.resolve("c" + fixtures++), HEADER + BODY.replace("LIMIT", limit), CONTACTS);
            Questionnaire q = catalog.find("check").orElseThrow();
            return Scorer.score(q, catalog.contacts(), Scoring.answers(q, answers));
        }

        @Test
        void contacts_are_matched_by_topic_and_ordered_by_relevance_with_ties_in_file_order() {
            Result result = result("5", "{\"size\": \"small\", \"plan\": \"none\", \"backups\": \"none\"}");

            // triggered in order: r-strategy (priority 1, relevance 3), r-backup (2, 2), r-both (3, 1)
            assertThat(result.recommendations()).extracting("id").containsExactly("r-strategy", "r-backup", "r-both");
            assertThat(result.contacts()).extracting("id", "relevance", "because").containsExactly(
                    tuple("c-all", 6, List.of("r-strategy", "r-backup", "r-both")),
                    tuple("c-small", 4, List.of("r-strategy", "r-both")),
                    tuple("c-backup", 3, List.of("r-backup", "r-both")),
                    tuple("c-backup-2", 3, List.of("r-backup", "r-both")));
        }

        @Test
        void a_contact_whose_condition_does_not_hold_is_not_matched() {
            Result large = result("5", "{\"size\": \"large\", \"plan\": \"none\", \"backups\": \"none\"}");
            Result unanswered = result("5", "{\"plan\": \"none\", \"backups\": \"none\"}");

            assertThat(large.contacts()).extracting("id").containsExactly("c-all", "c-backup", "c-backup-2");
            assertThat(unanswered.contacts()).extracting("id").containsExactly("c-all", "c-backup", "c-backup-2");
        }

        @Test
        void equal_relevance_keeps_file_order_and_because_follows_the_recommendation_order() {
            Result result = result("5", "{\"size\": \"small\", \"plan\": \"none\", \"backups\": \"daily\"}");

            // strategy 0.0, data 100.0, overall 50.0: r-strategy and r-funding (priority 1, strategy first), r-both
            assertThat(result.recommendations()).extracting("id").containsExactly("r-strategy", "r-funding", "r-both");
            assertThat(result.contacts()).extracting("id", "relevance", "because").containsExactly(
                    tuple("c-small", 4, List.of("r-strategy", "r-both")),
                    tuple("c-all", 4, List.of("r-strategy", "r-both")),
                    tuple("c-funding", 3, List.of("r-funding")),
                    tuple("c-backup", 1, List.of("r-both")),
                    tuple("c-backup-2", 1, List.of("r-both")));
        }

        @Test
        void only_the_first_contacts_limit_are_reported() {
            String answers = "{\"size\": \"small\", \"plan\": \"none\", \"backups\": \"none\"}";

            assertThat(result("2", answers).contacts()).extracting("id").containsExactly("c-all", "c-small");
            assertThat(result("0", answers).contacts()).isEmpty();
        }

        @Test
        void without_triggered_recommendations_no_contact_matches() {
            Result result = result("5", "{\"size\": \"small\", \"plan\": \"done\", \"backups\": \"daily\"}");

            // overall 100.0: only r-funding is triggered
            assertThat(result.recommendations()).extracting("id").containsExactly("r-funding");
            assertThat(result.contacts()).extracting("id").containsExactly("c-funding");
            assertThat(result("5", "{\"size\": \"small\"}").contacts()).isEmpty();
        }
    }

    // --- don't know ---------------------------------------------------------------------------------

    @Nested
    class DontKnow {
        private final String withUnknown = """
                type: single
                options:
                  - {id: a, label: A}
                  - {id: x, label: Don't know, unknown: true}
                  - {id: b, label: B}
                  - {id: c, label: C}
                """;

        @Test
        void an_unknown_option_is_skipped_when_points_are_counted_out_and_has_0_points() {
            Questionnaire q = oneQuestion(withUnknown);

            assertThat(q.question("q").orElseThrow().options()).extracting(o -> o.points()).containsExactly(0.0, 0.0, 1.0, 2.0);
            assertThat(q.question("q").orElseThrow().maxPoints()).isEqualTo(2.0);
            assertThat(scoreOf(score(q, "{\"q\": \"b\"}"), "d")).isEqualTo("50.0");
        }

        @Test
        void a_dont_know_answer_counts_with_0_points_unlike_does_not_apply() {
            Questionnaire q = load("""
                    dimensions:
                      - id: d
                        title: D
                        questions:
                          - {id: good, type: single, text: G, options: [{id: no, label: N}, {id: yes, label: Y}]}
                          - id: backup
                            type: single
                            text: B
                            options:
                              - {id: none, label: N}
                              - {id: daily, label: D}
                              - {id: dunno, label: Don't know, unknown: true}
                              - {id: na, label: Does not apply, na: true}
                    """);

            // good 100, backup "don't know" 0: (100 + 0) / 2 = 50.0, both count
            Result unknown = score(q, "{\"good\": \"yes\", \"backup\": \"dunno\"}");
            assertThat(unknown.dimensions()).extracting("score", "counted").containsExactly(tuple(new java.math.BigDecimal("50.0"), 2));
            assertThat(unknown.unknown()).containsExactly("backup");
            // "does not apply" leaves the question out: 100 / 1
            Result na = score(q, "{\"good\": \"yes\", \"backup\": \"na\"}");
            assertThat(na.dimensions()).extracting("score", "counted").containsExactly(tuple(new java.math.BigDecimal("100.0"), 1));
            assertThat(na.unknown()).isEmpty();
        }

        @Test
        void a_dont_know_option_of_a_multi_question_stands_alone_and_scores_0() {
            Questionnaire q = oneQuestion("""
                    type: multi
                    options:
                      - {id: a, label: A}
                      - {id: b, label: B}
                      - {id: x, label: Don't know, unknown: true}
                    """);

            Result result = score(q, "{\"q\": [\"x\"]}");
            assertThat(result.dimensions()).extracting("score", "counted").containsExactly(tuple(new java.math.BigDecimal("0.0"), 1));
            assertThat(result.unknown()).containsExactly("q");
            AnswerParser.Parsed combined = AnswerParser.parse(q, json("{\"q\": [\"x\", \"a\"]}"));
            assertThat(combined.problems()).extracting(AnswerProblem::toString)
                    .containsExactly("answers.q (option 'x'): this option cannot be combined with other options");
        }

        @Test
        void unknown_lists_only_visible_questions_in_file_order() {
            Questionnaire q = load("""
                    profile:
                      - {id: size, type: single, text: S, options: [{id: small, label: S}, {id: large, label: L}, {id: dunno, label: DK, unknown: true}]}
                    dimensions:
                      - id: d
                        title: D
                        questions:
                          - {id: first, type: single, text: F, options: [{id: no, label: N}, {id: yes, label: Y}, {id: dunno, label: DK, unknown: true}]}
                          - {id: hidden, type: single, text: H, show_if: {answer: first, is: yes}, options: [{id: no, label: N}, {id: yes, label: Y}, {id: dunno, label: DK, unknown: true}]}
                          - {id: last, type: single, text: L, options: [{id: no, label: N}, {id: yes, label: Y}, {id: dunno, label: DK, unknown: true}]}
                    """);

            Result result = score(q, "{\"last\": \"dunno\", \"hidden\": \"dunno\", \"first\": \"dunno\", \"size\": \"dunno\"}");

            assertThat(result.unknown()).containsExactly("size", "first", "last");
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return de.digitalezukunfthagen.digitalcheck.common.Json.mapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // --- caps ---------------------------------------------------------------------------------------

    @Nested
    class Caps {
        /*
         * security (weight 1): backup none 0 / manual 1 / auto 2, or don't know (0)
         * process (weight 1): proc a 0 / b 1 / c 2 / d 3
         * people (weight 2): train no 0 / yes 1
         */
        private static final String BODY = """
                dimensions:
                  - id: security
                    title: S
                    questions:
                      - {id: backup, type: single, text: B, options: [{id: none, label: N}, {id: manual, label: M}, {id: auto, label: A}, {id: dunno, label: DK, unknown: true}]}
                  - {id: process, title: P, questions: [{id: proc, type: single, text: P, options: [{id: a, label: A}, {id: b, label: B}, {id: c, label: C}, {id: d, label: D}]}]}
                  - {id: people, title: P, weight: 2, questions: [{id: train, type: single, text: T, options: [{id: no, label: N}, {id: yes, label: Y}]}]}
                recommendations:
                  - {id: r-beginner, dimension: security, priority: 1, horizon: quick-win, title: T, when: {dimension: overall, level: [beginner]}}
                  - {id: r-security-explorer, dimension: security, priority: 1, horizon: quick-win, title: T, when: {dimension: security, level: [explorer]}}
                caps:
                  - {id: no-backup, when: {answer: backup, in: [none, dunno]}, level_at_most: beginner, reason: No backup}
                  - {id: manual-backup, dimension: security, when: {answer: backup, is: manual}, level_at_most: explorer, reason: Manual}
                  - {id: low-process, when: {dimension: process, below: 50}, level_at_most: explorer, reason: Low process}
                  - {id: untrained, dimension: process, when: {answer: train, is: no}, level_at_most: beginner, reason: Untrained}
                """;

        private Result result(String answers) {
            return score(load(BODY), answers);
        }

        @Test
        void without_a_holding_cap_levels_follow_the_scores_and_capped_by_is_empty() {
            Result result = result("{\"backup\": \"auto\", \"proc\": \"d\", \"train\": \"yes\"}");

            assertThat(result.overall()).isEqualTo(new Result.Score(new java.math.BigDecimal("100.0"), "leader", List.of()));
            assertThat(result.dimensions()).extracting("level", "cappedBy").containsOnly(tuple("leader", List.of()));
            assertThat(result.recommendations()).isEmpty();
        }

        @Test
        void an_overall_cap_lowers_the_level_but_keeps_the_score_and_recommendations_see_the_capped_level() {
            // security 0, process 100, people 100: (0 + 100 + 2 * 100) / 4 = 75.0, leader by score
            Result result = result("{\"backup\": \"none\", \"proc\": \"d\", \"train\": \"yes\"}");

            assertThat(result.overall()).isEqualTo(new Result.Score(new java.math.BigDecimal("75.0"), "beginner", List.of("no-backup")));
            assertThat(result.dimension("security")).extracting("score", "level", "cappedBy")
                    .containsExactly(new java.math.BigDecimal("0.0"), "beginner", List.of());
            assertThat(result.recommendations()).extracting("id").containsExactly("r-beginner");
        }

        @Test
        void a_dimension_cap_lowers_only_that_dimension() {
            // security 50.0 (advanced by score), process 100, people 100: overall (50 + 100 + 200) / 4 = 87.5
            Result result = result("{\"backup\": \"manual\", \"proc\": \"d\", \"train\": \"yes\"}");

            assertThat(result.dimension("security")).extracting("score", "level", "cappedBy")
                    .containsExactly(new java.math.BigDecimal("50.0"), "explorer", List.of("manual-backup"));
            assertThat(result.overall()).isEqualTo(new Result.Score(new java.math.BigDecimal("87.5"), "leader", List.of()));
            assertThat(result.recommendations()).extracting("id").containsExactly("r-security-explorer");
        }

        @Test
        void of_several_holding_caps_the_lowest_level_wins_and_all_below_are_named_in_file_order() {
            // security 0, process 33.3, people 100: (0 + 33.33 + 200) / 4 = 58.3, advanced by score
            Result result = result("{\"backup\": \"none\", \"proc\": \"b\", \"train\": \"yes\"}");

            assertThat(result.overall()).isEqualTo(
                    new Result.Score(new java.math.BigDecimal("58.3"), "beginner", List.of("no-backup", "low-process")));
        }

        @Test
        void capped_by_names_only_caps_below_the_level_the_score_gives() {
            // security 0 (don't know counts), process 33.3, people 0: 33.33 / 4 = 8.3, beginner by score;
            // no-backup (beginner) and low-process (explorer) hold but are not below it
            Result result = result("{\"backup\": \"dunno\", \"proc\": \"b\", \"train\": \"no\"}");

            assertThat(result.overall()).isEqualTo(new Result.Score(new java.math.BigDecimal("8.3"), "beginner", List.of()));
            assertThat(result.unknown()).containsExactly("backup");
        }

        @Test
        void a_cap_on_a_dimension_without_a_score_does_nothing() {
            Result unassessed = result("{\"train\": \"no\"}");
            Result assessed = result("{\"train\": \"no\", \"proc\": \"d\"}");

            assertThat(unassessed.dimension("process")).extracting("score", "level", "cappedBy").containsExactly(null, null, List.of());
            assertThat(assessed.dimension("process")).extracting("score", "level", "cappedBy")
                    .containsExactly(new java.math.BigDecimal("100.0"), "beginner", List.of("untrained"));
        }
    }

    // --- the 90-day plan ------------------------------------------------------------------------------

    @Nested
    class Plan {
        private static final String BODY = """
                dimensions:
                  - {id: a, title: A, questions: [{id: qa, type: text, text: A}]}
                  - {id: b, title: B, questions: [{id: qb, type: text, text: B}]}
                  - {id: c, title: C, questions: [{id: qc, type: text, text: C}]}
                recommendations:
                  - {id: r1, dimension: a, priority: 1, horizon: quick-win, title: T}
                  - {id: r2, dimension: a, priority: 1, horizon: months, title: T}
                  - {id: r3, dimension: a, priority: 1, horizon: quick-win, title: T}
                  - {id: r4, dimension: b, priority: 1, horizon: year, title: T}
                  - {id: r5, dimension: b, priority: 2, horizon: quick-win, title: T}
                  - {id: r6, dimension: c, priority: 2, horizon: months, title: T}
                  - {id: r7, dimension: c, priority: 3, horizon: quick-win, title: T}
                  - {id: r8, dimension: b, priority: 3, horizon: months, title: T}
                  - {id: r9, dimension: c, priority: 3, horizon: quick-win, title: T}
                """;

        private List<String> plan(String keys) {
            return score(load(keys + BODY), "{}").plan();
        }

        @Test
        void the_plan_walks_the_recommendations_skips_year_and_takes_two_per_dimension_by_default() {
            // r3: a has two already; r4: year; r9: c has two already
            assertThat(plan("")).containsExactly("r1", "r2", "r5", "r6", "r7", "r8");
        }

        @Test
        void the_plan_stops_at_plan_size() {
            assertThat(plan("plan_size: 3\n")).containsExactly("r1", "r2", "r5");
        }

        @Test
        void plan_per_dimension_limits_the_steps_of_one_dimension() {
            assertThat(plan("plan_per_dimension: 1\n")).containsExactly("r1", "r5", "r6");
            assertThat(plan("plan_per_dimension: 3\nplan_size: 5\n")).containsExactly("r1", "r2", "r3", "r5", "r6");
        }

        @Test
        void the_default_plan_size_is_7() {
            assertThat(plan("plan_per_dimension: 9\n")).containsExactly("r1", "r2", "r3", "r5", "r6", "r7", "r8");
        }
    }

    // --- firms apart from the neutral contacts --------------------------------------------------------

    @Nested
    class Companies {
        private static final String BODY = """
                profile:
                  - {id: size, type: single, text: Size, options: [{id: small, label: S}, {id: large, label: L}]}
                dimensions:
                  - {id: d, title: D, questions: [{id: q, type: text, text: Q}]}
                recommendations:
                  - {id: r-web, dimension: d, priority: 3, horizon: months, title: T, topics: [web]}
                  - {id: r-backup, dimension: d, priority: 1, horizon: quick-win, title: T, topics: [backup]}
                """;
        private static final String CONTACTS = """
                contacts:
                  - {id: z-firm, name: Z, kind: company, topics: [web], verified: true}
                  - {id: a-firm, name: A, kind: company, topics: [web, backup], verified: true}
                  - {id: m-firm, name: M, kind: company, topics: [web, backup]}
                  - {id: chamber, name: C, kind: chamber, topics: [web]}
                  - {id: b-firm, name: B, kind: company, topics: [backup], verified: true, when: {answer: size, is: large}}
                  - {id: agency, name: A, kind: agency, topics: [funding]}
                """;

        private Result result(String keys, String answers) {
            Catalog catalog = Fixtures.catalog(dir.resolve("f" + fixtures++), HEADER + keys + BODY, CONTACTS);
            Questionnaire q = catalog.find("check").orElseThrow();
            return Scorer.score(q, catalog.contacts(), Scoring.answers(q, answers));
        }

        @Test
        void firms_are_never_contacts_and_contacts_limit_counts_only_the_others() {
            // a-firm would be the most relevant (4 - 1 + 4 - 3 = 4 against the chamber's 1) if it were ranked
            Result result = result("contacts_limit: 1\n", "{\"size\": \"small\"}");

            assertThat(result.contacts()).extracting("id", "relevance", "because").containsExactly(tuple("chamber", 1, List.of("r-web")));
        }

        @Test
        void verified_matching_firms_are_listed_by_id_with_the_recommendations_that_brought_them_in() {
            Result small = result("", "{\"size\": \"small\"}");
            Result large = result("", "{\"size\": \"large\"}");

            // m-firm is not verified; b-firm's condition holds only for large firms
            assertThat(small.companies()).extracting("id", "because").containsExactly(
                    tuple("a-firm", List.of("r-backup", "r-web")),
                    tuple("z-firm", List.of("r-web")));
            assertThat(large.companies()).extracting("id").containsExactly("a-firm", "b-firm", "z-firm");
        }

        @Test
        void companies_limit_cuts_the_list_and_0_lists_none() {
            assertThat(result("companies_limit: 1\n", "{\"size\": \"large\"}").companies()).extracting("id").containsExactly("a-firm");
            assertThat(result("companies_limit: 0\n", "{\"size\": \"large\"}").companies()).isEmpty();
        }

        @Test
        void the_default_companies_limit_is_3() {
            String fourFirms = CONTACTS + "  - {id: c-firm, name: C, kind: company, topics: [web], verified: true}\n";
            Catalog catalog = Fixtures.catalog(dir.resolve("f" + fixtures++), HEADER + BODY, fourFirms);
            Questionnaire q = catalog.find("check").orElseThrow();

            Result result = Scorer.score(q, catalog.contacts(), Scoring.answers(q, "{\"size\": \"large\"}"));

            assertThat(result.companies()).extracting("id").containsExactly("a-firm", "b-firm", "c-firm");
        }
    }
}
