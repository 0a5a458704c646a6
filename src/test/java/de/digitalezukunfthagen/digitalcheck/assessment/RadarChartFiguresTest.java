package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The chart writes its coordinates as String.format's "%.1f" did, only without a format string per figure. */
class RadarChartFiguresTest {

    @Property(tries = 5000)
    void a_coordinate_is_written_as_string_format_writes_it(@ForAll @DoubleRange(min = -1000, max = 1000) double d) {
        assertThat(RadarChart.f(d)).isEqualTo(String.format(Locale.ROOT, "%.1f", d));
    }

    @Property(tries = 5000)
    void a_coordinate_with_two_decimals_is_rounded_as_string_format_rounds_it(
            @ForAll @net.jqwik.api.constraints.IntRange(min = -100_000, max = 100_000) int hundredths) {
        double d = hundredths / 100.0;
        assertThat(RadarChart.f(d)).isEqualTo(String.format(Locale.ROOT, "%.1f", d));
    }

    @Example
    void halves_negative_zero_and_tiny_negatives_are_written_alike() {
        for (double d : new double[] {0.05, 0.15, 0.25, 1.45, 2.5, -0.0, 0.0, -0.04, -0.05, 1e-7, -1e-7, 179.95, 1e7, 105.0 / 3}) {
            assertThat(RadarChart.f(d)).as("%s", d).isEqualTo(String.format(Locale.ROOT, "%.1f", d));
        }
    }
}
