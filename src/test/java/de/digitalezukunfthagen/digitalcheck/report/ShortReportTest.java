package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The short report as a firm meets it, for personas of different size and sector: at most ten pages,
 * the parts in the order of the result page, the plan on pages 1 and 2 in the engine's order, and
 * nothing in the first two pages a firm cannot act on.
 */
class ShortReportTest {
    static Catalog catalog;
    static final Messages DE = Messages.of("de");

    @BeforeAll
    static void load() throws Exception {
        catalog = BundledQuestionnaires.load(Path.of("questionnaires"));
        BundledReportTest.catalog = catalog;
    }

    static ReportInput input(String persona, String language) throws Exception {
        AnswersJson.Document answers = BundledReportTest.persona(persona);
        return new ReportInput(answers.questionnaire(), catalog.contacts(), answers.answers(), language, "Muster GmbH",
                LocalDate.of(2026, 11, 27));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"dachdecker-3-personen, de", "metallverarbeiter-40-personen, en", "dienstleister-150-personen, de",
        "tischlerei-am-anfang, de", "tischlerei-am-anfang, en", "nichts-erledigt, de", "dachdecker-schnellcheck, de"})
    void the_short_report_keeps_to_ten_pages_and_tells_the_story_in_order(String persona, String language) throws Exception {
        ReportInput input = input(persona, language);
        Messages m = Messages.of(language);
        ReportText pdf = ReportText.read(PdfReport.render(input));
        assertThat(pdf.pageCount()).isLessThanOrEqualTo(PdfReport.PAGE_BUDGET);
        assertThat(pdf.all()).containsSubsequence(m.get("summary.title"), m.get("plan.title"), m.get("profile.title"),
                m.get("contacts.title"), m.get("appendix.title"), m.get("levers.title"), m.get("method.title"), m.get("closing.next"));
        assertThat(pdf.all()).doesNotContain(m.get("answers.intro"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dachdecker-3-personen", "metallverarbeiter-40-personen", "dienstleister-150-personen", "tischlerei-am-anfang",
        "nichts-erledigt"})
    void the_plan_is_on_the_first_two_pages_in_the_engines_order(String persona) throws Exception {
        ReportInput input = input(persona, "de");
        ReportText pdf = ReportText.read(PdfReport.render(input));
        List<String> plan = ReportPlan.of(input);
        assertThat(plan).as("the persona has a plan").isNotEmpty();
        String firstTwo = ReportText.squash(pdf.pages().get(0) + pdf.pages().get(1));
        String[] titles = plan.stream()
                .map(id -> ResultInReport.squash(input.questionnaire().recommendation(id).orElseThrow().title().in("de")))
                .toArray(String[]::new);
        assertThat(firstTwo).containsSubsequence(titles);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dachdecker-3-personen", "dienstleister-150-personen", "tischlerei-am-anfang", "nichts-erledigt"})
    void nothing_a_firm_cannot_act_on_is_in_the_first_two_pages(String persona) throws Exception {
        ReportText pdf = ReportText.read(PdfReport.render(input(persona, "de")));
        String firstTwo = pdf.page(1) + " " + pdf.page(2);
        assertThat(firstTwo).doesNotContain(DE.get("method.title"), DE.get("levers.title"), DE.get("answers.title"),
                DE.get("appendix.title"), DE.get("method.1"), DE.get("answers.unanswered"));
    }

    @Test
    void a_partial_check_is_marked_provisional_on_page_1_with_the_answered_questions_per_area() throws Exception {
        ReportInput whole = input("metallverarbeiter-40-personen", "de");
        Map<String, Answer> kept = new LinkedHashMap<>(whole.answers().values());
        String dropped = whole.questionnaire().dimensions().get(0).questions().get(0).id();
        String droppedToo = whole.questionnaire().dimensions().get(0).questions().get(1).id();
        kept.remove(dropped);
        kept.remove(droppedToo);
        ReportInput partial = new ReportInput(whole.questionnaire(), whole.contacts(), new Answers(kept), "de", "Muster GmbH", whole.date());
        String page1 = ReportText.read(PdfReport.render(partial)).page(1);
        assertThat(page1).contains(DE.get("summary.provisional"));
        String first = whole.questionnaire().dimensions().get(0).title().in("de");
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(first) + " (\\d+) von (\\d+)").matcher(page1);
        assertThat(matcher.find()).as("'%s x von y' on page 1", first).isTrue();
        assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(Integer.parseInt(matcher.group(2)) - 2);
        assertThat(ReportText.read(PdfReport.render(whole)).page(1)).doesNotContain(DE.get("summary.provisional"));
    }

    @Test
    void the_long_report_has_every_answer_and_no_page_budget() throws Exception {
        ReportInput input = input("tischlerei-am-anfang", "de");
        ReportText full = ReportText.read(PdfReport.render(input.withFull(true)));
        ReportText brief = ReportText.read(PdfReport.render(input));
        assertThat(full.pageCount()).isGreaterThan(brief.pageCount());
        assertThat(full.all()).contains(DE.get("answers.intro"), DE.get("dimension.pulledDown"));
        assertThat(brief.all()).contains(DE.get("closing.full"));
        assertThat(full.all()).doesNotContain(DE.get("closing.full"));
    }
}
