package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Generated reports read back with OpenPDF's text extraction: every figure of the result is in them. */
class PdfReportTest {
    static final LocalDate DATE = LocalDate.of(2026, 11, 27);

    @TempDir
    static Path dir;
    static Catalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = ReportFixture.catalog(dir);
    }

    static String persona(String name) {
        return switch (name) {
            case "WEAK" -> ReportFixture.WEAK;
            case "STRONG" -> ReportFixture.STRONG;
            case "UNASSESSED" -> ReportFixture.UNASSESSED;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static ReportInput input(String persona, String language, String company) throws Exception {
        AnswersJson.Document answers = ReportFixture.answers(catalog, persona(persona));
        return new ReportInput(answers.questionnaire(), catalog.contacts(), answers.answers(), language, company, DATE);
    }

    static String squash(String text) {
        return ReportText.squash(text);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({"de,WEAK", "en,WEAK", "de,STRONG", "en,STRONG", "de,UNASSESSED", "en,UNASSESSED"})
    void every_figure_of_the_result_appears(String language, String persona) throws Exception {
        ReportInput input = input(persona, language, "Muster GmbH");
        Result result = Scorer.score(input.questionnaire(), input.contacts(), input.answers());
        assertThat(result.recommendations()).isNotEmpty();
        assertThat(result.contacts()).isNotEmpty();
        ResultInReport.assertShown(input, ReportText.read(PdfReport.render(input)));
        ResultInReport.assertShown(input.withFull(true), ReportText.read(PdfReport.render(input.withFull(true))));
    }

    @Test
    void numbers_are_written_the_way_the_reader_writes_them() throws Exception {
        ReportInput de = input("WEAK", "de", null);
        BigDecimal overall = Scorer.score(de.questionnaire(), de.contacts(), de.answers()).overall().score();
        assertThat(overall.stripTrailingZeros().scale()).as("the fixture needs a decimal here").isPositive();
        String german = ReportText.read(PdfReport.render(de)).page(1);
        String english = ReportText.read(PdfReport.render(input("WEAK", "en", null))).page(1);
        assertThat(german).contains(overall.toPlainString().replace('.', ',')).doesNotContain(overall.toPlainString());
        assertThat(english).contains(overall.toPlainString()).doesNotContain(overall.toPlainString().replace('.', ','));
        assertThat(german).contains("27. November 2026");
        assertThat(english).contains("27 November 2026");
    }

    @Test
    void an_unassessed_dimension_says_so_everywhere() throws Exception {
        ReportInput input = input("UNASSESSED", "de", null);
        Result result = Scorer.score(input.questionnaire(), input.contacts(), input.answers());
        assertThat(result.dimension("security").score()).isNull();
        ReportText pdf = ReportText.read(PdfReport.render(input));
        String profile = squash(pdf.page(ResultInReport.pageOf(pdf, "Ihr Profil")));
        assertThat(profile).contains(squash("IT-Sicherheit nicht bewertet – " + Messages.of("de").get("profile.notAssessed")));
        assertThat(pdf.page(1)).contains("1 Pflichtfrage nicht beantwortet");
        ReportText en = ReportText.read(PdfReport.render(input("UNASSESSED", "en", null)));
        assertThat(squash(en.page(ResultInReport.pageOf(en, "Your profile")))).contains(squash("IT security"))
                .contains(squash("not assessed"));
    }

    @Test
    void without_any_answer_there_is_no_score_but_still_a_report() throws Exception {
        Questionnaire q = catalog.find("mini-check").orElseThrow();
        ReportText pdf = ReportText.read(PdfReport.render(new ReportInput(q, catalog.contacts(), Answers.NONE, "de", null, DATE)));
        assertThat(pdf.page(1)).contains("nicht bewertet").contains(Messages.of("de").get("cover.notAssessedText"));
        assertThat(pdf.all()).contains(Messages.of("de").get("levers.noScore"));
        assertThat(squash(pdf.page(ResultInReport.pageOf(pdf, "Ihr Profil")))).contains(squash("Gesamtwert nicht bewertet"));
    }

    @Test
    void the_appendix_lists_the_answers_asked_and_leaves_out_hidden_ones() throws Exception {
        // WEAK answered restore-test, but backups are manual, so the question was not asked
        ReportText weak = ReportText.read(PdfReport.render(input("WEAK", "de", null).withFull(true)));
        // the appendix may run over more than one page: from its heading to the end
        String appendix = weak.all().substring(weak.all().lastIndexOf(Messages.of("de").get("answers.title")));
        assertThat(squash(appendix)).contains(squash("Wie viele Menschen arbeiten in Ihrem Unternehmen?7 Beschäftigte"))
                .contains(squash("Welcher Anteil des Umsatzes fließt in IT und Digitalisierung?0,5 %"))
                .contains(squash("Wir wollen 2027 eine neue Halle bauen."));
        assertThat(weak.all()).doesNotContain("Wiederherstellung");
        ReportText strong = ReportText.read(PdfReport.render(input("STRONG", "en", null).withFull(true)));
        assertThat(squash(strong.all())).contains(squash("Have you ever tested restoring a backup?"))
                .contains(squash("1,250 employees")).contains(squash("4.5%"));
    }

    @Test
    void each_part_has_a_bookmark_that_leads_to_its_page() throws Exception {
        byte[] bytes = PdfReport.render(input("WEAK", "de", "Muster GmbH"));
        ReportText pdf = ReportText.read(bytes);
        PdfReader reader = new PdfReader(bytes);
        List<java.util.Map<String, Object>> marks = com.lowagie.text.pdf.SimpleBookmark.getBookmarkList(reader);
        reader.close();
        List<String> titles = marks.stream().map(b -> (String) b.get("Title")).toList();
        assertThat(titles).containsExactly("Das Wichtigste in Kürze", "Ihr 90-Tage-Plan", "Ihr Profil", "Ansprechpartner in Hagen", "Anhang");
        for (java.util.Map<String, Object> mark : marks) {
            int page = Integer.parseInt(((String) mark.get("Page")).split(" ")[0]);
            assertThat(pdf.page(page)).as("page %d has %s", page, mark.get("Title")).contains((String) mark.get("Title"));
        }
    }

    @Test
    void the_report_is_tagged_with_its_structure_language_and_a_text_for_the_chart() throws Exception {
        byte[] bytes = PdfReport.render(input("WEAK", "de", "Muster GmbH"));
        PdfReader reader = new PdfReader(bytes);
        PdfDictionary catalog = reader.getCatalog();
        assertThat(catalog.getAsDict(PdfName.MARKINFO).get(PdfName.MARKED)).isEqualTo(com.lowagie.text.pdf.PdfBoolean.PDFTRUE);
        assertThat(catalog.get(PdfName.STRUCTTREEROOT)).isNotNull();
        assertThat(catalog.get(PdfName.METADATA)).as("XMP metadata").isNotNull();
        String xmp = new String(PdfReader.getStreamBytes((com.lowagie.text.pdf.PRStream) PdfReader.getPdfObject(catalog.get(PdfName.METADATA))),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xmp).as("it claims PDF/UA-1").contains("<pdfuaid:part>1</pdfuaid:part>").contains("Muster GmbH");
        List<String> roles = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PdfDictionary dict && new PdfName("StructElem").equals(dict.get(PdfName.TYPE))) {
                roles.add(dict.getAsName(PdfName.S).toString());
                if (dict.get(PdfName.ALT) != null) {
                    alternatives.add(dict.getAsString(PdfName.ALT).toUnicodeString());
                }
            }
        }
        reader.close();
        assertThat(roles).contains("/Document", "/Sect", "/H1", "/H2", "/P", "/Table", "/Figure");
        assertThat(alternatives).singleElement().asString().startsWith("Netzdiagramm der Bereiche").contains("IT-Sicherheit");
    }

    @Test
    void every_link_is_a_link_element_that_holds_its_annotation_and_the_annotation_points_back() throws Exception {
        PdfReader reader = new PdfReader(PdfReport.render(input("WEAK", "de", "Muster GmbH")));
        PdfDictionary parentTree = reader.getCatalog().getAsDict(PdfName.STRUCTTREEROOT).getAsDict(PdfName.PARENTTREE);
        PdfArray nums = parentTree.getAsArray(PdfName.NUMS);
        java.util.Map<Integer, PdfObject> parents = new java.util.HashMap<>();
        for (int i = 0; i < nums.size(); i += 2) {
            parents.put(nums.getAsNumber(i).intValue(), PdfReader.getPdfObject(nums.getPdfObject(i + 1)));
        }
        int links = 0;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfArray annotations = reader.getPageN(page).getAsArray(PdfName.ANNOTS);
            for (int i = 0; annotations != null && i < annotations.size(); i++) {
                PdfDictionary annotation = annotations.getAsDict(i);
                if (!PdfName.LINK.equals(annotation.getAsName(PdfName.SUBTYPE)) || annotation.get(PdfName.A) == null) {
                    continue; // the contents' internal jumps are not links to the web
                }
                links++;
                assertThat(annotation.getAsString(PdfName.CONTENTS)).as("the address as description").isNotNull();
                PdfObject parent = parents.get(annotation.getAsNumber(PdfName.STRUCTPARENT).intValue());
                assertThat(parent).isInstanceOf(PdfDictionary.class);
                PdfDictionary element = (PdfDictionary) parent;
                assertThat(element.getAsName(PdfName.S)).isEqualTo(PdfName.LINK);
                PdfDictionary reference = element.getAsDict(PdfName.K);
                assertThat(reference.getAsName(PdfName.TYPE)).isEqualTo(PdfName.OBJR);
                assertThat(PdfReader.getPdfObject(reference.get(PdfName.OBJ))).isSameAs(annotation);
            }
        }
        reader.close();
        assertThat(links).as("links to contacts' websites").isPositive();
    }

    @Test
    void metadata_name_the_report_its_subject_language_and_author() throws Exception {
        ReportText de = ReportText.read(PdfReport.render(input("WEAK", "de", "Muster GmbH")));
        assertThat(de.info()).containsEntry("Title", "Digital-Check Hagen – Bericht für Muster GmbH")
                .containsEntry("Author", "Digitale Zukunft Hagen")
                .containsEntry("Subject", "Ergebnis des Digital-Check Hagen mit Empfehlungen und Ansprechpartnern in Hagen");
        assertThat(de.catalogLanguage()).isEqualTo("de");
        ReportText en = ReportText.read(PdfReport.render(input("WEAK", "en", null)));
        assertThat(en.info()).containsEntry("Title", "Digital Check Hagen – Digital maturity report");
        assertThat(en.catalogLanguage()).isEqualTo("en");
        assertThat(en.page(1)).doesNotContain("Prepared for");
    }

    @Test
    void fonts_are_embedded_subsets_and_the_chart_is_vector_graphics() throws Exception {
        byte[] bytes = PdfReport.render(input("STRONG", "de", "Muster GmbH"));
        assertThat(bytes.length).isLessThan(300 * 1024);
        PdfReader reader = new PdfReader(bytes);
        List<String> fonts = new ArrayList<>();
        int images = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PdfDictionary dict) {
                if (PdfName.FONT.equals(dict.get(PdfName.TYPE)) && PdfName.TYPE0.equals(dict.get(PdfName.SUBTYPE))) {
                    PdfDictionary cid = ((PdfArray) PdfReader.getPdfObject(dict.get(PdfName.DESCENDANTFONTS))).getAsDict(0);
                    PdfDictionary descriptor = cid.getAsDict(PdfName.FONTDESCRIPTOR);
                    assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded font file").isNotNull();
                    assertThat(dict.get(PdfName.TOUNICODE)).as("text can be copied").isNotNull();
                    fonts.add(dict.getAsName(PdfName.BASEFONT).toString());
                } else if (PdfName.FONT.equals(dict.get(PdfName.TYPE)) && !PdfName.CIDFONTTYPE2.equals(dict.get(PdfName.SUBTYPE))) {
                    fonts.add("not embedded: " + dict);
                }
                if (PdfName.IMAGE.equals(dict.get(PdfName.SUBTYPE))) {
                    images++;
                }
            }
        }
        reader.close();
        assertThat(fonts).isNotEmpty().allMatch(f -> f.matches("/[A-Z]{6}\\+DejaVuSans(-Bold)?"), "a subset of DejaVu Sans");
        assertThat(images).as("bitmaps").isZero();
    }

    @Test
    void a_long_company_name_stays_whole_on_the_cover() throws Exception {
        String company = "Schreinerei Mustermann & Söhne GmbH & Co. KG, Betriebsstätte Hagen-Haspe und Werkstatt Eilpe";
        ReportText pdf = ReportText.read(PdfReport.render(input("WEAK", "de", company)));
        assertThat(squash(pdf.page(1))).contains(squash(company));
        assertThat(pdf.framedPage(2)).contains("…");
        assertThat(pdf.framedPage(1)).contains("Seite 1 von " + pdf.pageCount());
        assertThat(pdf.page(2)).as("the running head is an artifact").doesNotContain("…");
    }

    @Test
    void only_german_and_english_reports() throws Exception {
        ReportInput de = input("WEAK", "de", null);
        assertThatThrownBy(() -> new ReportInput(de.questionnaire(), de.contacts(), de.answers(), "fr", null, DATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("de, en");
        assertThat(PdfReport.fileName(de)).isEqualTo("Digital-Check-Bericht-2026-11-27.pdf");
        assertThat(PdfReport.fileName(de.withFull(true))).isEqualTo("Digital-Check-Bericht-vollstaendig-2026-11-27.pdf");
    }

    @Test
    void reports_rendered_at_the_same_time_are_the_same() throws Exception {
        ReportInput input = input("WEAK", "de", "Muster GmbH");
        List<String> expected = ReportText.read(PdfReport.render(input)).pages();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                futures.add(pool.submit(() -> ReportText.read(PdfReport.render(input)).pages()));
            }
            for (Future<List<String>> future : futures) {
                assertThat(future.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
