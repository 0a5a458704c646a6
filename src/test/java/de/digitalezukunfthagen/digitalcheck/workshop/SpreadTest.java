package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {
    static final Catalog CATALOG = Fixture.miniCheck();
    static final Questionnaire Q = CATALOG.find("mini-check").orElseThrow();

    static Answers answers(String json) {
        try {
            AnswerParser.Parsed parsed = AnswerParser.parse(Q, Json.mapper().readTree(json));
            assertThat(parsed.problems()).isEmpty();
            return parsed.answers();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Spread spread(String profile, String... participants) {
        List<Participant> all = new ArrayList<>();
        for (int i = 0; i < participants.length; i++) {
            all.add(new Participant(i + 1, 1, i + 1, "P" + (i + 1), null, answers(participants[i]), 0, 0, i == 0 ? 1L : null,
                    "AAAA-AAA" + (i + 2), null, null));
        }
        Workshop w = new Workshop(1, "x", 1, "Firma", Q.id(), Q.version(), "ABCDEF", true, false, answers(profile), Answers.NONE, 0, 7,
                null, null);
        return Spread.of(Q, CATALOG.contacts(), w, all);
    }

    static final String CRAFTS = "{\"industry\": \"crafts\"}";

    @Test
    void don_t_know_is_an_answer_but_does_not_count_for_the_scores_or_the_deviation() {
        Spread s = spread(CRAFTS, "{\"plan\": \"unknown\"}", "{\"plan\": \"written\"}", "{\"plan\": \"unknown\"}");
        Spread.QuestionSpread plan = s.question("plan");
        assertThat(plan.answered()).isEqualTo(3);
        assertThat(plan.deviation()).isNull(); // one counting answer only
        assertThat(plan.dissent()).isEqualTo(33);
        assertThat(plan.mostCommon()).isEqualTo(new Answer.Choice("unknown"));
        Spread.DimensionSpread strategy = s.dimensions().get(0);
        assertThat(strategy.n()).isEqualTo(1);
        assertThat(strategy.mean()).isEqualByComparingTo("100.0");
    }

    @Test
    void the_deviation_is_that_of_the_population_of_question_scores() {
        // budget: 0, 100, 100, 100 → mean 75, variance (75² + 3·25²)/4 = 1875, deviation 43.3
        Spread s = spread(CRAFTS, "{\"budget\": \"no\"}", "{\"budget\": \"yes\"}", "{\"budget\": \"yes\"}", "{\"budget\": \"yes\"}");
        assertThat(s.question("budget").deviation()).isEqualByComparingTo("43.3");
        assertThat(s.question("budget").dissent()).isEqualTo(25);
        assertThat(Spread.deviation(List.of(50.0, 50.0))).isEqualByComparingTo("0.0");
        assertThat(Spread.deviation(List.of(50.0))).isNull();
    }

    @Test
    void a_multiple_choice_proposal_is_what_more_than_half_chose_else_the_most_common_set() {
        Spread majority = spread(CRAFTS, "{\"software\": [\"erp\", \"crm\"]}", "{\"software\": [\"crm\"]}", "{\"software\": [\"nothing\"]}");
        assertThat(majority.question("software").mostCommon()).isEqualTo(new Answer.Choices(List.of("crm")));
        Spread none = spread(CRAFTS, "{\"software\": [\"erp\"]}", "{\"software\": [\"crm\", \"dms\"]}", "{\"software\": [\"dms\", \"crm\"]}",
                "{\"software\": [\"nothing\"]}");
        // crm and dms by 2 of 4 each (not more than half); the set {crm, dms} is the most common one
        assertThat(none.question("software").mostCommon()).isEqualTo(new Answer.Choices(List.of("crm", "dms")));
        assertThat(none.question("software").dissent()).isEqualTo(50);
    }

    @Test
    void a_tie_proposes_nothing_and_says_it_is_a_tie() {
        Spread s = spread(CRAFTS, "{\"machines\": \"all\"}", "{\"machines\": \"no\"}");
        assertThat(s.question("machines").mostCommon()).isNull();
        assertThat(s.question("machines").tie()).isTrue();
        assertThat(s.question("machines").disputed()).isTrue();
        Spread three = spread(CRAFTS, "{\"machines\": \"all\"}", "{\"machines\": \"no\"}", "{\"machines\": \"no\"}");
        assertThat(three.question("machines").mostCommon()).isEqualTo(new Answer.Choice("no"));
        assertThat(three.question("machines").tie()).isFalse();
    }

    @Test
    void multiple_choice_without_a_majority_and_two_sets_equally_often_is_a_tie() {
        Spread s = spread(CRAFTS, "{\"software\": [\"erp\"]}", "{\"software\": [\"crm\"]}");
        assertThat(s.question("software").mostCommon()).isNull();
        assertThat(s.question("software").tie()).isTrue();
    }

    @Test
    void the_roles_of_those_who_chose_an_option_are_listed_beside_it() {
        List<Participant> all = List.of(
                new Participant(1, 1, 1, "A", Role.MANAGEMENT, answers("{\"budget\": \"yes\"}"), 0, 0, null, "AAAA-AAA2", null, null),
                new Participant(2, 1, 2, "B", Role.APPRENTICE, answers("{\"budget\": \"no\"}"), 0, 0, null, "AAAA-AAA3", null, null));
        Workshop w = new Workshop(1, "x", 1, "Firma", Q.id(), Q.version(), "ACDEFG", true, false, answers(CRAFTS), Answers.NONE, 0, 7,
                null, null);
        Spread s = Spread.of(Q, CATALOG.contacts(), w, all);
        assertThat(s.question("budget").options()).extracting(o -> o.id() + ":" + o.voters())
                .containsExactly("no:[Voter[number=2, role=APPRENTICE]]", "yes:[Voter[number=1, role=MANAGEMENT]]");
        assertThat(s.byRole()).extracting(r -> r.role() + " " + r.people() + " " + r.means().get(0))
                .containsExactly("MANAGEMENT 1 100.0", "APPRENTICE 1 0.0");
    }

    @Test
    void numbers_are_summed_up_by_minimum_median_and_maximum_and_compared_by_band() {
        Spread s = spread(CRAFTS, "{\"training\": 3}", "{\"training\": 4}", "{\"training\": 10}", "{\"training\": 0.5}");
        Spread.QuestionSpread training = s.question("training");
        assertThat(training.numbers()).isEqualTo(new Spread.NumberSummary(new BigDecimal("0.5"), new BigDecimal("3"), new BigDecimal("10")));
        // four different values: no value is the most common, and with an even count no single middle either
        assertThat(training.mostCommon()).isNull();
        assertThat(training.tie()).isTrue();
        Spread odd = spread(CRAFTS, "{\"training\": 3}", "{\"training\": 4}", "{\"training\": 10}");
        assertThat(odd.question("training").mostCommon()).isEqualTo(new Answer.Num(new BigDecimal("4")));
        Spread twice = spread(CRAFTS, "{\"training\": 3}", "{\"training\": 3}", "{\"training\": 10}", "{\"training\": 1}");
        assertThat(twice.question("training").mostCommon()).isEqualTo(new Answer.Num(new BigDecimal("3")));
        // bands: 3 and 4 in the middle band, 10 in the top, 0.5 in the lowest → 2 of 4 differ from the most common band
        assertThat(training.dissent()).isEqualTo(50);
    }

    @Test
    void a_question_hidden_by_the_profile_is_not_counted_for_anyone() {
        Spread s = spread("{\"industry\": \"services\"}", "{\"machines\": \"all\"}", "{\"machines\": \"no\"}");
        assertThat(s.question("machines").answered()).isZero();
        assertThat(s.question("machines").mostCommon()).isNull();
        assertThat(s.dimensions().get(1).n()).isZero();
        assertThat(s.dimensions().get(1).mean()).isNull();
        assertThat(s.people().get(0).visible()).isEqualTo(5);
    }

    @Test
    void the_dimension_mean_is_the_rounded_mean_of_the_participants_rounded_scores() {
        // tools: 66.7/0 → 33.3; 0/100 → 50.0; 33.3/50 → 41.7 (as each participant's result shows them); mean 41.666… → 41.7
        Spread s = spread(CRAFTS, "{\"software\": [\"erp\", \"crm\"], \"machines\": \"no\"}",
                "{\"software\": [\"nothing\"], \"machines\": \"all\"}", "{\"software\": [\"erp\"], \"machines\": \"some\"}");
        Spread.DimensionSpread tools = s.dimensions().get(1);
        assertThat(List.of(tools.mean(), tools.min(), tools.max())).map(BigDecimal::toPlainString).containsExactly("41.7", "33.3", "50.0");
        assertThat(s.people()).extracting(p -> p.scores().get("tools").toPlainString()).containsExactly("33.3", "50.0", "41.7");
        assertThat(s.joined()).isEqualTo(3);
        assertThat(s.finished()).isEqualTo(1);
        assertThat(s.revision()).isEqualTo(7);
    }

    @Test
    void free_texts_are_listed_but_have_no_disagreement() {
        Spread s = spread(CRAFTS, "{\"wishes\": \" Zeit \"}", "{\"wishes\": \"Geld\"}");
        assertThat(s.question("wishes").texts()).containsExactly("Zeit", "Geld");
        assertThat(s.question("wishes").deviation()).isNull();
        assertThat(s.question("wishes").dissent()).isNull();
        assertThat(s.questions().get(s.questions().size() - 1).id()).isEqualTo("wishes");
    }
}
