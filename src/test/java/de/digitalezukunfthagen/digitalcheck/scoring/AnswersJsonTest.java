package de.digitalezukunfthagen.digitalcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answers document of the contract: which questionnaire and version, and the answers. */
class AnswersJsonTest {

    @TempDir
    Path dir;

    Catalog catalog;

    @BeforeEach
    void load() {
        catalog = Fixtures.catalog(dir, AnswerParserTest.QUESTIONNAIRE, null);
    }

    private AnswersJson.Document read(String json) throws Exception {
        return AnswersJson.read(catalog, Json.mapper().readTree(json));
    }

    private static String messages(AnswersJson.Document document) {
        return String.join("\n", document.problems().stream().map(AnswerProblem::toString).toList());
    }

    @Test
    void a_document_of_the_contract_is_read() throws Exception {
        AnswersJson.Document document = read("""
                {"questionnaire": "check", "version": 1, "answers": {"size": "small", "tools": ["erp"], "employees": 12}}
                """);

        assertThat(document.problems()).isEmpty();
        assertThat(document.questionnaire().id()).isEqualTo("check");
        assertThat(document.answers().values()).containsOnlyKeys("size", "tools", "employees");
    }

    @Test
    void the_version_may_be_left_out() throws Exception {
        AnswersJson.Document document = read("{\"questionnaire\": \"check\", \"answers\": {\"size\": \"small\"}}");

        assertThat(document.valid()).isTrue();
        assertThat(document.questionnaire().version()).isEqualTo(1);
    }

    @Test
    void an_unknown_questionnaire_is_rejected() throws Exception {
        AnswersJson.Document document = read("{\"questionnaire\": \"digital-check\", \"answers\": {}}");

        assertThat(document.valid()).isFalse();
        assertThat(messages(document)).isEqualTo("questionnaire 'digital-check' does not exist (known: check)");
    }

    @Test
    void an_unknown_version_is_rejected() throws Exception {
        AnswersJson.Document document = read("{\"questionnaire\": \"check\", \"version\": 2, \"answers\": {}}");

        assertThat(document.valid()).isFalse();
        assertThat(messages(document)).isEqualTo("questionnaire 'check' has no version 2 (the current version is 1)");
    }

    @Test
    void a_version_that_overflows_an_int_is_not_mistaken_for_the_current_one() throws Exception {
        // 2^32 + 1 is 1 when cut to an int
        AnswersJson.Document document = read("{\"questionnaire\": \"check\", \"version\": 4294967297, \"answers\": {}}");

        assertThat(messages(document)).isEqualTo("questionnaire 'check' has no version 4294967297 (the current version is 1)");
    }

    @Test
    void a_version_that_is_not_a_whole_number_is_rejected() throws Exception {
        assertThat(messages(read("{\"questionnaire\": \"check\", \"version\": \"1\", \"answers\": {}}")))
                .isEqualTo("\"version\" must be a whole number");
        assertThat(messages(read("{\"questionnaire\": \"check\", \"version\": 1.5, \"answers\": {}}")))
                .isEqualTo("\"version\" must be a whole number");
    }

    @Test
    void a_missing_questionnaire_id_is_rejected() throws Exception {
        assertThat(read("{\"answers\": {}}").valid()).isFalse();
        assertThat(read("{\"questionnaire\": 7, \"answers\": {}}").valid()).isFalse();
    }

    @Test
    void a_document_that_is_not_an_object_is_rejected() throws Exception {
        assertThat(read("[]").valid()).isFalse();
        assertThat(read("\"check\"").valid()).isFalse();
    }

    @Test
    void an_unknown_top_level_key_is_rejected_so_a_typo_cannot_empty_the_answers() throws Exception {
        AnswersJson.Document document = read("{\"questionnaire\": \"check\", \"answer\": {\"size\": \"small\"}}");

        assertThat(document.valid()).isFalse();
        assertThat(messages(document)).startsWith("unknown key \"answer\"");
    }

    @Test
    void a_version_problem_and_every_answer_problem_are_reported_together() throws Exception {
        AnswersJson.Document document = read("""
                {"questionnaire": "check", "version": 3, "answers": {"size": "huge", "employees": 0}}
                """);

        assertThat(document.problems()).extracting(AnswerProblem::toString).containsExactly(
                "questionnaire 'check' has no version 3 (the current version is 1)",
                "answers.size (option 'huge'): unknown option (options: small, large)",
                "answers.employees: the number 0 is below the minimum 1");
        assertThat(document.answers().values()).as("nothing of a rejected set is kept").isEmpty();
    }

    @Test
    void answers_written_as_json_read_back_the_same() throws Exception {
        AnswersJson.Document first = read("""
                {"questionnaire": "check", "answers": {"size": "large", "tools": ["crm", "erp"], "employees": 2.5, "notes": "ä ö ü"}}
                """);

        JsonNode written = AnswersJson.toJson(first.answers());
        AnswersJson.Document again = read("{\"questionnaire\": \"check\", \"answers\": " + written + "}");

        assertThat(again.answers()).isEqualTo(first.answers());
        assertThat(written.get("employees").decimalValue()).isEqualByComparingTo("2.5");
    }
}
