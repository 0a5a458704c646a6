package de.digitalezukunfthagen.digitalcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Scorer.round computes in whole billionths where that is safe, and gives what rounding the exact value gives. */
class RoundingPropertiesTest {

    @Property(tries = 10000)
    void any_value_rounds_as_its_exact_binary_value_does(@ForAll @DoubleRange(min = -2000, max = 2000) double value) {
        assertThat(Scorer.round(value)).isEqualTo(Scorer.roundExactly(value));
    }

    @Property(tries = 10000)
    void values_at_and_next_to_the_rounding_points_round_as_their_exact_value_does(
            @ForAll @IntRange(min = -20_000, max = 20_000) int twentieths, @ForAll @IntRange(min = -3, max = 3) int ulps) {
        double value = twentieths / 20.0;
        for (int i = 0; i < Math.abs(ulps); i++) {
            value = ulps > 0 ? Math.nextUp(value) : Math.nextDown(value);
        }
        assertThat(Scorer.round(value)).isEqualTo(Scorer.roundExactly(value));
        double noisy = twentieths / 20.0 + ulps * 1e-10;
        assertThat(Scorer.round(noisy)).isEqualTo(Scorer.roundExactly(noisy));
        double halfBillionth = twentieths / 20.0 + 0.5e-9 + ulps * 1e-13;
        assertThat(Scorer.round(halfBillionth)).isEqualTo(Scorer.roundExactly(halfBillionth));
    }

    @Property(tries = 5000)
    void scores_of_the_contract_round_as_their_exact_value_does(
            @ForAll @IntRange(min = 0, max = 60) int points, @ForAll @IntRange(min = 1, max = 60) int max,
            @ForAll @IntRange(min = 1, max = 7) int weight) {
        double score = 100.0 * points / max;
        assertThat(Scorer.round(score)).isEqualTo(Scorer.roundExactly(score));
        assertThat(Scorer.round(score * weight / (weight + 1.0))).isEqualTo(Scorer.roundExactly(score * weight / (weight + 1.0)));
    }

    @Example
    void float_noise_below_a_billionth_is_dropped_and_halves_round_up() {
        assertThat(Scorer.round(44.45 - 1e-12)).hasToString("44.5");
        assertThat(Scorer.round(44.45 - 1e-8)).hasToString("44.4");
        assertThat(Scorer.round(0.05)).hasToString("0.1");
        assertThat(Scorer.round(-0.05)).hasToString("-0.1");
        assertThat(Scorer.round(-0.0)).hasToString("0.0");
        assertThat(Scorer.round(100.0)).hasToString("100.0");
        assertThat(Scorer.round(1e6 + 0.05)).isEqualTo(Scorer.roundExactly(1e6 + 0.05));
    }
}
