package de.digitalezukunfthagen.digitalcheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts are a plain string in the default language or a map of languages; a missing translation falls back. */
class TextTest {

    @TempDir
    Path dir;

    @Test
    void a_missing_translation_falls_back_to_the_default_language() {
        Questionnaire q = Fixtures.questionnaire(dir, ValidationTest.VALID);

        assertThat(q.title().in("en")).isEqualTo("Check");
        Question plan = q.question("plan").orElseThrow();
        assertThat(plan.text().in("de")).isEqualTo("Plan?");
        assertThat(plan.text().in("en")).isEqualTo("Plan?");
        assertThat(plan.text().in("fr")).isEqualTo("Plan?");
        assertThat(plan.text().in(null)).isEqualTo("Plan?");
    }

    @Test
    void a_translation_is_used_when_there_is_one() {
        Questionnaire q = Fixtures.questionnaire(dir, ValidationTest.VALID.replace("title: {de: Check, en: Check}",
                "title: {de: Digital-Check Hagen, en: Digital Check Hagen}"));

        assertThat(q.title().in("de")).isEqualTo("Digital-Check Hagen");
        assertThat(q.title().in("en")).isEqualTo("Digital Check Hagen");
        assertThat(q.title().in("it")).isEqualTo("Digital-Check Hagen");
    }

    @Test
    void a_plain_string_is_in_the_questionnaires_default_language() {
        Questionnaire q = Fixtures.questionnaire(dir, ValidationTest.VALID.replace("language: de", "language: en")
                .replace("title: {de: Check, en: Check}", "title: Check"));

        assertThat(q.title().hasLanguage("en")).isTrue();
        assertThat(q.title().hasLanguage("de")).isFalse();
        assertThat(q.title().in("de")).isEqualTo("Check");
    }
}
