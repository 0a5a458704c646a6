package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workshop's page in the report: printed when the input carries a spread, absent otherwise. */
class SpreadSectionTest {
    @TempDir
    static Path dir;
    static Catalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = ReportFixture.catalog(dir);
    }

    static WorkshopSpread spread() {
        List<WorkshopSpread.Range> ranges = new ArrayList<>();
        ranges.add(new WorkshopSpread.Range("strategy", 4, new BigDecimal("41.7"), new BigDecimal("0.0"), new BigDecimal("100.0")));
        ranges.add(new WorkshopSpread.Range("security", 3, new BigDecimal("55.6"), new BigDecimal("33.3"), new BigDecimal("88.9")));
        ranges.add(new WorkshopSpread.Range("data", 0, null, null, null));
        return new WorkshopSpread(4, ranges, List.of(
                new WorkshopSpread.Disagreement("plan", 4, new BigDecimal("45.2"), 50, List.of(new WorkshopSpread.Count("none", 2),
                        new WorkshopSpread.Count("ideas", 0), new WorkshopSpread.Count("written", 2)), null, null, null),
                new WorkshopSpread.Disagreement("budget", 4, new BigDecimal("30.0"), 75, List.of(), new BigDecimal("0.5"),
                        new BigDecimal("2"), new BigDecimal("4.5"))));
    }

    static ReportInput input(String language, WorkshopSpread spread) throws Exception {
        AnswersJson.Document answers = ReportFixture.answers(catalog, ReportFixture.WEAK);
        return new ReportInput(answers.questionnaire(), catalog.contacts(), answers.answers(), language, "Muster GmbH",
                PdfReportTest.DATE, spread);
    }

    @Test
    void the_consensus_report_shows_how_the_team_answered_after_the_summary() throws Exception {
        ReportText pdf = ReportText.read(PdfReport.render(input("de", spread())));
        String all = pdf.all();
        assertThat(all).containsSubsequence("Das Wichtigste in Kürze", "Ansprechpartner in Hagen", "So hat das Team geantwortet", "Anhang");
        assertThat(all).contains("4 Personen haben den Fragebogen im Workshop jede für sich beantwortet.",
                "Wo die Meinungen am weitesten auseinandergingen",
                "Einzelantworten: Nein 2× · Ja, mit Zielen und Zuständigkeiten 2×",
                "Uneinigkeit 45,2 von 50 · 50 % wichen von der häufigsten Antwort ab",
                "Gemeinsame Antwort: Nein",
                "von 0,5 bis 4,5, Median 2",
                "Wie Uneinigkeit gemessen wird");
        assertThat(ReportText.squash(all)).contains(ReportText.squash("Strategie & Führung 4 41,7 0,0 – 100,0"));
        int page = 0;
        for (int i = 1; i <= pdf.pageCount(); i++) {
            if (pdf.page(i).contains("So hat das Team geantwortet")) {
                page = i;
            }
        }
        assertThat(page).as("a page of its own").isPositive();
    }

    @Test
    void the_spread_page_speaks_english_too() throws Exception {
        String all = ReportText.read(PdfReport.render(input("en", spread()))).all();
        assertThat(all).contains("How the team answered", "4 people answered the questionnaire", "disagreement 45.2 of 50",
                "from 0.5 to 4.5, median 2");
    }

    @Test
    void a_report_of_one_respondent_has_no_such_page() throws Exception {
        ReportText with = ReportText.read(PdfReport.render(input("de", spread())));
        ReportText without = ReportText.read(PdfReport.render(input("de", null)));
        assertThat(without.all()).doesNotContain("So hat das Team geantwortet", "Wo die Meinungen");
        assertThat(with.pageCount()).isGreaterThan(without.pageCount());
    }
}
