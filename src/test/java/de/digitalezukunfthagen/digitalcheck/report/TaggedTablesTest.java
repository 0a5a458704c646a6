package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Progress;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.stats.Peers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report's data tables read back from the structure tree: Table &gt; TR &gt; TH/TD in reading
 * order, every cell's text in a marked-content sequence on the page where it is printed, header cells
 * with their scope, one row per row of the table (a header repeated on the next page is no second
 * row), and no text of the report outside the tree.
 */
class TaggedTablesTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 27);

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() throws Exception {
        BundledReportTest.catalog = BundledQuestionnaires.load(Path.of("questionnaires"));
        SpreadSectionTest.catalog = ReportFixture.catalog(dir);
    }

    @ParameterizedTest(name = "{0}, full {1}")
    @CsvSource({"tischlerei-am-anfang, false", "tischlerei-am-anfang, true", "dachdecker-3-personen, false",
        "dachdecker-3-personen, true", "metallverarbeiter-40-personen, true", "dienstleister-150-personen, true",
        "dachdecker-schnellcheck, true", "nichts-erledigt, false"})
    void every_table_is_rows_of_cells_whose_text_is_marked_on_its_page(String persona, boolean full) throws Exception {
        TaggedPdf pdf = TaggedPdf.read(PdfReport.render(input(persona, "de").withFull(full)));
        assertThat(pdf.tables()).as("tables").hasSizeGreaterThanOrEqualTo(full ? 4 : 2);
        for (TaggedPdf.Element table : pdf.tables()) {
            assertWellFormed(pdf, table);
        }
        assertNothingOutsideTheTree(pdf);
    }

    @Test
    void the_profile_has_a_header_row_and_a_row_named_by_each_dimension_and_the_total() throws Exception {
        AnswersJson.Document persona = BundledReportTest.persona("tischlerei-am-anfang");
        TaggedPdf pdf = TaggedPdf.read(PdfReport.render(input("tischlerei-am-anfang", "de")));
        Messages m = Messages.of("de");
        TaggedPdf.Element profile = table(pdf, m.get("summary.dimension"), m.get("summary.score"));

        assertThat(texts(pdf, profile.kids().get(0).kids())).containsExactly(m.get("summary.dimension"),
                m.get("summary.score"), m.get("summary.level"), m.get("summary.bar"));
        List<String> named = new ArrayList<>();
        int notes = 0;
        for (TaggedPdf.Element row : profile.kids().subList(1, profile.kids().size())) {
            if (row.kids().size() == 1) {
                // what the level means, under its dimension's row, over the full width
                assertThat(row.kids().get(0).role()).isEqualTo("TD");
                assertThat(row.kids().get(0).colspan()).isEqualTo(4);
                notes++;
                continue;
            }
            assertThat(row.kids()).extracting(TaggedPdf.Element::role).containsExactly("TH", "TD", "TD", "TD");
            named.add(ReportText.squash(pdf.text(row.kids().get(0))));
        }
        List<String> expected = new ArrayList<>();
        for (Dimension d : persona.questionnaire().dimensions()) {
            expected.add(ReportText.squash(printable(d.title())));
        }
        expected.add(ReportText.squash(m.get("summary.overall")));
        assertThat(named).containsExactlyElementsOf(expected);
        assertThat(profile.kids()).hasSize(1 + expected.size() + notes);
    }

    @Test
    void an_answers_table_that_goes_on_to_the_next_page_is_one_table_with_its_header_row_once() throws Exception {
        AnswersJson.Document persona = BundledReportTest.persona("tischlerei-am-anfang");
        byte[] bytes = PdfReport.render(input("tischlerei-am-anfang", "de").withFull(true));
        TaggedPdf pdf = TaggedPdf.read(bytes);
        ReportText seen = ReportText.read(bytes);
        Questionnaire questionnaire = persona.questionnaire();
        Evaluation evaluation = Scorer.evaluate(questionnaire, BundledReportTest.catalog.contacts(), persona.answers());

        List<String> titles = new ArrayList<>();
        List<List<Question>> groups = new ArrayList<>();
        titles.add(Messages.of("de").get("answers.profile"));
        groups.add(questionnaire.profile());
        for (Dimension d : questionnaire.dimensions()) {
            titles.add(printable(d.title()));
            groups.add(d.questions());
        }
        int across = 0;
        for (int g = 0; g < groups.size(); g++) {
            List<Question> asked = groups.get(g).stream().filter(q -> evaluation.isVisible(q.id())).toList();
            TaggedPdf.Element table = answersTable(pdf, titles.get(g));
            assertThat(table.kids()).as(titles.get(g)).hasSize(1 + asked.size());
            TaggedPdf.Element head = table.kids().get(0).kids().get(0);
            assertThat(head.scope()).isEqualTo("Column");
            assertThat(head.colspan()).isEqualTo(2);
            List<String> questions = new ArrayList<>();
            for (TaggedPdf.Element row : table.kids().subList(1, table.kids().size())) {
                assertThat(row.kids()).extracting(TaggedPdf.Element::scope).containsExactly("Row", null);
                questions.add(ReportText.squash(pdf.text(row.kids().get(0))));
            }
            assertThat(questions).containsExactlyElementsOf(asked.stream().map(q -> ReportText.squash(printable(q.text()))).toList());

            Set<Integer> pages = new HashSet<>();
            table.all("TD").forEach(cell -> cell.marks().forEach(mark -> pages.add(mark.page())));
            if (pages.size() > 1) {
                across++;
                int next = pages.stream().mapToInt(Integer::intValue).max().orElseThrow();
                // the header is printed again on the next page, but as decoration, not as a second row
                assertThat(head.marks()).extracting(TaggedPdf.Mark::page).allMatch(page -> page < next);
                String title = titles.get(g);
                assertThat(seen.framedPage(next)).contains(title);
                assertThat(pdf.marked().get(next).values()).noneMatch(text -> text.equals(title));
            }
        }
        assertThat(across).as("answers tables that go on to the next page").isPositive();
    }

    @Test
    void the_tables_of_a_follow_up_name_their_rows_by_area() throws Exception {
        AnswersJson.Document before = BundledReportTest.persona("nichts-erledigt");
        AnswersJson.Document now = BundledReportTest.persona("dachdecker-3-personen");
        var contacts = BundledReportTest.catalog.contacts();
        Result result = Scorer.score(now.questionnaire(), contacts, now.answers());
        Progress progress = Progress.of(before.questionnaire(), Scorer.score(before.questionnaire(), contacts, before.answers()),
                now.questionnaire(), result);
        List<Peers.Spread> spreads = new ArrayList<>();
        spreads.add(new Peers.Spread("overall", new BigDecimal("31.5"), new BigDecimal("44.0"), new BigDecimal("58.2")));
        result.dimensions().forEach(d -> spreads.add(new Peers.Spread(d.id(), new BigDecimal("20.0"), new BigDecimal("40.0"),
                new BigDecimal("60.0"))));
        ReportInput input = input("dachdecker-3-personen", "de").withComparisons(new Comparisons(before.questionnaire(),
                LocalDate.of(2026, 3, 2), progress, new Peers(Peers.Scope.INDUSTRY, "crafts", null, 17, spreads)));
        TaggedPdf pdf = TaggedPdf.read(PdfReport.render(input));
        Messages m = Messages.of("de");

        List<String> areas = new ArrayList<>();
        areas.add(ReportText.squash(m.get("progress.overall")));
        now.questionnaire().dimensions().forEach(d -> areas.add(ReportText.squash(printable(d.title()))));
        for (TaggedPdf.Element table : List.of(table(pdf, m.get("progress.area"), m.get("progress.before")),
                table(pdf, m.get("progress.area"), m.get("peers.you")))) {
            assertWellFormed(pdf, table);
            assertThat(table.kids().get(0).kids()).extracting(TaggedPdf.Element::scope).containsOnly("Column").hasSize(4);
            assertThat(rowNames(pdf, table).stream().map(ReportText::squash)).containsExactlyInAnyOrderElementsOf(areas);
        }
        assertNothingOutsideTheTree(pdf);
    }

    @Test
    void the_workshop_page_tags_the_spread_and_the_agreed_plan_as_tables() throws Exception {
        WorkshopSpread base = SpreadSectionTest.spread();
        WorkshopSpread spread = new WorkshopSpread(base.participants(), base.dimensions(), base.questions(), List.of(),
                List.of(new WorkshopSpread.PlannedStep("Datensicherung einrichten", "Anna", DATE.plusMonths(2)),
                        new WorkshopSpread.PlannedStep("Zwei-Faktor-Anmeldung", null, null)),
                new WorkshopSpread.Labels(Text.of("de", "Rollen"), Text.of("de", "Aktionsplan"), Text.of("de", "Schritt"),
                        Text.of("de", "Wer"), Text.of("de", "Bis wann")));
        TaggedPdf pdf = TaggedPdf.read(PdfReport.render(SpreadSectionTest.input("de", spread)));
        Messages m = Messages.of("de");

        TaggedPdf.Element ranges = table(pdf, m.get("spread.dimension"), m.get("spread.people"));
        assertWellFormed(pdf, ranges);
        assertThat(rowNames(pdf, ranges)).containsExactly("Strategie & Führung", "IT-Sicherheit", "Daten & Prozesse");
        assertThat(ranges.kids().get(1).kids()).hasSize(6);
        TaggedPdf.Element plan = table(pdf, "Schritt", "Wer");
        assertWellFormed(pdf, plan);
        assertThat(rowNames(pdf, plan)).containsExactly("Datensicherung einrichten", "Zwei-Faktor-Anmeldung");
        assertThat(texts(pdf, plan.kids().get(2).kids())).containsExactly("Zwei-Faktor-Anmeldung", "–", "–");
        assertNothingOutsideTheTree(pdf);
    }

    /** Rows of TH/TD with marks on their pages; header rows first, all TH for their column; a row's TH only first. */
    private static void assertWellFormed(TaggedPdf pdf, TaggedPdf.Element table) {
        assertThat(table.marks()).as("a table holds rows, no text of its own").isEmpty();
        assertThat(table.kids()).as("rows").isNotEmpty().extracting(TaggedPdf.Element::role).containsOnly("TR");
        boolean body = false;
        for (TaggedPdf.Element row : table.kids()) {
            assertThat(row.marks()).isEmpty();
            assertThat(row.kids()).as("cells").isNotEmpty().extracting(TaggedPdf.Element::role)
                    .allMatch(role -> role.equals("TH") || role.equals("TD"));
            boolean header = row.kids().stream().allMatch(c -> "Column".equals(c.scope()));
            assertThat(header && body).as("a header row after the body").isFalse();
            body |= !header;
            for (int c = 0; c < row.kids().size(); c++) {
                TaggedPdf.Element cell = row.kids().get(c);
                assertThat(cell.marks()).as("marked content of a cell").isNotEmpty().allMatch(pdf::onItsPage);
                if (cell.role().equals("TH")) {
                    assertThat(cell.scope()).as("scope of a header cell").isEqualTo(header ? "Column" : "Row");
                    assertThat(header || c == 0).as("a row's header is its first cell").isTrue();
                } else {
                    assertThat(cell.scope()).isNull();
                }
            }
        }
    }

    /** Every text is in a marked sequence, and every sequence belongs to an element of the tree, on its page. */
    private static void assertNothingOutsideTheTree(TaggedPdf pdf) {
        assertThat(pdf.unmarked()).as("text outside marked content").allSatisfy((page, text) -> assertThat(text).isEmpty());
        Map<Integer, Set<Integer>> inTree = new HashMap<>();
        Stream.concat(Stream.of(pdf.root()), pdf.root().kids().stream().flatMap(TaggedTablesTest::descendants))
                .forEach(e -> e.marks().forEach(mark -> inTree.computeIfAbsent(mark.page(), p -> new HashSet<>()).add(mark.mcid())));
        pdf.sequences().forEach((page, ids) -> assertThat(inTree.getOrDefault(page, Set.of())).as("page %d", page).containsAll(ids));
    }

    private static Stream<TaggedPdf.Element> descendants(TaggedPdf.Element element) {
        return Stream.concat(Stream.of(element), element.kids().stream().flatMap(TaggedTablesTest::descendants));
    }

    /** The table whose first two header cells read so. */
    private static TaggedPdf.Element table(TaggedPdf pdf, String first, String second) {
        return pdf.tables().stream().filter(t -> t.kids().get(0).kids().size() >= 2)
                .filter(t -> texts(pdf, t.kids().get(0).kids()).subList(0, 2).equals(List.of(first, second)))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed " + first + ", " + second));
    }

    private static TaggedPdf.Element answersTable(TaggedPdf pdf, String title) {
        return pdf.tables().stream().filter(t -> t.kids().get(0).kids().size() == 1)
                .filter(t -> pdf.text(t.kids().get(0).kids().get(0)).equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no answers table " + title));
    }

    /** The texts of the row headers of the body rows. */
    private static List<String> rowNames(TaggedPdf pdf, TaggedPdf.Element table) {
        return table.kids().stream().map(row -> row.kids().get(0)).filter(cell -> "Row".equals(cell.scope()))
                .map(pdf::text).toList();
    }

    private static List<String> texts(TaggedPdf pdf, List<TaggedPdf.Element> cells) {
        return cells.stream().map(pdf::text).toList();
    }

    private static String printable(Text text) {
        return Style.printable(text.in("de"));
    }

    private static ReportInput input(String persona, String language) throws Exception {
        AnswersJson.Document answers = BundledReportTest.persona(persona);
        return new ReportInput(answers.questionnaire(), BundledReportTest.catalog.contacts(), answers.answers(), language,
                "Tischlerei Brinkmann & Söhne GmbH & Co. KG", DATE);
    }
}
