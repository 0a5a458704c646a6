package de.digitalezukunfthagen.digitalcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Fixtures;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers are checked against their questionnaire and accepted or rejected whole, naming every problem. */
class AnswerParserTest {

    static final String QUESTIONNAIRE = Scoring.HEADER + """
            profile:
              - {id: size, type: single, text: Size, options: [{id: small, label: Small}, {id: large, label: Large}]}
              - id: tools
                type: multi
                text: Tools
                options:
                  - {id: erp, label: ERP}
                  - {id: crm, label: CRM}
                  - {id: nothing, label: None of these, exclusive: true}
                  - {id: unknown, label: Don't know, na: true}
              - {id: employees, type: number, text: Employees, min: 1, max: 200}
              - {id: notes, type: text, text: Notes}
            dimensions:
              - id: strategy
                title: Strategy
                questions:
                  - {id: plan, type: single, text: Plan, options: [{id: none, label: None}, {id: some, label: Some}]}
            """;

    @TempDir
    Path dir;

    Questionnaire q;

    @BeforeEach
    void load() {
        q = Fixtures.questionnaire(dir, QUESTIONNAIRE);
    }

    private AnswerParser.Parsed parse(String json) throws Exception {
        return AnswerParser.parse(q, Json.mapper().readTree(json));
    }

