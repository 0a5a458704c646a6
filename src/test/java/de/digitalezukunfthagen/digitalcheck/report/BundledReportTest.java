package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reports of the personas (personas/*.json beside this class) with the bundled questionnaires in
 * questionnaires/: every figure of the result is in them, in both languages, and they stay small.
 * The roofer, manufacturer, service firm, "everything done" and "nothing done" are the content's
 * personas (content/Personas.java) written out as answer files; tischlerei-am-anfang has the most
 * recommendations and a long company name, dienstleister-schnellcheck an area not assessed.
 */
class BundledReportTest {
    static Catalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = BundledQuestionnaires.load(Path.of("questionnaires"));
    }

    static AnswersJson.Document persona(String name) throws IOException {
        try (InputStream in = BundledReportTest.class.getResourceAsStream("personas/" + name + ".json")) {
            AnswersJson.Document document = AnswersJson.read(catalog, Json.mapper().readTree(in));
            assertThat(document.problems()).as(name).isEmpty();
            return document;
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "dachdecker-3-personen, de", "dachdecker-3-personen, en",
        "metallverarbeiter-40-personen, de", "metallverarbeiter-40-personen, en",
        "dienstleister-150-personen, de", "dienstleister-150-personen, en",
        "alles-erledigt, de", "alles-erledigt, en",
        "nichts-erledigt, de", "nichts-erledigt, en",
        "tischlerei-am-anfang, de", "tischlerei-am-anfang, en",
        "dachdecker-schnellcheck, de", "dienstleister-schnellcheck, en"})
    void everyFigureOfThePersonasResultIsInTheReport(String name, String language) throws Exception {
        AnswersJson.Document answers = persona(name);
        ReportInput input = new ReportInput(answers.questionnaire(), catalog.contacts(), answers.answers(), language,
                "Muster GmbH & Co. KG", LocalDate.of(2026, 11, 27));
        byte[] pdf = PdfReport.render(input);
        assertThat(pdf.length).as("bytes").isLessThan(300 * 1024);
        ReportText text = ReportText.read(pdf);
        assertThat(text.pageCount()).as("pages").isLessThanOrEqualTo(PdfReport.PAGE_BUDGET);
        ResultInReport.assertShown(input, text);
    }
}
