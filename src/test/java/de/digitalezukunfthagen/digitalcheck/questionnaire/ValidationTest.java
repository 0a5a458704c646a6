package de.digitalezukunfthagen.digitalcheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per validation rule of the contract, each asserting the exact line and column of the
 * problem. Most tests change one spot of {@link #VALID}; its line numbers are in the comment below.
 */
class ValidationTest {

    /*
     *  1 id: check
     *  2 version: 1
     *  3 language: de
     *  4 title: {de: Check, en: Check}
     *  5 levels:
     *  6   - {id: low, min: 0, title: Low}
     *  7   - {id: high, min: 50, title: High}
     *  8 profile:
     *  9   - id: size
     * 10     type: single
     * 11     text: Size?
     * 12     options:
     * 13       - {id: small, label: Small}
     * 14       - {id: large, label: Large}
     * 15 dimensions:
     * 16   - id: strategy
     * 17     title: Strategy
     * 18     questions:
     * 19       - id: plan
     * 20         type: single
     * 21         text: Plan?
     * 22         options:
     * 23           - {id: none, label: None}
     * 24           - {id: some, label: Some}
     * 25 recommendations:
     * 26   - id: make-plan
     * 27     dimension: strategy
     * 28     when: {answer: plan, is: none}
     * 29     priority: 1
     * 30     horizon: quick-win
     * 31     topics: [strategy]
     * 32     title: Make a plan
     */
    static final String VALID = """
            id: check
            version: 1
            language: de
            title: {de: Check, en: Check}
            levels:
              - {id: low, min: 0, title: Low}
              - {id: high, min: 50, title: High}
            profile:
              - id: size
                type: single
                text: Size?
                options:
                  - {id: small, label: Small}
                  - {id: large, label: Large}
            dimensions:
              - id: strategy
                title: Strategy
                questions:
                  - id: plan
                    type: single
                    text: Plan?
                    options:
                      - {id: none, label: None}
                      - {id: some, label: Some}
            recommendations:
              - id: make-plan
                dimension: strategy
                when: {answer: plan, is: none}
                priority: 1
                horizon: quick-win
                topics: [strategy]
                title: Make a plan
            """;

    @TempDir
    Path dir;

    /** VALID with {@code from} (which must occur exactly once) replaced by {@code to}. */
    static String valid(String from, String to) {
        assertThat(VALID.split(java.util.regex.Pattern.quote(from), -1)).as("'%s' occurs once in VALID", from).hasSize(2);
        return VALID.replace(from, to);
    }

    /** Loads {@code yaml} as check.yaml and asserts exactly these problems, each given as "LINE:COLUMN: start of the message". */
    private void assertProblems(String yaml, String... expected) {
        List<Problem> problems = Fixtures.load(dir, yaml).problems();
        assertProblems(problems, expected);
    }

    static void assertProblems(List<Problem> problems, String... expected) {
        List<String> actual = Fixtures.located(problems);
        assertThat(actual).as("problems").hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).startsWith(expected[i]);
        }
    }

    // --- the whole file ---------------------------------------------------------------------------

    @Test
    void a_valid_questionnaire_has_no_problem() {
        QuestionnaireLoader.Outcome outcome = Fixtures.load(dir, VALID);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.questionnaires()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("check");
            assertThat(q.allQuestions()).extracting(Question::id).containsExactly("size", "plan");
            assertThat(q.contactsLimit()).isEqualTo(5);
        });
    }

    @Test
    void a_problem_names_the_file_it_is_in() {
        List<Problem> problems = Fixtures.load(dir, valid("version: 1", "version: 0")).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("check.yaml").toString());
            assertThat(p).hasToString(dir.resolve("check.yaml") + ":2:10: 'version' must be a positive whole number, not 0");
        });
    }

    @Test
    void a_yaml_syntax_error_points_at_the_spot_where_the_parser_failed() {
        assertProblems(valid("        text: Plan?\n", "         text: Plan?\n"),
                "21:14: YAML syntax error: mapping values are not allowed here");
    }

    @Test
    void an_unclosed_flow_mapping_is_a_syntax_error() {
        assertProblems(valid("{id: some, label: Some}", "{id: some, label: Some"),
                "25:16: YAML syntax error");
    }

    @Test
    void a_tab_used_for_indentation_is_a_syntax_error() {
        assertProblems(valid("    title: Strategy\n", "\ttitle: Strategy\n"),
                "17:1: YAML syntax error");
    }

    @Test
    void a_byte_order_mark_does_not_disturb_the_positions() {
        assertProblems("\uFEFF" + valid("version: 1", "version: 0"), "2:10: 'version' must be a positive whole number");
    }

    @Test
    void windows_line_endings_do_not_disturb_the_positions() {
        assertProblems(valid("priority: 1", "priority: 5").replace("\n", "\r\n"), "29:15: 'priority' must be 1 (most urgent), 2 or 3");
    }

    @Test
    void an_empty_file_is_a_problem() {
        assertProblems("# only a comment\n", "1:1: the file is empty");
    }

    @Test
    void a_file_that_is_not_a_mapping_is_a_problem() {
        assertProblems("- id: check\n", "1:1: the questionnaire must be a mapping");
    }

    @Test
    void a_file_that_is_not_utf_8_is_a_problem() throws Exception {
        Path file = dir.resolve("check.yaml");
        java.nio.file.Files.write(file, VALID.replace("Plan?", "Pl\u00e4n?").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertProblems(QuestionnaireLoader.load(List.of(file)).problems(), "21:17: the file is not valid UTF-8");
    }

    // --- keys -------------------------------------------------------------------------------------

    @Test
    void an_unknown_key_is_reported_with_the_key_it_was_probably_meant_to_be() {
        assertProblems(valid("    title: Strategy\n", "    titel: Strategy\n"),
                "16:5: missing key 'title' in a dimension",
                "17:5: unknown key 'titel' in a dimension (did you mean 'title'?)");
    }

    @Test
    void an_unknown_key_in_an_option_is_reported_at_the_key() {
        assertProblems(valid("{id: some, label: Some}", "{id: some, label: Some, pionts: 1}"),
                "24:37: unknown key 'pionts' in an option of question 'plan' (did you mean 'points'?)");
    }

    @Test
    void an_unknown_key_that_resembles_nothing_lists_the_allowed_keys() {
        assertProblems(valid("    priority: 1\n", "    priority: 1\n    colour: red\n"),
                "30:5: unknown key 'colour' in a recommendation (allowed: id, dimension, when, priority");
    }

    @Test
    void a_misspelt_top_level_key_is_reported_without_a_follow_up_problem_for_each_reference() {
        assertProblems(valid("dimensions:", "dimensons:"),
                "1:1: missing key 'dimensions' in the questionnaire",
                "15:1: unknown key 'dimensons' in the questionnaire (did you mean 'dimensions'?)");
    }

    @Test
    void a_missing_key_is_reported_at_the_mapping_that_lacks_it() {
        assertProblems(valid("    horizon: quick-win\n", ""),
                "26:5: missing key 'horizon' in a recommendation");
    }

    @Test
    void a_missing_key_in_a_flow_mapping_is_reported_at_its_brace() {
        assertProblems(valid("{id: some, label: Some}", "{id: some}"),
                "24:13: missing key 'label' in an option of question 'plan'");
    }

    @Test
    void a_key_without_a_value_is_reported_at_the_key() {
        assertProblems(valid("    when: {answer: plan, is: none}\n", "    when:\n"),
                "28:5: 'when' has no value");
    }

    @Test
    void a_required_key_without_a_value_is_reported_once() {
        assertProblems(valid("    horizon: quick-win\n", "    horizon:\n"),
                "30:5: 'horizon' has no value");
    }

    @Test
    void a_duplicate_yaml_key_is_reported_at_the_second_occurrence_with_the_first() {
        assertProblems(valid("    title: Strategy\n", "    title: Strategy\n    title: Again\n"),
                "18:5: duplicate key 'title' in a dimension (first at line 17)");
    }

    @Test
    void a_key_that_is_not_allowed_for_the_question_type_is_reported() {
        assertProblems(valid("        type: single\n", "        type: single\n        unit: Euro\n"),
                "21:9: 'unit' is not allowed in a single question");
    }

    // --- types ------------------------------------------------------------------------------------

    @Test
    void a_text_where_a_whole_number_belongs_is_a_wrong_type() {
        assertProblems(valid("version: 1", "version: one"),
                "2:10: 'version' must be a whole number, not the text 'one'");
    }

    @Test
    void a_fraction_where_a_whole_number_belongs_is_a_wrong_type() {
        assertProblems(valid("    priority: 1\n", "    priority: 1.5\n"),
                "29:15: 'priority' must be a whole number, not the number '1.5'");
    }

    @Test
    void a_text_where_a_number_belongs_is_a_wrong_type() {
        assertProblems(valid("    title: Strategy\n", "    title: Strategy\n    weight: heavy\n"),
                "18:13: 'weight' must be a number, not the text 'heavy'");
    }

    @Test
    void a_mapping_where_a_list_belongs_is_a_wrong_type() {
        assertProblems(valid("    topics: [strategy]", "    topics: {strategy: 1}"),
                "31:13: 'topics' must be a list, not a mapping");
    }

    @Test
    void a_word_where_true_or_false_belongs_is_a_wrong_type() {
        assertProblems(valid("        type: single\n", "        type: single\n        required: sometimes\n"),
                "21:19: 'required' must be true or false, not the text 'sometimes'");
    }

    @Test
    void yes_is_not_accepted_for_true() {
        assertProblems(valid("        type: single\n", "        type: single\n        required: yes\n"),
                "21:19: 'required' must be true or false, not the value 'yes'");
    }

    @Test
    void an_unknown_question_type_is_reported() {
        assertProblems(valid("        type: single\n", "        type: singel\n"),
                "20:15: 'type' must be one of single, multi, number, text, not 'singel'");
    }

    @Test
    void an_unknown_horizon_is_reported() {
        assertProblems(valid("horizon: quick-win", "horizon: soon"),
                "30:14: 'horizon' must be one of quick-win, months, year, not 'soon'");
    }

    @Test
    void a_priority_outside_1_to_3_is_reported() {
        assertProblems(valid("    priority: 1\n", "    priority: 4\n"),
                "29:15: 'priority' must be 1 (most urgent), 2 or 3, not 4");
    }

    @Test
    void a_negative_weight_is_reported() {
        assertProblems(valid("        type: single\n", "        type: single\n        weight: -1\n"),
                "21:17: 'weight' must be 0 or more, not -1");
    }

    @Test
    void an_id_with_capitals_is_reported_and_references_to_the_lower_case_id_fail() {
        assertProblems(valid("id: plan\n", "id: Plan\n"),
                "19:13: 'id' must match [a-z0-9][a-z0-9_.-]*",
                "28:20: recommendation 'make-plan' refers to question 'plan', which does not exist");
    }

    @Test
    void a_questionnaire_id_must_consist_of_lower_case_letters_digits_and_dashes() throws Exception {
        List<Problem> problems = QuestionnaireLoader.load(List.of(
                Fixtures.write(dir, "my_check.yaml", valid("id: check", "id: my_check")))).problems();

        assertProblems(problems, "1:5: 'id' must match [a-z0-9-]+");
    }

    @Test
    void the_questionnaire_id_must_equal_the_file_name() {
        assertProblems(valid("id: check", "id: digital-check"),
                "1:5: the id 'digital-check' differs from the file name 'check.yaml'");
    }

    @Test
    void a_text_mapping_without_the_default_language_is_reported() {
        assertProblems(valid("title: {de: Check, en: Check}", "title: {en: Check}"),
                "4:8: 'title' has no text in the default language 'de'");
    }

    @Test
    void an_option_label_without_the_default_language_is_reported() {
        assertProblems(valid("{id: some, label: Some}", "{id: some, label: {en: Some}}"),
                "24:31: 'label' has no text in the default language 'de'");
    }

    @Test
    void an_empty_text_in_the_default_language_is_reported() {
        assertProblems(valid("title: {de: Check, en: Check}", "title: {de: , en: Check}"),
                "4:9: 'title' has no text in the default language 'de'");
    }

    @Test
    void an_empty_text_is_reported() {
        assertProblems(valid("        text: Plan?\n", "        text: \"\"\n"),
                "21:15: 'text' is empty; give it a text or leave the key out");
    }

    @Test
    void an_empty_translation_is_reported() {
        assertProblems(valid("title: {de: Check, en: Check}", "title: {de: Check, en: ' '}"),
                "4:20: 'title' has no text in 'en'");
    }

    @Test
    void the_default_language_is_taken_from_the_language_key() {
        assertProblems(valid("language: de", "language: fr"),
                "4:8: 'title' has no text in the default language 'fr'");
    }

    @Test
    void an_unknown_language_code_in_a_text_is_reported() {
        assertProblems(valid("title: {de: Check, en: Check}", "title: {de: Check, English: Check}"),
                "4:20: 'title': 'English' is not a language code such as de or en");
    }

    // --- duplicate ids ----------------------------------------------------------------------------

    @Test
    void a_question_id_used_in_the_profile_and_in_a_dimension_is_a_duplicate() {
        assertProblems(valid("  - id: size\n", "  - id: plan\n"),
                "19:13: duplicate question id 'plan' (first at line 9)");
    }

    @Test
    void a_question_id_used_twice_in_a_dimension_is_a_duplicate() {
        assertProblems(valid("recommendations:\n", """
                      - id: plan
                        type: text
                        text: Notes
                recommendations:
                """),
                "25:13: duplicate question id 'plan' (first at line 19)");
    }

    @Test
    void an_option_id_used_twice_in_a_question_is_a_duplicate() {
        assertProblems(valid("{id: some, label: Some}", "{id: none, label: Some}"),
                "24:18: duplicate option id 'none' in question 'plan'");
    }

    @Test
    void the_same_option_id_in_two_questions_is_fine() {
        assertProblems(valid("{id: large, label: Large}", "{id: none, label: Large}"));
    }

    @Test
    void a_dimension_id_used_twice_is_a_duplicate() {
        assertProblems(valid("recommendations:\n", """
                  - id: strategy
                    title: Again
                    questions:
                      - id: other
                        type: text
                        text: Other
                recommendations:
                """),
                "25:9: duplicate dimension id 'strategy'");
    }

    @Test
    void a_level_id_used_twice_is_a_duplicate() {
        assertProblems(valid("{id: high, min: 50, title: High}", "{id: low, min: 50, title: High}"),
                "7:10: duplicate level id 'low'");
    }

    @Test
    void a_recommendation_id_used_twice_is_a_duplicate() {
        assertProblems(VALID + """
                  - id: make-plan
                    dimension: strategy
                    priority: 2
                    horizon: year
                    title: Again
                """,
                "33:9: duplicate recommendation id 'make-plan'");
    }

    @Test
    void a_contact_id_used_twice_is_a_duplicate() {
        Fixtures.write(dir, "check.yaml", VALID);
        Fixtures.write(dir, "contacts.yaml", """
                contacts:
                  - {id: sihk, name: SIHK, kind: chamber, topics: [strategy]}
                  - {id: sihk, name: SIHK again, kind: chamber, topics: [funding]}
                """);

        assertProblems(QuestionnaireLoader.load(List.of(dir)).problems(), "3:10: duplicate contact id 'sihk'");
    }

    // --- references -------------------------------------------------------------------------------

    @Test
    void a_condition_on_a_question_that_does_not_exist_is_reported() {
        assertProblems(valid("{answer: plan, is: none}", "{answer: plann, is: none}"),
                "28:20: recommendation 'make-plan' refers to question 'plann', which does not exist");
    }

    @Test
    void a_condition_on_an_option_that_does_not_exist_is_reported() {
        assertProblems(valid("{answer: plan, is: none}", "{answer: plan, is: nothing}"),
                "28:30: recommendation 'make-plan' refers to option 'nothing' of question 'plan', which does not exist (known: none, some)");
    }

    @Test
    void every_missing_option_of_an_in_list_is_reported() {
        assertProblems(valid("{answer: plan, is: none}", "{answer: plan, in: [none, never, nix]}"),
                "28:37: recommendation 'make-plan' refers to option 'never'",
                "28:44: recommendation 'make-plan' refers to option 'nix'");
    }

    @Test
    void a_recommendation_of_a_dimension_that_does_not_exist_is_reported() {
        assertProblems(valid("dimension: strategy", "dimension: strategi"),
                "27:16: recommendation 'make-plan' belongs to dimension 'strategi', which does not exist");
    }

    @Test
    void a_condition_on_a_dimension_that_does_not_exist_is_reported() {
        assertProblems(valid("{answer: plan, is: none}", "{dimension: data, below: 50}"),
                "28:23: recommendation 'make-plan' refers to dimension 'data', which does not exist");
    }

    @Test
    void a_condition_on_a_level_that_does_not_exist_is_reported() {
        assertProblems(valid("{answer: plan, is: none}", "{dimension: overall, level: [low, expert]}"),
                "28:45: recommendation 'make-plan' refers to level 'expert', which does not exist");
    }

    @Test
    void a_reference_to_a_question_with_another_problem_is_not_reported_as_missing() {
        assertProblems(valid("        type: single\n", "        type: singel\n"),
                "20:15: 'type' must be one of single, multi, number, text");
    }

    @Test
    void the_show_if_of_a_question_of_unknown_type_is_still_checked() {
        assertProblems(valid("        type: single\n", "        type: singel\n        show_if: {answer: ghost, answered: true}\n"),
                "20:15: 'type' must be one of single, multi, number, text",
                "21:27: show_if of question 'plan' refers to question 'ghost', which does not exist");
    }

    @Test
    void a_reference_to_an_option_without_a_label_is_not_reported_as_missing() {
        assertProblems(valid("{id: none, label: None}", "{id: none}"),
                "23:13: missing key 'label' in an option of question 'plan'");
    }

    @Test
    void the_references_of_a_recommendation_with_another_problem_are_still_checked() {
        assertProblems(valid("horizon: quick-win", "horizon: soon").replace("{answer: plan, is: none}", "{answer: plann, is: none}"),
                "28:20: recommendation 'make-plan' refers to question 'plann', which does not exist",
                "30:14: 'horizon' must be one of quick-win, months, year");
    }

    // --- show_if ----------------------------------------------------------------------------------

    /*
     * 15 dimensions:
     * 16   - id: strategy
     * 17     title: Strategy
     * 18     questions:
     * 19       - id: plan
     * 20         type: single
     * 21         text: Plan?
     * 22         show_if: ...
     */
    private static String planShowIf(String condition) {
        return valid("        text: Plan?\n", "        text: Plan?\n        show_if: " + condition + "\n");
    }

    private static String withSecondQuestion(String planShowIf) {
        return planShowIf.replace("recommendations:\n", """
                      - id: budget
                        type: number
                        text: Budget?
                recommendations:
                """);
    }

    @Test
    void show_if_may_refer_to_a_profile_question_and_to_an_earlier_question() {
        assertProblems(valid("recommendations:\n", """
                      - id: budget
                        type: number
                        text: Budget?
                        show_if: {all: [{answer: size, is: large}, {answer: plan, answered: true}]}
                recommendations:
                """));
    }

    @Test
    void show_if_that_refers_to_a_later_question_is_reported() {
        assertProblems(withSecondQuestion(planShowIf("{answer: budget, at_least: 1}")),
                "22:27: show_if of question 'plan' refers to 'budget', which comes later in the file");
    }

    @Test
    void show_if_that_refers_to_the_question_itself_is_reported() {
        assertProblems(planShowIf("{answer: plan, answered: false}"),
                "22:27: show_if of question 'plan' refers to the question itself");
    }

    @Test
    void show_if_of_a_profile_question_may_not_refer_to_a_dimension_question() {
        // profile written after the dimensions, so the dimension question is earlier in the file;
        // still a profile question may refer only to earlier profile questions (no cycles)
        String yaml = """
                id: check
                version: 1
                language: de
                title: Check
                levels: [{id: low, min: 0, title: Low}, {id: high, min: 50, title: High}]
                dimensions:
                  - id: strategy
                    title: Strategy
                    questions:
                      - id: plan
                        type: single
                        text: Plan?
                        show_if: {answer: size, is: large}
                        options: [{id: none, label: None}, {id: some, label: Some}]
                profile:
                  - id: size
                    type: single
                    text: Size?
                    show_if: {answer: plan, is: some}
                    options: [{id: small, label: Small}, {id: large, label: Large}]
                """;

        assertProblems(yaml, "19:23: show_if of question 'size' refers to 'plan', which is not a profile question");
    }

    @Test
    void show_if_with_a_dimension_condition_is_reported() {
        assertProblems(planShowIf("{dimension: strategy, below: 50}"),
                "22:30: show_if of question 'plan' cannot use a dimension condition");
    }

    @Test
    void show_if_with_an_overall_condition_is_reported() {
        assertProblems(planShowIf("{not: {dimension: overall, at_least: 50}}"),
                "22:36: show_if of question 'plan' cannot use a dimension condition");
    }

    // --- conditions -------------------------------------------------------------------------------

    @Test
    void is_on_a_number_question_is_reported() {
        assertProblems(withSecondQuestion(VALID).replace("{answer: plan, is: none}", "{answer: budget, is: none}"),
                "31:20: recommendation 'make-plan': 'is' and 'in' need a single or multi question, but 'budget' is a number question");
    }

    @Test
    void in_on_a_number_question_is_reported() {
        assertProblems(withSecondQuestion(VALID).replace("{answer: plan, is: none}", "{answer: budget, in: [none]}"),
                "31:20: recommendation 'make-plan': 'is' and 'in' need a single or multi question, but 'budget' is a number question");
    }

    @Test
    void at_least_on_a_single_question_is_reported() {
        assertProblems(valid("{answer: plan, is: none}", "{answer: plan, at_least: 1}"),
                "28:20: recommendation 'make-plan': 'at_least' and 'at_most' need a number question, but 'plan' is a single question");
    }

    @Test
    void at_most_on_a_single_question_is_reported() {
        assertProblems(valid("{answer: plan, is: none}", "{answer: plan, at_most: 1}"),
                "28:20: recommendation 'make-plan': 'at_least' and 'at_most' need a number question, but 'plan' is a single question");
    }

    @Test
    void a_condition_with_two_forms_is_reported() {
        assertProblems(valid("{answer: plan, is: none}", "{answer: plan, is: none, answered: true}"),
                "28:11: a condition on 'answer' needs exactly one of is, in, answered, at_least, at_most, not is and answered");
    }

    @Test
    void a_condition_mixing_an_answer_and_a_dimension_is_reported() {
        assertProblems(valid("{answer: plan, is: none}", "{answer: plan, below: 50}"),
                "28:26: 'below' cannot be used with 'answer'");
    }

    @Test
    void all_with_another_key_is_reported() {
        assertProblems(valid("{answer: plan, is: none}", "{all: [{answer: plan, is: none}], any: []}"),
                "28:11: a condition with all, any or not must have no other key");
    }

    @Test
    void an_empty_any_is_reported() {
        assertProblems(valid("{answer: plan, is: none}", "{any: []}"),
                "28:17: 'any' needs at least one condition");
    }

    @Test
    void a_misspelt_condition_key_is_reported_with_a_suggestion() {
        assertProblems(valid("{answer: plan, is: none}", "{answr: plan, is: none}"),
                "28:11: not a condition",
                "28:12: unknown key 'answr' in the condition of recommendation 'make-plan' (did you mean 'answer'?)");
    }

    @Test
    void a_nested_reference_is_checked_too() {
        assertProblems(valid("{answer: plan, is: none}", "{not: {any: [{answer: plan, is: none}, {answer: ghost, answered: true}]}}"),
                "28:59: recommendation 'make-plan' refers to question 'ghost', which does not exist");
    }

    // --- levels -----------------------------------------------------------------------------------

    @Test
    void levels_must_be_strictly_ascending() {
        assertProblems(valid("{id: high, min: 50, title: High}", "{id: high, min: 0, title: High}"),
                "7:21: levels must be in strictly ascending order of min: 0 is not above 0");
    }

    @Test
    void levels_in_descending_order_are_reported() {
        assertProblems(valid("""
                  - {id: low, min: 0, title: Low}
                  - {id: high, min: 50, title: High}
                """, """
                  - {id: low, min: 0, title: Low}
                  - {id: high, min: 50, title: High}
                  - {id: mid, min: 25, title: Mid}
                """),
                "8:20: levels must be in strictly ascending order of min: 25 is not above 50");
    }

    @Test
    void the_first_level_must_start_at_0() {
        assertProblems(valid("{id: low, min: 0, title: Low}", "{id: low, min: 10, title: Low}"),
                "6:20: the first level must have min: 0, not 10");
    }

    @Test
    void a_questionnaire_needs_at_least_2_levels() {
        assertProblems(valid("  - {id: high, min: 50, title: High}\n", ""),
                "6:3: a questionnaire needs at least 2 levels");
    }

    // --- points -----------------------------------------------------------------------------------

    @Test
    void a_single_question_where_only_some_options_have_points_is_reported_at_each_option_without() {
        assertProblems(valid("{id: some, label: Some}", "{id: some, label: Some, points: 2}\n          - {id: more, label: More}"),
                "23:13: option 'none' of question 'plan' has no points while other options have",
                "25:13: option 'more' of question 'plan' has no points while other options have");
    }

    @Test
    void a_single_question_may_leave_points_out_only_on_its_na_option() {
        assertProblems(valid("{id: some, label: Some}", "{id: some, label: Some, points: 2}\n          - {id: unknown, label: Unknown, na: true}")
                .replace("{id: none, label: None}", "{id: none, label: None, points: 0}"));
    }

    @Test
    void an_na_option_with_points_is_reported() {
        assertProblems(valid("{id: some, label: Some}", "{id: some, label: Some}\n          - {id: unknown, label: Unknown, na: true, points: 0}"),
                "25:61: option 'unknown' is marked na and cannot carry points");
    }

    @Test
    void max_points_of_0_is_reported() {
        assertProblems(valid("        text: Plan?\n", "        text: Plan?\n        max_points: 0\n"),
                "22:21: 'max_points' must be greater than 0, not 0");
    }

    @Test
    void a_single_question_whose_options_all_have_0_points_is_reported() {
        assertProblems(valid("{id: none, label: None}", "{id: none, label: None, points: 0}")
                        .replace("{id: some, label: Some}", "{id: some, label: Some, points: 0}"),
                "19:9: question 'plan' can give no points (max_points would be 0)");
    }

    @Test
    void max_points_below_the_highest_points_of_a_single_question_is_reported() {
        assertProblems(valid("        text: Plan?\n", "        text: Plan?\n        max_points: 0.5\n"),
                "22:21: 'max_points' (0.5) is below the highest points this question can give (1)");
    }

    @Test
    void max_points_above_the_highest_points_of_a_single_question_is_fine() {
        assertProblems(valid("        text: Plan?\n", "        text: Plan?\n        max_points: 4\n"));
    }

    @Test
    void max_points_below_the_sum_of_a_multi_question_is_a_cap_and_fine() {
        assertProblems(valid("""
                        type: single
                        text: Plan?
                        options:
                          - {id: none, label: None}
                          - {id: some, label: Some}
                """, """
                        type: multi
                        text: Tools?
                        max_points: 1
                        options:
                          - {id: none, label: None, exclusive: true}
                          - {id: some, label: Some, points: 2}
                          - {id: more, label: More, points: 3}
                """));
    }

    @Test
    void max_points_below_the_highest_band_is_reported() {
        assertProblems(valid("""
                        type: single
                        text: Plan?
                        options:
                          - {id: none, label: None}
                          - {id: some, label: Some}
                """, """
                        type: number
                        text: Share?
                        max_points: 1
                        bands: [{min: 0, points: 0}, {min: 25, points: 1}, {min: 75, points: 2}]
                """).replace("{answer: plan, is: none}", "{answer: plan, at_most: 10}"),
                "22:21: 'max_points' (1) is below the highest points this question can give (2)");
    }

    @Test
    void max_points_on_a_number_without_bands_is_reported() {
        assertProblems(valid("""
                        type: single
                        text: Plan?
                        options:
                          - {id: none, label: None}
                          - {id: some, label: Some}
                """, """
                        type: number
                        text: Share?
                        max_points: 2
                """).replace("{answer: plan, is: none}", "{answer: plan, at_most: 10}"),
                "22:9: 'max_points' needs 'bands'");
    }

    @Test
    void a_single_question_needs_at_least_2_options() {
        assertProblems(valid("          - {id: some, label: Some}\n", ""),
                "19:9: question 'plan' can give no points (max_points would be 0)",
                "23:11: a single question needs at least 2 options");
    }

    // --- bands ------------------------------------------------------------------------------------

    private static String banded(String bands) {
        return valid("""
                        type: single
                        text: Plan?
                        options:
                          - {id: none, label: None}
                          - {id: some, label: Some}
                """, """
                        type: number
                        text: Share?
                        min: 10
                        max: 100
                        bands:
                """ + bands).replace("{answer: plan, is: none}", "{answer: plan, at_most: 10}");
    }

    /*
     * 19       - id: plan
     * 20         type: number
     * 21         text: Share?
     * 22         min: 10
     * 23         max: 100
     * 24         bands:
     * 25           - ...
     */
    @Test
    void bands_in_ascending_order_starting_at_the_questions_min_are_fine() {
        assertProblems(banded("""
                          - {min: 10, points: 0}
                          - {min: 50, points: 1}
                """));
    }

    @Test
    void bands_must_be_strictly_ascending() {
        assertProblems(banded("""
                          - {min: 10, points: 0}
                          - {min: 50, points: 1}
                          - {min: 50, points: 2}
                """),
                "27:19: bands must be in strictly ascending order of min: 50 is not above 50");
    }

    @Test
    void the_first_band_must_start_at_the_questions_min_or_0() {
        assertProblems(banded("""
                          - {min: 5, points: 0}
                          - {min: 50, points: 1}
                """),
                "25:19: the first band must start at 10 (the question's min) or 0, not 5");
    }

    @Test
    void a_first_band_from_0_is_fine_for_a_question_with_a_min() {
        assertProblems(banded("""
                          - {min: 0, points: 0}
                          - {min: 50, points: 1}
                """));
    }

    @Test
    void the_first_band_must_start_at_0_when_the_question_has_no_min() {
        assertProblems(banded("""
                          - {min: 5, points: 0}
                          - {min: 50, points: 1}
                """).replace("        min: 10\n", ""),
                "24:19: the first band must start at 0, not 5");
    }

    @Test
    void a_number_question_whose_max_is_below_its_min_is_reported() {
        assertProblems(banded("""
                          - {min: 10, points: 0}
                          - {min: 50, points: 1}
                """).replace("max: 100", "max: 5"),
                "23:14: 'max' (5) is below 'min' (10)");
    }

    // --- dimensions and contacts --------------------------------------------------------------------

    @Test
    void overall_cannot_be_a_dimension_id() {
        assertProblems(valid("  - id: strategy\n", "  - id: overall\n").replace("dimension: strategy", "dimension: overall"),
                "16:9: 'overall' is reserved for the overall score and cannot be a dimension id");
    }

    @Test
    void a_recommendation_cannot_belong_to_overall() {
        assertProblems(valid("dimension: strategy", "dimension: overall"),
                "27:16: recommendation 'make-plan' belongs to dimension 'overall', which does not exist");
    }

    @Test
    void a_questionnaire_needs_at_least_1_dimension() {
        String yaml = VALID.substring(0, VALID.indexOf("dimensions:")) + "dimensions: []\n";

        assertProblems(yaml, "15:13: a questionnaire needs at least 1 dimension");
    }

    @Test
    void a_contact_condition_on_a_dimension_question_is_reported() {
        Fixtures.write(dir, "check.yaml", VALID);
        Path contacts = Fixtures.write(dir, "contacts.yaml", """
                contacts:
                  - id: sihk
                    name: SIHK
                    kind: chamber
                    topics: [strategy]
                    when: {answer: plan, is: none}
                """);

        List<Problem> problems = QuestionnaireLoader.load(List.of(dir)).problems();

        assertProblems(problems, "6:20: the condition of contact 'sihk' refers to 'plan', which is not a profile question");
        assertThat(problems.get(0).file()).isEqualTo(contacts.toString());
    }

    @Test
    void a_contact_condition_on_a_profile_question_is_fine() {
        Fixtures.write(dir, "check.yaml", VALID);
        Fixtures.write(dir, "contacts.yaml", """
                contacts:
                  - id: sihk
                    name: SIHK
                    kind: chamber
                    topics: [strategy]
                    when: {answer: size, in: [small]}
                """);

        assertThat(QuestionnaireLoader.load(List.of(dir)).problems()).isEmpty();
    }

    @Test
    void a_contact_condition_on_an_unknown_option_is_reported() {
        Fixtures.write(dir, "check.yaml", VALID);
        Fixtures.write(dir, "contacts.yaml", """
                contacts:
                  - {id: sihk, name: SIHK, kind: chamber, topics: [strategy], when: {answer: size, is: huge}}
                """);

        assertProblems(QuestionnaireLoader.load(List.of(dir)).problems(),
                "2:88: the condition of contact 'sihk' refers to option 'huge' of question 'size', which does not exist");
    }

    @Test
    void a_contact_with_an_unknown_kind_still_has_its_condition_checked() {
        Fixtures.write(dir, "check.yaml", VALID);
        Fixtures.write(dir, "contacts.yaml", """
                contacts:
                  - {id: sihk, name: SIHK, kind: club, topics: [strategy], when: {answer: plan, is: none}}
                """);

        assertProblems(QuestionnaireLoader.load(List.of(dir)).problems(),
                "2:34: 'kind' must be one of chamber, agency, company, network, programme, not 'club'",
                "2:75: the condition of contact 'sihk' refers to 'plan', which is not a profile question");
    }

    // --- all at once ------------------------------------------------------------------------------

    @Test
    void every_problem_of_a_file_is_reported_at_once_in_file_order() {
        String yaml = valid("version: 1", "version: 0")
                .replace("{id: high, min: 50, title: High}", "{id: high, min: 0, title: High}")
                .replace("{id: some, label: Some}", "{id: some, label: Some, colour: red}")
                .replace("priority: 1", "priority: 7");

        assertProblems(yaml,
                "2:10: 'version' must be a positive whole number",
                "7:21: levels must be in strictly ascending order",
                "24:37: unknown key 'colour'",
                "29:15: 'priority' must be 1 (most urgent), 2 or 3");
    }

    @Test
    void every_problem_of_several_files_is_reported_at_once() {
        Path one = Fixtures.write(dir, "a/one.yaml", valid("id: check", "id: one").replace("version: 1", "version: -1"));
        Path two = Fixtures.write(dir, "b/two.yaml", valid("id: check", "id: two").replace("horizon: quick-win", "horizon: later"));
        Path three = Fixtures.write(dir, "b/three.yaml", valid("id: check", "id: three"));

        List<Problem> problems = QuestionnaireLoader.load(List.of(one, dir.resolve("b"))).problems();

        assertThat(problems).extracting(Problem::toString).containsExactly(
                one + ":2:10: 'version' must be a positive whole number, not -1",
                two + ":30:14: 'horizon' must be one of quick-win, months, year, not 'later'");
        assertThat(three).exists();
    }

    @Test
    void a_folder_with_valid_questionnaires_and_contacts_loads_them_all() {
        Fixtures.write(dir, "check.yaml", VALID);
        Fixtures.write(dir, "other.yaml", valid("id: check", "id: other"));
        Fixtures.write(dir, "contacts.yaml", """
                contacts:
                  - {id: sihk, name: SIHK, kind: chamber, topics: [strategy], when: {answer: size, is: small}}
                """);

        QuestionnaireLoader.Outcome outcome = QuestionnaireLoader.load(List.of(dir));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.files()).isEqualTo(3);
        assertThat(outcome.catalog().questionnaires()).extracting(Questionnaire::id).containsExactly("check", "other");
        assertThat(outcome.catalog().contacts()).extracting(Contact::id).containsExactly("sihk");
    }

    @Test
    void a_contact_condition_is_checked_against_every_questionnaire_beside_it() {
        Fixtures.write(dir, "check.yaml", VALID);
        Fixtures.write(dir, "other.yaml", valid("id: check", "id: other").replace("{id: small, label: Small}", "{id: tiny, label: Tiny}"));
        Fixtures.write(dir, "contacts.yaml", """
                contacts:
                  - {id: sihk, name: SIHK, kind: chamber, topics: [strategy], when: {answer: size, is: small}}
                """);

        assertProblems(QuestionnaireLoader.load(List.of(dir)).problems(),
                "2:88: the condition of contact 'sihk' refers to option 'small' of question 'size', which does not exist (known: large, tiny) (in questionnaire 'other')");
    }

    @Test
    void a_yml_file_in_a_folder_is_reported() {
        Path file = Fixtures.write(dir, "check.yml", VALID);

        assertThat(QuestionnaireLoader.load(List.of(dir)).problems()).extracting(Problem::toString)
                .containsExactly(file + ":1:1: questionnaire files must end in .yaml; rename it to check.yaml");
    }

    @Test
    void a_file_named_explicitly_that_does_not_end_in_yaml_is_reported() {
        Path file = Fixtures.write(dir, "q.y", VALID);

        assertThat(QuestionnaireLoader.load(List.of(file)).problems()).extracting(Problem::toString)
                .containsExactly(file + ":1:1: questionnaire files must end in .yaml; rename it to q.yaml");
    }

    @Test
    void a_path_that_does_not_exist_is_reported() {
        Path missing = dir.resolve("nothing");

        assertThat(QuestionnaireLoader.load(List.of(missing)).problems()).extracting(Problem::toString)
                .containsExactly(missing + ":0:0: no such file or folder");
    }

    @Test
    void a_folder_without_questionnaires_is_reported() {
        assertThat(QuestionnaireLoader.load(List.of(dir)).problems()).extracting(Problem::toString)
                .containsExactly(dir + ":0:0: no questionnaire (*.yaml) found in this folder");
    }

    @Test
    void loading_a_folder_with_a_problem_throws_with_every_problem() {
        Fixtures.write(dir, "check.yaml", valid("version: 1", "version: 0").replace("priority: 1", "priority: 9"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuestionnaireLoader.loadDirectory(dir))
                .isInstanceOfSatisfying(InvalidQuestionnairesException.class,
                        e -> assertThat(e.problems()).hasSize(2));
    }
}
