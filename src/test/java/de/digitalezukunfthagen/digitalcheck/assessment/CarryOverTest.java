package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which answers go along from a shorter check to a longer one: same id, same type, valid there as they are. */
class CarryOverTest {
    static final Questionnaire MINI = load(Path.of("src", "test", "resources", "workshop", "questionnaires")).find("mini-check").orElseThrow();
    static final Questionnaire QUICK = TestApp.fixtures().find("quick-check").orElseThrow();

    static Catalog load(Path dir) {
        try {
            return QuestionnaireLoader.loadDirectory(dir);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answers carry(Map<String, Answer> given) {
        Answers answers = new Answers(given);
        return CarryOver.answers(Scorer.evaluate(MINI, List.of(), answers), answers, MINI, QUICK);
    }

    @Test
    void a_longer_questionnaire_sharing_questions_is_the_target() {
        assertThat(CarryOver.target(MINI, List.of(MINI, QUICK))).contains(QUICK);
        assertThat(CarryOver.target(QUICK, List.of(MINI, QUICK))).as("never to a shorter one").isEmpty();
    }

    @Test
    void answers_valid_in_the_longer_check_go_along() {
        Answers carried = carry(Map.of(
                "industry", new Answer.Choice("crafts"),
                "employees", new Answer.Num(new BigDecimal("12")),
                "plan", new Answer.Choice("ideas")));
        assertThat(carried.values()).containsOnlyKeys("industry", "employees", "plan");
        assertThat(carried.get("industry")).isEqualTo(new Answer.Choice("crafts"));
    }

    @Test
    void an_answer_the_longer_check_cannot_take_as_it_is_is_left_out_not_translated() {
        Answers carried = carry(Map.of(
                "industry", new Answer.Choice("industry"),
                "employees", new Answer.Num(new BigDecimal("5000")),   // the longer check allows 1 to 200
                "plan", new Answer.Choice("unknown"),                    // no such option there
                "budget", new Answer.Choice("yes"),                      // a number question there
                "training", new Answer.Num(new BigDecimal("3"))));    // not asked there at all
        assertThat(carried.values().keySet()).isEqualTo(Set.of("industry"));
    }
}
