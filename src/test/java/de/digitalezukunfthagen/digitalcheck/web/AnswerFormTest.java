package de.digitalezukunfthagen.digitalcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerFormTest {
    private final Messages messages = new Messages();

    @Test
    void numbers_are_read_as_people_type_them() {
        assertThat(AnswerForm.parseNumber("12", Language.DE)).isEqualByComparingTo("12");
        assertThat(AnswerForm.parseNumber(" 2,5 ", Language.DE)).isEqualByComparingTo("2.5");
        assertThat(AnswerForm.parseNumber("2.5", Language.DE)).isEqualByComparingTo("2.5");
        assertThat(AnswerForm.parseNumber("2,5", Language.EN)).isEqualByComparingTo("2.5");
        assertThat(AnswerForm.parseNumber("-3", Language.EN)).isEqualByComparingTo("-3");
        assertThat(AnswerForm.parseNumber("1.000", Language.DE)).isNull();
        assertThat(AnswerForm.parseNumber("1,000", Language.EN)).isNull();
        assertThat(AnswerForm.parseNumber("12 Personen", Language.DE)).isNull();
        assertThat(AnswerForm.parseNumber("", Language.DE)).isNull();
    }

    @Test
    void numbers_are_shown_in_the_readers_format() {
        assertThat(AnswerForm.formatNumber(new BigDecimal("2.5"), Language.DE)).isEqualTo("2,5");
        assertThat(AnswerForm.formatNumber(new BigDecimal("2.5"), Language.EN)).isEqualTo("2.5");
        assertThat(AnswerForm.formatNumber(new BigDecimal("1200"), Language.DE)).isEqualTo("1200");
    }

    @Test
    void a_form_becomes_checked_changes_and_an_empty_field_removes_an_answer() {
        Questionnaire q = TestApp.fixtures().find("quick-check").orElseThrow();
        AnswerForm.Read read = AnswerForm.read(Map.of("q.industry", List.of("crafts"), "q.employees", List.of("2,5")),
                q, q.profile(), messages, Language.DE);
        assertThat(read.valid()).isTrue();
        assertThat(read.changes().get("industry")).isEqualTo(new Answer.Choice("crafts"));
        assertThat(read.changes().get("employees")).isEqualTo(new Answer.Num(new BigDecimal("2.5")));

        AnswerForm.Read empty = AnswerForm.read(Map.of(), q, q.profile(), messages, Language.EN);
        assertThat(empty.changes()).containsEntry("industry", null).containsEntry("employees", null);
    }

    @Test
    void problems_come_back_as_messages_in_the_readers_language() {
        Questionnaire q = TestApp.fixtures().find("quick-check").orElseThrow();
        AnswerForm.Read read = AnswerForm.read(Map.of("q.industry", List.of("bakery"), "q.employees", List.of("300")),
                q, q.profile(), messages, Language.EN);
        assertThat(read.valid()).isFalse();
        assertThat(read.changes()).isEmpty();
        assertThat(read.errors()).containsEntry("industry", "Please choose one of the answers offered.")
                .containsEntry("employees", "Please enter a number from 1 to 200.");
        assertThat(read.values().get("employees")).containsExactly("300");
    }
}
