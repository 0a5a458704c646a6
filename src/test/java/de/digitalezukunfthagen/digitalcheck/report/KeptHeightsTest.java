package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A report maker that keeps the appendix rows' heights between reports ({@link PdfReport#make}) makes
 * the very reports that are made alone ({@link PdfReport#render}): what it keeps is the same for
 * every firm, whichever firms came before.
 */
class KeptHeightsTest {
    private static final List<String> PERSONAS = List.of("tischlerei-am-anfang", "nichts-erledigt", "alles-erledigt",
            "dachdecker-3-personen", "metallverarbeiter-40-personen", "dienstleister-150-personen",
            "dachdecker-schnellcheck", "dienstleister-schnellcheck");

    @BeforeAll
    static void load() throws Exception {
        ShortReportTest.catalog = BundledQuestionnaires.load(Path.of("questionnaires"));
        BundledReportTest.catalog = ShortReportTest.catalog;
    }

    @Test
    void reports_made_after_other_firms_reports_are_the_reports_made_alone() throws Exception {
        PdfReport maker = new PdfReport();
        List<ReportInput> inputs = new ArrayList<>();
        for (String language : List.of("de", "en")) {
            for (String persona : PERSONAS) {
                inputs.add(ShortReportTest.input(persona, language));
            }
        }
        // every report once, so that each is made again below with the heights the others left
        for (ReportInput input : inputs) {
            maker.make(input);
        }
        for (ReportInput input : inputs) {
            ReportText kept = ReportText.read(maker.make(input));
            ReportText alone = ReportText.read(PdfReport.render(input));
            String which = input.language() + " " + input.answers().values().keySet().size() + " answers";
            assertThat(kept.pageCount()).as(which).isEqualTo(alone.pageCount());
            assertThat(kept.framed()).as(which).isEqualTo(alone.framed());
        }
    }

    @Test
    void the_kept_heights_are_bounded() {
        CardHeights heights = new CardHeights();
        for (int i = 0; i < CardHeights.MAX_ENTRIES * 2; i++) {
            int n = i;
            assertThat(heights.height("row " + n, () -> (float) n)).isEqualTo(n);
            assertThat(heights.size()).isLessThanOrEqualTo(CardHeights.MAX_ENTRIES);
        }
        assertThat(heights.height("row 5", () -> -1f)).as("emptied when full, measured again").isEqualTo(-1f);
    }
}
