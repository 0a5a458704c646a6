package de.digitalezukunfthagen.digitalcheck.questionnaire;

import static de.digitalezukunfthagen.digitalcheck.questionnaire.ValidationTest.assertProblems;
import static de.digitalezukunfthagen.digitalcheck.questionnaire.ValidationTest.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extension keys the 90-day plan and the profile need: who does a recommendation, its effort and
 * cost; what a level means for one dimension. The questionnaire is {@link ValidationTest#VALID}.
 */
class PlanKeysTest {

    @TempDir
    Path dir;

    @Test
    void owner_effort_and_cost_of_a_recommendation_are_read_as_texts() {
        String yaml = ValidationTest.VALID + """
                    owner: {de: Inhaber/in, en: Owner}
                    effort: 2 Stunden
                    cost: keine
                """;
        QuestionnaireLoader.Outcome outcome = Fixtures.load(dir, yaml);
        assertThat(outcome.problems()).isEmpty();
        Recommendation.Effort effort = outcome.questionnaires().get(0).recommendation("make-plan").orElseThrow().effort();
        assertThat(effort.owner().in("en")).isEqualTo("Owner");
        assertThat(effort.effort().in("en")).isEqualTo("2 Stunden");
        assertThat(effort.cost().in("de")).isEqualTo("keine");
    }

    @Test
    void a_recommendation_without_them_has_none() {
        Recommendation rec = Fixtures.load(dir, ValidationTest.VALID).questionnaires().get(0).recommendation("make-plan").orElseThrow();
        assertThat(rec.effort()).isEqualTo(Recommendation.Effort.NONE);
    }

    @Test
    void an_empty_cost_is_an_error_not_a_default() {
        assertProblems(Fixtures.load(dir, ValidationTest.VALID + "    cost: \"\"\n").problems(), "33:11: 'cost' is empty");
    }

    @Test
    void level_texts_of_a_dimension_are_read_by_level() {
        String yaml = valid("    title: Strategy\n", "    title: Strategy\n    level_texts: {low: {de: Kaum geplant, en: Hardly planned}}\n");
        QuestionnaireLoader.Outcome outcome = Fixtures.load(dir, yaml);
        assertThat(outcome.problems()).isEmpty();
        Dimension strategy = outcome.questionnaires().get(0).dimension("strategy").orElseThrow();
        assertThat(strategy.levelTexts()).containsOnlyKeys("low");
        assertThat(strategy.levelTexts().get("low").in("en")).isEqualTo("Hardly planned");
    }

    @Test
    void a_level_text_for_a_level_that_does_not_exist_is_an_error_at_its_key() {
        String yaml = valid("    title: Strategy\n", "    title: Strategy\n    level_texts:\n      low: Kaum geplant\n      middle: Etwas\n");
        assertProblems(Fixtures.load(dir, yaml).problems(),
                "20:7: 'level_texts' of dimension 'strategy' names level 'middle', which does not exist (levels: low, high)");
    }

    @Test
    void level_texts_must_be_a_map() {
        String yaml = valid("    title: Strategy\n", "    title: Strategy\n    level_texts: Kaum geplant\n");
        assertProblems(Fixtures.load(dir, yaml).problems(), "18:18: 'level_texts' must map level ids to texts");
    }
}
