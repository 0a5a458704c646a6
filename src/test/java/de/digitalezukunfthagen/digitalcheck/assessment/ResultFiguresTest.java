package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A figure of the result page reads as the locale's NumberFormat writes it, in both languages. */
class ResultFiguresTest {
    private static final Messages MESSAGES = new Messages();

    @Property(tries = 3000)
    void a_figure_is_written_as_the_number_format_of_the_language_writes_it(
            @ForAll @IntRange(min = -20_000, max = 20_000) int unscaled, @ForAll @IntRange(min = 0, max = 3) int scale,
            @ForAll Language language) {
        BigDecimal score = BigDecimal.valueOf(unscaled, scale);
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(score.scale());
        format.setMaximumFractionDigits(score.scale());

        assertThat(ResultView.figure(score, language, MESSAGES)).isEqualTo(format.format(score));
    }
}
