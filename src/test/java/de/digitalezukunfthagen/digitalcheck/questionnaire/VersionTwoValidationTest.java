package de.digitalezukunfthagen.digitalcheck.questionnaire;

import static de.digitalezukunfthagen.digitalcheck.questionnaire.ValidationTest.VALID;
import static de.digitalezukunfthagen.digitalcheck.questionnaire.ValidationTest.assertProblems;
import static de.digitalezukunfthagen.digitalcheck.questionnaire.ValidationTest.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation rules of the keys added by version 2 of the contract (don't know, caps, plan,
 * firms, dates) and of the extension integer, each with the exact line and column. The questionnaire
 * is {@link ValidationTest#VALID} (32 lines), usually with lines appended from line 33 on.
 */
class VersionTwoValidationTest {

    @TempDir
    Path dir;

    private void assertProblemsOf(String yaml, String... expected) {
        assertProblems(Fixtures.load(dir, yaml).problems(), expected);
    }

    private static String withOption(String option) {
        return valid("          - {id: some, label: Some}\n", "          - {id: some, label: Some}\n" + option + "\n");
    }

    // --- don't know ---------------------------------------------------------------------------------

    @Test
    void a_valid_questionnaire_may_use_every_new_key() {
        String yaml = withOption("          - {id: dunno, label: DK, unknown: true}") + """
                    as_of: 2026-01-15
                    review_by: 2026-07-01
                plan_size: 5
                plan_per_dimension: 1
                companies_limit: 0
                caps:
                  - id: no-plan
                    when: {answer: plan, in: [none, dunno]}
                    dimension: strategy
                    level_at_most: low
                    reason: {de: Ohne Plan, en: Without a plan}
                """;

        QuestionnaireLoader.Outcome outcome = Fixtures.load(dir, yaml);

        assertThat(outcome.problems()).isEmpty();
        Questionnaire q = outcome.questionnaires().get(0);
        assertThat(q.question("plan").orElseThrow().option("dunno").orElseThrow().unknown()).isTrue();
        assertThat(q.caps()).singleElement().satisfies(cap -> {
            assertThat(cap.target()).isEqualTo("strategy");
            assertThat(cap.levelAtMost().id()).isEqualTo("low");
            assertThat(cap.reason().in("en")).isEqualTo("Without a plan");
        });
        assertThat(List.of(q.planSize(), q.planPerDimension(), q.companiesLimit())).containsExactly(5, 1, 0);
        assertThat(q.recommendations().get(0).asOf()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(q.recommendations().get(0).reviewBy()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void without_the_new_keys_the_defaults_of_the_contract_apply() {
        Questionnaire q = Fixtures.load(dir, VALID).questionnaires().get(0);

        assertThat(List.of(q.planSize(), q.planPerDimension(), q.companiesLimit(), q.contactsLimit())).containsExactly(7, 2, 3, 5);
        assertThat(q.caps()).isEmpty();
        assertThat(q.recommendations().get(0).asOf()).isNull();
    }

    @Test
    void an_option_cannot_be_both_na_and_unknown() {
        assertProblemsOf(withOption("          - {id: dunno, label: DK, na: true, unknown: true}"),
                "25:55: option 'dunno' cannot be both na (does not apply) and unknown (don't know)");
    }

    @Test
    void an_unknown_option_cannot_carry_points_not_even_0() {
        assertProblemsOf(withOption("          - {id: dunno, label: DK, unknown: true, points: 0}"),
                "25:59: option 'dunno' is marked unknown and cannot carry points");
    }

    @Test
    void an_unknown_option_does_not_count_as_an_option_without_points() {
        // the other options have points; the don't-know option must not be told to get some too
        String yaml = valid("{id: none, label: None}", "{id: none, label: None, points: 0}")
                .replace("{id: some, label: Some}", "{id: some, label: Some, points: 2}\n          - {id: dunno, label: DK, unknown: true}");

        assertThat(Fixtures.load(dir, yaml).problems()).isEmpty();
    }

    // --- caps ---------------------------------------------------------------------------------------

    @Test
    void a_cap_whose_condition_uses_level_is_an_error_at_the_level_key() {
        assertProblemsOf(VALID + """
                caps:
                  - id: weak
                    when: {dimension: strategy, level: [low]}
                    level_at_most: low
                    reason: R
                """, "35:33: the condition of cap 'weak' cannot use 'level'");
    }

    @Test
    void a_level_deep_inside_a_cap_condition_is_an_error_too() {
        assertProblemsOf(VALID + """
                caps:
                  - id: weak
                    when: {all: [{answer: plan, is: none}, {not: {dimension: overall, level: [high]}}]}
                    level_at_most: low
                    reason: R
                """, "35:71: the condition of cap 'weak' cannot use 'level'");
    }

    @Test
    void a_cap_naming_an_unknown_dimension_or_level_is_an_error_at_the_id() {
        assertProblemsOf(VALID + """
                caps:
                  - id: weak
                    when: {answer: plan, is: none}
                    dimension: strat
                    level_at_most: lowest
                    reason: R
                """,
                "36:16: cap 'weak' caps dimension 'strat', which does not exist (known: strategy)",
                "37:20: cap 'weak' caps at level 'lowest', which does not exist (known: high, low)");
    }

    @Test
    void a_cap_condition_referring_to_an_unknown_question_is_an_error() {
        assertProblemsOf(VALID + """
                caps:
                  - id: weak
                    when: {answer: plna, is: none}
                    level_at_most: low
                    reason: R
                """, "35:20: cap 'weak' refers to question 'plna', which does not exist");
    }

    @Test
    void a_cap_needs_when_level_at_most_and_reason() {
        assertProblemsOf(VALID + """
                caps:
                  - id: weak
                    dimension: strategy
                """,
                "34:5: missing key 'when' in a cap",
                "34:5: missing key 'level_at_most' in a cap",
                "34:5: missing key 'reason' in a cap");
    }

    @Test
    void cap_ids_are_unique() {
        assertProblemsOf(VALID + """
                caps:
                  - {id: weak, when: {answer: plan, is: none}, level_at_most: low, reason: R}
                  - {id: weak, when: {answer: plan, is: some}, level_at_most: low, reason: R}
                """, "35:10: duplicate cap id 'weak'");
    }

    // --- plan and firms -----------------------------------------------------------------------------

    @Test
    void plan_size_and_plan_per_dimension_are_at_least_1_and_companies_limit_at_least_0() {
        assertProblemsOf(VALID + """
                plan_size: 0
                plan_per_dimension: -1
                companies_limit: -1
                """,
                "33:12: 'plan_size' must be at least 1, not 0",
                "34:21: 'plan_per_dimension' must be at least 1, not -1",
                "35:18: 'companies_limit' must be 0 or more, not -1");
    }

    @Test
    void companies_limit_must_be_a_whole_number() {
        assertProblemsOf(VALID + "companies_limit: two\n", "33:18: 'companies_limit' must be a whole number");
    }

    @Test
    void a_contact_is_not_verified_unless_it_says_so() {
        Fixtures.write(dir, "check.yaml", VALID);
        Fixtures.write(dir, "contacts.yaml", """
                contacts:
                  - {id: firm, name: F, kind: company, topics: [strategy]}
                  - {id: checked, name: C, kind: company, topics: [strategy], verified: true}
                """);

        QuestionnaireLoader.Outcome outcome = QuestionnaireLoader.load(List.of(dir));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.contacts()).extracting(Contact::id, Contact::verified)
                .containsExactly(org.assertj.core.api.Assertions.tuple("firm", false), org.assertj.core.api.Assertions.tuple("checked", true));
    }

    // --- dates ----------------------------------------------------------------------------------------

    @Test
    void as_of_must_be_a_real_date() {
        assertProblemsOf(VALID + "    as_of: 2026-02-30\n", "33:12: 'as_of' is not a real date: 2026-02-30");
    }

    @Test
    void review_by_must_be_written_yyyy_mm_dd() {
        assertProblemsOf(VALID + "    review_by: 31.12.2026\n", "33:16: 'review_by' must be a date written YYYY-MM-DD");
    }

    @Test
    void review_by_must_not_be_before_as_of() {
        assertProblemsOf(VALID + "    as_of: 2026-03-01\n    review_by: 2026-02-28\n",
                "34:16: 'review_by' (2026-02-28) is before 'as_of' (2026-03-01) of recommendation 'make-plan'");
    }

    @Test
    void the_dates_of_a_contact_are_checked_in_contacts_yaml() {
        Fixtures.write(dir, "check.yaml", VALID);
        Path contacts = Fixtures.write(dir, "contacts.yaml", """
                contacts:
                  - id: sihk
                    name: SIHK
                    kind: chamber
                    topics: [strategy]
                    as_of: 2026-01-15
                    review_by: 2025-12-31
                """);

        List<Problem> problems = QuestionnaireLoader.load(List.of(dir)).problems();

        assertThat(problems).extracting(Problem::toString).containsExactly(
                contacts + ":7:16: 'review_by' (2025-12-31) is before 'as_of' (2026-01-15) of contact 'sihk'");
    }

    @Test
    void passed_review_dates_are_reported_with_their_place_and_not_before_the_day_after() {
        Fixtures.write(dir, "check.yaml", VALID + "    review_by: 2026-06-30\n");
        Path contacts = Fixtures.write(dir, "contacts.yaml", """
                contacts:
                  - {id: sihk, name: SIHK, kind: chamber, topics: [strategy], review_by: 2026-03-31}
                """);

        QuestionnaireLoader.Outcome outcome = QuestionnaireLoader.load(List.of(dir));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.overdue(LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(outcome.overdue(LocalDate.of(2026, 4, 1))).extracting(Problem::toString).containsExactly(
                contacts + ":2:74: review_by 2026-03-31 of contact 'sihk' has passed; check its facts, then set as_of to today and a new review_by");
        assertThat(outcome.overdue(LocalDate.of(2026, 7, 1))).extracting(Problem::line).containsExactly(33, 2); // check.yaml, then contacts.yaml
    }

    // --- integer (extension) ------------------------------------------------------------------------

    @Test
    void integer_is_allowed_only_in_number_questions() {
        assertProblemsOf(valid("        text: Plan?\n", "        text: Plan?\n        integer: true\n"),
                "22:9: 'integer' is not allowed in a single question");
    }

    @Test
    void the_min_and_max_of_an_integer_question_are_whole_numbers() {
        assertProblemsOf(VALID.replace("profile:\n", """
                profile:
                  - {id: staff, type: number, text: Staff, integer: true, min: 0.5, max: 200}
                """), "9:64: 'min' of a question with integer: true must be a whole number, not 0.5");
    }
}
