package de.digitalezukunfthagen.digitalcheck.stats;

import static de.digitalezukunfthagen.digitalcheck.stats.StatsFixture.company;
import static de.digitalezukunfthagen.digitalcheck.stats.StatsFixture.copies;
import static de.digitalezukunfthagen.digitalcheck.stats.StatsFixture.entries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregatorTest {
    private final Questionnaire q = StatsFixture.questionnaire();

    private Summary.QuestionnaireSummary summarize(List<Aggregator.Entry> entries, String by) {
        Summary summary = Aggregator.summarize(List.of(q), entries, by);
        assertThat(summary.k()).isEqualTo(5);
        return summary.questionnaires().get(0);
    }

    private static Summary.ScoreFigures score(Summary.Group group, String id) {
        return group.scores().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Summary.ProfileFigures profile(Summary.Group group, String id) {
        return group.profile().stream().filter(p -> p.question().equals(id)).findFirst().orElseThrow();
    }

    /** Row id to count, "<5" for a suppressed one. */
    private static Map<String, String> counts(List<Summary.Row> rows) {
        Map<String, String> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(r.id(), r.count().suppressed() ? "<5" : r.count().value().toString()));
        return counts;
    }

    private static Map<String, BigDecimal> shares(List<Summary.Row> rows) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        rows.stream().filter(r -> r.share() != null).forEach(r -> shares.put(r.id(), r.share()));
        return shares;
    }

    @Test
    void the_figures_of_ten_companies_are_the_ones_worked_out_by_hand() {
        Summary.QuestionnaireSummary s = summarize(entries(q, StatsFixture.tenCompanies()), null);

        assertThat(s.assessments().value()).isEqualTo(10);
        assertThat(s.groups()).singleElement().satisfies(g -> assertThat(g.id()).isEqualTo(Summary.ALL));
        Summary.Group all = s.groups().get(0);
        assertThat(all.assessments()).isEqualTo(10);

        Summary.ScoreFigures strategy = score(all, "strategy");
        assertThat(strategy.mean()).isEqualByComparingTo("65.0");   // (5 × 100 + 3 × 50 + 2 × 0) / 10
        assertThat(strategy.median()).isEqualByComparingTo("75.0"); // (50 + 100) / 2
        assertThat(counts(strategy.levels())).containsExactly(
                Map.entry("low", "5"), Map.entry("high", "5"), Map.entry(Summary.NOT_ASSESSED, "<5"));
        assertThat(shares(strategy.levels())).containsExactly(
                Map.entry("low", new BigDecimal("50.0")), Map.entry("high", new BigDecimal("50.0")));

        Summary.ScoreFigures data = score(all, "data");
        assertThat(data.mean()).isEqualByComparingTo("66.7");       // 6 × 100 / 9 ("don't know" gives no score)
        assertThat(data.median()).isEqualByComparingTo("100.0");
        // 6 high, 3 low, 1 without a score: the hidden 3 + 1 = 4 would follow from 10 − 6, so 6 is hidden too
        assertThat(counts(data.levels())).containsExactly(
                Map.entry("low", "<5"), Map.entry("high", "<5"), Map.entry(Summary.NOT_ASSESSED, "<5"));

        Summary.ScoreFigures overall = score(all, Summary.OVERALL);
        assertThat(overall.mean()).isEqualByComparingTo("62.5");    // 625 / 10
        assertThat(overall.median()).isEqualByComparingTo("75.0");
        assertThat(all.scores()).extracting(Summary.ScoreFigures::id).containsExactly(Summary.OVERALL, "strategy", "data");

        assertThat(counts(profile(all, "industry").rows())).containsExactly(
                Map.entry("crafts", "5"), Map.entry("trade", "5"), Map.entry(Summary.NO_ANSWER, "<5"));
        assertThat(counts(profile(all, "employees").rows())).containsExactly(
                Map.entry("1-9", "5"), Map.entry("10-49", "5"), Map.entry("50-249", "<5"), Map.entry("250+", "<5"),
                Map.entry(Summary.NO_ANSWER, "<5"));
        Summary.ProfileFigures obstacles = profile(all, "obstacles");
        assertThat(obstacles.type()).isEqualTo("multi");
        assertThat(counts(obstacles.rows())).containsExactly(
                Map.entry("time", "6"), Map.entry("money", "<5"), Map.entry("none", "<5"), Map.entry(Summary.NO_ANSWER, "<5"));
        assertThat(shares(obstacles.rows())).containsExactly(Map.entry("time", new BigDecimal("60.0")));
        // free text is never part of the summary
        assertThat(all.profile()).extracting(Summary.ProfileFigures::question).containsExactly("industry", "employees", "obstacles");
    }

    @Test
    void four_companies_are_suppressed_and_five_are_shown() {
        Answers one = company("crafts", 3, "done", "daily", "time");

        Summary.QuestionnaireSummary four = summarize(entries(q, copies(4, one)), null);
        assertThat(four.assessments().suppressed()).isTrue();
        assertThat(four.groups()).isEmpty();

        Summary.QuestionnaireSummary five = summarize(entries(q, copies(5, one)), null);
        assertThat(five.assessments().value()).isEqualTo(5);
        Summary.Group all = five.groups().get(0);
        assertThat(counts(profile(all, "industry").rows())).containsEntry("crafts", "5").containsEntry("trade", "<5");
        assertThat(score(all, "strategy").mean()).isEqualByComparingTo("100.0");
        assertThat(counts(profile(all, "obstacles").rows())).containsEntry("time", "5");
    }

    @Test
    void a_count_below_five_is_hidden_and_so_is_the_smallest_other_one_that_would_give_it_away() {
        // 9 crafts, 1 trade: "trade < 5" next to "crafts 9" of 10 would reveal the one trade company
        List<Answers> answers = new ArrayList<>(copies(9, company("crafts", 3, "done", "daily")));
        answers.add(company("trade", 3, "done", "daily"));

        Summary.Group all = summarize(entries(q, answers), null).groups().get(0);

        assertThat(counts(profile(all, "industry").rows())).containsExactly(
                Map.entry("crafts", "<5"), Map.entry("trade", "<5"), Map.entry(Summary.NO_ANSWER, "<5"));
        assertThat(shares(profile(all, "industry").rows())).isEmpty();
    }

    @Test
    void suppression_hides_further_cells_until_the_hidden_ones_hold_none_or_at_least_five() {
        // column: 20, 7, 3, 0 → 3 hidden, then the 7, since 3 alone would follow from the total
        boolean[][] hidden = Aggregator.suppress(new int[][] {{20, 7, 3, 0}}, true, false);
        assertThat(hidden[0]).containsExactly(false, true, true, true);
        // without a column total (multiple choice) only the small count is hidden
        assertThat(Aggregator.suppress(new int[][] {{20, 7, 3, 0}}, false, false)[0]).containsExactly(false, false, true, true);
        // rows: the groups split "all" (column 0); group 2 has 3 of the 12, so group 1's 9 is hidden too
        boolean[][] rows = Aggregator.suppress(new int[][] {{12}, {9}, {3}}, false, true);
        assertThat(rows).isDeepEqualTo(new boolean[][] {{false}, {true}, {true}});
    }

    @Test
    void incomplete_assessments_are_not_counted() {
        List<Answers> answers = new ArrayList<>(StatsFixture.tenCompanies());
        answers.add(StatsFixture.incomplete());

        Summary.QuestionnaireSummary s = summarize(entries(q, answers), null);

        assertThat(s.assessments().value()).isEqualTo(10);
        assertThat(counts(profile(s.groups().get(0), "industry").rows())).containsEntry("crafts", "5");
        // four complete ones and an incomplete one are not five
        List<Answers> almost = new ArrayList<>(copies(4, company("crafts", 3, "done", "daily")));
        almost.add(StatsFixture.incomplete());
        assertThat(summarize(entries(q, almost), null).assessments().suppressed()).isTrue();
    }

    @Test
    void an_assessment_is_scored_with_the_questionnaire_version_it_was_answered_with() {
        // version 2 gives "some" a plan full points
        Questionnaire v2 = StatsFixture.questionnaire(StatsFixture.YAML.replace("version: 1", "version: 2")
                .replace("{id: some, label: S, points: 1}", "{id: some, label: S, points: 2}"));
        Answers some = company("crafts", 3, "some", "daily");
        List<Aggregator.Entry> entries = new ArrayList<>(entries(q, copies(5, some)));

        Summary.QuestionnaireSummary old = Aggregator.summarize(List.of(v2), entries, null).questionnaires().get(0);
        assertThat(score(old.groups().get(0), "strategy").mean()).isEqualByComparingTo("50.0");

        entries.addAll(entries(v2, copies(5, some)));
        Summary.QuestionnaireSummary mixed = Aggregator.summarize(List.of(v2), entries, null).questionnaires().get(0);
        assertThat(mixed.assessments().value()).isEqualTo(10);
        assertThat(score(mixed.groups().get(0), "strategy").mean()).isEqualByComparingTo("75.0");
        assertThat(score(mixed.groups().get(0), "strategy").median()).isEqualByComparingTo("75.0");
    }

    @Test
    void a_breakdown_shows_groups_of_five_or_more_and_pools_the_rest_into_others_of_at_least_five() {
        Summary.QuestionnaireSummary s = summarize(entries(q, StatsFixture.tenCompanies()), "industry");

        assertThat(s.by().question()).isEqualTo("industry");
        assertThat(s.groups()).extracting(Summary.Group::id).containsExactly(Summary.ALL, "crafts", "trade");
        Summary.Group crafts = s.groups().get(1);
        assertThat(crafts.assessments()).isEqualTo(5);
        // c1..c5: strategy 100, 100, 50, 0, 100
        assertThat(score(crafts, "strategy").mean()).isEqualByComparingTo("70.0");
        assertThat(score(crafts, "strategy").median()).isEqualByComparingTo("100.0");
        // the groups do not repeat the question they are formed by
        assertThat(crafts.profile()).extracting(Summary.ProfileFigures::question).doesNotContain("industry");

        // three more without a sector: too few for a group of their own, so one sector joins them
        List<Answers> answers = new ArrayList<>(StatsFixture.tenCompanies());
        answers.addAll(copies(3, company(null, 3, "done", "daily")));
        Summary.QuestionnaireSummary pooled = summarize(entries(q, answers), "industry");
        assertThat(pooled.groups()).extracting(Summary.Group::id).containsExactly(Summary.ALL, "trade", Summary.OTHERS);
        assertThat(pooled.groups()).extracting(Summary.Group::assessments).containsExactly(13, 5, 8);
        pooled.groups().forEach(g -> assertThat(g.assessments()).isGreaterThanOrEqualTo(Aggregator.K));
    }

    @Test
    void a_breakdown_by_employees_uses_the_size_classes_and_only_questions_that_form_groups_are_accepted() {
        Summary.QuestionnaireSummary s = summarize(entries(q, StatsFixture.tenCompanies()), "employees");
        assertThat(s.groups()).extracting(Summary.Group::id).containsExactly(Summary.ALL, "1-9", "10-49");

        assertThatThrownBy(() -> summarize(List.of(), "obstacles")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("obstacles");
        assertThatThrownBy(() -> summarize(List.of(), "remarks")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> summarize(List.of(), "plan")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void employees_fall_into_the_eu_size_classes() {
        assertThat(Aggregator.sizeClass(new BigDecimal("1"))).isEqualTo("1-9");
        assertThat(Aggregator.sizeClass(new BigDecimal("9.5"))).isEqualTo("1-9");
        assertThat(Aggregator.sizeClass(new BigDecimal("10"))).isEqualTo("10-49");
        assertThat(Aggregator.sizeClass(new BigDecimal("49"))).isEqualTo("10-49");
        assertThat(Aggregator.sizeClass(new BigDecimal("50"))).isEqualTo("50-249");
        assertThat(Aggregator.sizeClass(new BigDecimal("249.5"))).isEqualTo("50-249");
        assertThat(Aggregator.sizeClass(new BigDecimal("250"))).isEqualTo("250+");
    }
}
