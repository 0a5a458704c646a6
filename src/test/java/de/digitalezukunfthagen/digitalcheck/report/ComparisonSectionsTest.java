package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.scoring.Progress;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.stats.Peers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report of a repeated check with similar firms: both parts compact, the short report still within ten pages. */
class ComparisonSectionsTest {

    @BeforeAll
    static void load() throws Exception {
        BundledReportTest.catalog = BundledQuestionnaires.load(Path.of("questionnaires"));
    }

    @ParameterizedTest(name = "{0} after nichts-erledigt, {1}")
    @CsvSource({"dachdecker-3-personen, de", "metallverarbeiter-40-personen, en", "dienstleister-150-personen, de",
        "tischlerei-am-anfang, de"})
    void a_follow_up_report_shows_the_change_and_the_peers_after_the_plan_and_keeps_to_ten_pages(String persona, String language) throws Exception {
        AnswersJson.Document before = BundledReportTest.persona("nichts-erledigt");
        AnswersJson.Document now = BundledReportTest.persona(persona);
        List<de.digitalezukunfthagen.digitalcheck.questionnaire.Contact> contacts = BundledReportTest.catalog.contacts();
        Result earlier = Scorer.score(before.questionnaire(), contacts, before.answers());
        Result result = Scorer.score(now.questionnaire(), contacts, now.answers());
        Progress progress = Progress.of(before.questionnaire(), earlier, now.questionnaire(), result);
        List<Peers.Spread> spreads = new ArrayList<>();
        spreads.add(new Peers.Spread("overall", new BigDecimal("31.5"), new BigDecimal("44.0"), new BigDecimal("58.2")));
        result.dimensions().forEach(d -> spreads.add(new Peers.Spread(d.id(), new BigDecimal("20.0"), new BigDecimal("40.0"),
                new BigDecimal("60.0"))));
        Peers peers = new Peers(Peers.Scope.INDUSTRY, "crafts", null, 17, spreads);
        ReportInput input = new ReportInput(now.questionnaire(), contacts, now.answers(), language, "Muster GmbH",
                LocalDate.of(2026, 11, 27)).withComparisons(new Comparisons(before.questionnaire(), LocalDate.of(2026, 3, 2), progress, peers));

        ReportText pdf = ReportText.read(PdfReport.render(input));
        Messages m = Messages.of(language);
        assertThat(pdf.pageCount()).isLessThanOrEqualTo(PdfReport.PAGE_BUDGET);
        // what to do comes first: the plan stays on pages 1-2, the change and the peers follow it
        assertThat(pdf.all()).containsSubsequence(m.get("summary.title"), m.get("plan.title"), m.get("progress.title"),
                m.get("peers.title"));
        assertThat(pdf.page(1) + pdf.page(2)).contains(m.get("plan.title"));
        assertThat(pdf.all()).contains(ChangeWords.describe(progress.overall(), before.questionnaire(), now.questionnaire(), language))
                .contains(m.get("progress.done")).contains(m.get("progress.open"))
                .contains(m.get("peers.basis", "17", m.get("peers.scope.INDUSTRY")).substring(0, 40));
    }
}
