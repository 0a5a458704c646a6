package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats de = new Formats("de");
    private final Formats en = new Formats("en");

    @Test
    void scores_keep_exactly_the_decimals_of_the_engine() {
        assertThat(de.decimal(new BigDecimal("54.2"))).isEqualTo("54,2");
        assertThat(en.decimal(new BigDecimal("54.2"))).isEqualTo("54.2");
        assertThat(de.decimal(new BigDecimal("100.0"))).isEqualTo("100,0");
        assertThat(de.decimal(new BigDecimal("0.0"))).isEqualTo("0,0");
        assertThat(de.decimal(new BigDecimal("44.45"))).as("never rounded again").isEqualTo("44,45");
    }

    @Test
    void numbers_of_answers_are_grouped_as_the_reader_expects() {
        assertThat(de.decimal(new BigDecimal("1250"))).isEqualTo("1.250");
        assertThat(en.decimal(new BigDecimal("1250"))).isEqualTo("1,250");
        assertThat(de.decimal(new BigDecimal("2.5"))).isEqualTo("2,5");
        assertThat(de.decimal(25.0)).isEqualTo("25");
        assertThat(de.decimal(1.5)).isEqualTo("1,5");
    }

    @Test
    void dates_are_written_out() {
        assertThat(de.date(LocalDate.of(2026, 3, 5))).isEqualTo("5. März 2026");
        assertThat(en.date(LocalDate.of(2026, 3, 5))).isEqualTo("5 March 2026");
    }

    @Test
    void unknown_languages_have_no_texts() {
        assertThatThrownBy(() -> Messages.of("fr")).isInstanceOf(IllegalArgumentException.class);
    }
}