    /** The problems as (question, option) pairs. */
    private List<AnswerProblem> problems(String json) throws Exception {
        AnswerParser.Parsed parsed = parse(json);
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.changes()).as("nothing of a rejected set is kept").isEmpty();
        return parsed.problems();
    }

    @Test
    void valid_answers_of_every_type_are_accepted_as_given() throws Exception {
        AnswerParser.Parsed parsed = parse("""
                {"size": "small", "tools": ["crm", "erp"], "employees": 12, "notes": "free text", "plan": "some"}
                """);

        assertThat(parsed.problems()).isEmpty();
        Answers answers = parsed.answers();
        assertThat(answers.get("size")).isEqualTo(new Answer.Choice("small"));
        assertThat(answers.get("tools")).isEqualTo(new Answer.Choices(List.of("crm", "erp")));
        assertThat(answers.get("employees")).isEqualTo(new Answer.Num(new BigDecimal("12")));
        assertThat(answers.get("notes")).isEqualTo(new Answer.FreeText("free text"));
        assertThat(answers.get("plan")).isEqualTo(new Answer.Choice("some"));
    }

    @Test
    void a_fraction_is_kept_as_written() throws Exception {
        Answer answer = parse("{\"employees\": 2.50}").answers().get("employees");

        assertThat(((Answer.Num) answer).value()).isEqualByComparingTo("2.5");
    }

    @Test
    void no_answers_at_all_is_a_valid_empty_set() throws Exception {
        assertThat(parse("{}").answers().values()).isEmpty();
        assertThat(AnswerParser.parse(q, null).valid()).isTrue();
    }

    @Test
    void an_unknown_question_is_rejected_with_its_id() throws Exception {
        assertThat(problems("{\"size\": \"small\", \"ghost\": \"x\"}"))
                .extracting("question", "option").containsExactly(tuple("ghost", null));
    }

    @Test
    void an_unknown_option_of_a_single_question_is_rejected_naming_question_and_option() throws Exception {
        List<AnswerProblem> problems = problems("{\"size\": \"huge\"}");

        assertThat(problems).extracting("question", "option").containsExactly(tuple("size", "huge"));
        assertThat(problems.get(0)).hasToString("answers.size (option 'huge'): unknown option (options: small, large)");
    }

    @Test
    void an_unknown_option_of_a_multi_question_is_rejected_naming_question_and_option() throws Exception {
        assertThat(problems("{\"tools\": [\"erp\", \"shop\"]}"))
                .extracting("question", "option").containsExactly(tuple("tools", "shop"));
    }

    @Test
    void a_single_answer_that_is_not_a_string_is_a_wrong_type() throws Exception {
        for (String wrong : List.of("1", "true", "[\"small\"]", "{\"id\": \"small\"}")) {
            assertThat(problems("{\"size\": " + wrong + "}")).as(wrong).singleElement().satisfies(p -> {
                assertThat(p.question()).isEqualTo("size");
                assertThat(p.message()).startsWith("a single-choice answer must be one option id as a string");
            });
        }
    }

    @Test
    void a_multi_answer_that_is_not_an_array_is_a_wrong_type() throws Exception {
        assertThat(problems("{\"tools\": \"erp\"}")).singleElement().satisfies(p -> {
            assertThat(p.question()).isEqualTo("tools");
            assertThat(p.message()).startsWith("a multiple-choice answer must be a non-empty array of option ids");
        });
    }

    @Test
    void a_multi_answer_with_an_entry_that_is_not_a_string_is_a_wrong_type() throws Exception {
        assertThat(problems("{\"tools\": [\"erp\", 2]}")).extracting("question").containsExactly("tools");
    }

    @Test
    void an_empty_multi_answer_is_rejected() throws Exception {
        assertThat(problems("{\"tools\": []}")).singleElement().satisfies(p -> {
            assertThat(p.question()).isEqualTo("tools");
            assertThat(p.message()).contains("non-empty array");
        });
    }

    @Test
    void an_option_chosen_twice_is_rejected() throws Exception {
        assertThat(problems("{\"tools\": [\"erp\", \"crm\", \"erp\"]}")).singleElement().satisfies(p -> {
            assertThat(p).extracting("question", "option").containsExactly("tools", "erp");
            assertThat(p.message()).isEqualTo("the option is chosen twice");
        });
    }

    @Test
    void an_exclusive_option_combined_with_another_is_rejected() throws Exception {
        assertThat(problems("{\"tools\": [\"erp\", \"nothing\"]}")).singleElement().satisfies(p -> {
            assertThat(p).extracting("question", "option").containsExactly("tools", "nothing");
            assertThat(p.message()).isEqualTo("this option cannot be combined with other options");
        });
    }

    @Test
    void an_na_option_combined_with_another_is_rejected() throws Exception {
        assertThat(problems("{\"tools\": [\"unknown\", \"crm\"]}"))
                .extracting("question", "option").containsExactly(tuple("tools", "unknown"));
    }

    @Test
    void an_exclusive_option_combined_with_an_unknown_one_is_reported_for_both() throws Exception {
        assertThat(problems("{\"tools\": [\"nothing\", \"shop\"]}"))
                .extracting("question", "option").containsExactly(tuple("tools", "shop"), tuple("tools", "nothing"));
    }

    @Test
    void an_exclusive_or_na_option_alone_is_accepted() throws Exception {
        assertThat(parse("{\"tools\": [\"nothing\"]}").valid()).isTrue();
        assertThat(parse("{\"tools\": [\"unknown\"]}").valid()).isTrue();
    }

    @Test
    void a_number_answer_that_is_not_a_json_number_is_a_wrong_type() throws Exception {
        for (String wrong : List.of("\"12\"", "true", "[12]")) {
            assertThat(problems("{\"employees\": " + wrong + "}")).as(wrong).singleElement().satisfies(p -> {
                assertThat(p.question()).isEqualTo("employees");
                assertThat(p.message()).startsWith("the answer must be a number");
            });
        }
    }

    @Test
    void a_number_outside_min_and_max_is_rejected() throws Exception {
        assertThat(problems("{\"employees\": 0}")).singleElement().satisfies(p -> {
            assertThat(p.question()).isEqualTo("employees");
            assertThat(p.message()).isEqualTo("the number 0 is below the minimum 1");
        });
        assertThat(problems("{\"employees\": 200.5}")).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("the number 200.5 is above the maximum 200"));
    }

    @Test
    void a_number_too_large_for_a_double_is_rejected_as_such() throws Exception {
        assertThat(problems("{\"employees\": 1e400}")).singleElement().satisfies(p -> {
            assertThat(p.question()).isEqualTo("employees");
            assertThat(p.message()).endsWith("is too large");
        });
    }

    @Test
    void a_number_on_min_or_max_is_accepted() throws Exception {
        assertThat(parse("{\"employees\": 1}").valid()).isTrue();
        assertThat(parse("{\"employees\": 200}").valid()).isTrue();
    }

    @Test
    void a_text_answer_that_is_not_a_string_is_a_wrong_type() throws Exception {
        assertThat(problems("{\"notes\": 42}")).extracting("question").containsExactly("notes");
    }

    @Test
    void a_text_of_more_than_2000_characters_is_rejected() throws Exception {
        assertThat(problems("{\"notes\": \"" + "x".repeat(2001) + "\"}")).singleElement().satisfies(p -> {
            assertThat(p.question()).isEqualTo("notes");
            assertThat(p.message()).isEqualTo("the text has 2001 characters; at most 2000 are allowed");
        });
    }

    @Test
    void a_text_of_2000_characters_is_accepted_counting_characters_not_utf_16_units() throws Exception {
        assertThat(parse("{\"notes\": \"" + "x".repeat(2000) + "\"}").valid()).isTrue();
        assertThat(parse("{\"notes\": \"" + "\uD83D\uDE00".repeat(2000) + "\"}").valid()).isTrue();
    }

    @Test
    void every_problem_is_reported_not_only_the_first() throws Exception {
        List<AnswerProblem> problems = problems("""
                {"size": "huge", "tools": ["nothing", "erp"], "employees": 999, "notes": 1, "ghost": true, "plan": "some"}
                """);

        assertThat(problems).extracting("question", "option").containsExactly(
                tuple("size", "huge"),
                tuple("tools", "nothing"),
                tuple("employees", null),
                tuple("notes", null),
                tuple("ghost", null));
    }

    @Test
    void a_null_answer_counts_as_unanswered() throws Exception {
        AnswerParser.Parsed parsed = parse("{\"size\": null, \"plan\": \"some\"}");

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.answers().has("size")).isFalse();
        assertThat(parsed.answers().has("plan")).isTrue();
    }

    @Test
    void answers_that_are_not_an_object_are_rejected() throws Exception {
        assertThat(problems("[\"small\"]")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("'answers' must be an object of question ids to answers"));
    }

    @Test
    void a_hidden_question_may_be_answered_and_keeps_its_answer() throws Exception {
        Questionnaire hidden = Fixtures.questionnaire(dir.resolve("h"), Scoring.HEADER + """
                dimensions:
                  - id: d
                    title: D
                    questions:
                      - {id: a, type: single, text: A, options: [{id: x, label: X}, {id: y, label: Y}]}
                      - {id: b, type: single, text: B, show_if: {answer: a, is: y}, options: [{id: x, label: X}, {id: y, label: Y}]}
                """);

        AnswerParser.Parsed parsed = AnswerParser.parse(hidden, Json.mapper().readTree("{\"a\": \"x\", \"b\": \"y\"}"));

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.answers().get("b")).isEqualTo(new Answer.Choice("y"));
    }
}
