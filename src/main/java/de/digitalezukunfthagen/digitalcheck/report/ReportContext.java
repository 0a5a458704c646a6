package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Band;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Reading;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a section needs: the input, the engine's evaluation of it, the document being written,
 * and lookups and formatting in the reader's language. Sections show the engine's figures; they
 * never compute one.
 */
final class ReportContext {
    private final ReportInput input;
    private final Evaluation evaluation;
    private final Document document;
    private final PdfWriter writer;
    private final Messages messages;
    private final Formats formats;
    private final Toc toc;
    private final PageFrame frame;
    private final List<Section> sections;
    private final Tagging tagging;
    private final int leastSqueeze;
    private int squeeze;
    private final java.util.Map<String, Object> made = new java.util.HashMap<>();
    private final CardHeights heights;

    /**
     * {@code leastSqueeze}: the appendix of the short report is laid out at least this tight (see
     * {@link PdfReport#render}); 0 lets the report choose.
     */
    ReportContext(ReportInput input, Evaluation evaluation, List<Section> sections, Document document, PdfWriter writer,
            int leastSqueeze, CardHeights heights) {
        this.heights = heights;
        this.sections = List.copyOf(sections);
        this.leastSqueeze = leastSqueeze;
        this.squeeze = leastSqueeze;
        this.input = input;
        this.evaluation = evaluation;
        this.document = document;
        this.writer = writer;
        this.messages = Messages.of(input.language());
        this.formats = new Formats(input.language());
        this.toc = new Toc();
        this.frame = new PageFrame(this);
        this.tagging = new Tagging(writer);
    }

    /** Whether this is the long report with the complete appendix. */
    boolean full() {
        return input.full();
    }

    /**
     * How much the appendix of the short report is tightened to keep its page budget: 0 (in full), 1
     * (titles only, fewer levers) or 2 (at most {@link DimensionSection#TIGHTEST} titles).
     */
    int squeeze() {
        return full() ? 0 : squeeze;
    }

    /** Sets how tight the appendix is laid out; never looser than the report was asked for. */
    void squeeze(int level) {
        squeeze = Math.max(level, leastSqueeze);
    }

    /**
     * A block made once per report under {@code key}: the appendix is measured before it is written,
     * and the same laid-out blocks are then written (see {@link PdfReport}).
     */
    @SuppressWarnings("unchecked")
    <T> T once(String key, java.util.function.Supplier<T> make) {
        T block = (T) made.get(key);
        if (block == null) {
            block = make.get();
            made.put(key, block);
        }
        return block;
    }

    /**
     * The height of the appendix row {@code kind} of {@code r} in this report's questionnaire version and
     * language, as laid out by {@code measure} in this or an earlier report (see {@link CardHeights}).
     */
    float rowHeight(String kind, Result.TriggeredRecommendation r, java.util.function.Supplier<Float> measure) {
        Questionnaire q = questionnaire();
        String key = q.id() + "@" + q.version() + ":" + q.fingerprint() + ":" + language() + ":" + kind + ":" + r.id() + ":"
                + r.horizon() + ":" + r.priority();
        return heights.height(key, measure);
    }

    Tagging tagging() {
        return tagging;
    }

    /** The company's name as it can be printed, or null. */
    String company() {
        return input.company() == null ? null : Style.printable(input.company());
    }

    ReportInput input() {
        return input;
    }

    Evaluation evaluation() {
        return evaluation;
    }

    Result result() {
        return evaluation.result();
    }

    Questionnaire questionnaire() {
        return input.questionnaire();
    }

    String language() {
        return input.language();
    }

    Document document() {
        return document;
    }

    PdfWriter writer() {
        return writer;
    }

    /** All sections of this report, in order. */
    List<Section> sections() {
        return sections;
    }

    Toc toc() {
        return toc;
    }

    PageFrame frame() {
        return frame;
    }

    Formats formats() {
        return formats;
    }

    // ---- texts

    String msg(String key, String... args) {
        return messages.get(key, args);
    }

    String text(Text text) {
        return text == null ? "" : Style.printable(text.in(input.language()));
    }

    /** A score of the result as the reader writes it ("54,2"), or "nicht bewertet". */
    String score(BigDecimal score) {
        return score == null ? msg("notAssessed") : formats.decimal(score);
    }

    /** The title of a level of the result, or "nicht bewertet" for none. */
    String levelTitle(String levelId) {
        Level level = level(levelId);
        return level == null ? msg("notAssessed") : text(level.title());
    }

    Level level(String levelId) {
        return levelId == null ? null : questionnaire().level(levelId).orElse(null);
    }

    Dimension dimension(String id) {
        return questionnaire().dimension(id).orElseThrow();
    }

    String dimensionTitle(String id) {
        return text(dimension(id).title());
    }

    Recommendation recommendation(String id) {
        return questionnaire().recommendation(id).orElseThrow();
    }

    Contact contact(String id) {
        return input.contacts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    Question question(String id) {
        return questionnaire().question(id).orElseThrow();
    }

    String horizon(String horizonId) {
        return msg("horizon." + horizonId);
    }

    /** "Sofort · Dringlichkeit hoch" for a triggered recommendation. */
    /** Time frame and urgency, and "Stand: <date>" when the recommendation's facts are dated. */
    String recommendationMeta(Result.TriggeredRecommendation r) {
        String meta = msg("rec.meta", horizon(r.horizon()), msg("priority." + r.priority()));
        java.time.LocalDate asOf = recommendation(r.id()).asOf();
        return asOf == null ? meta : meta + " · " + msg("rec.asOf", formats().day(asOf));
    }

    /** The reasons of the caps that lowered a level, in the reader's language. */
    List<String> capReasons(List<String> cappedBy) {
        return cappedBy.stream().map(id -> text(questionnaire().cap(id).orElseThrow().reason())).toList();
    }

    /** The given answer to a question in words (option labels, number with unit, text); empty when unanswered. */
    List<String> answer(Question question) {
        Answer answer = input.answers().get(question.id());
        List<String> lines = new ArrayList<>();
        if (answer instanceof Answer.Choice choice) {
            lines.add(optionLabel(question, choice.option()));
        } else if (answer instanceof Answer.Choices choices) {
            choices.options().forEach(o -> lines.add(optionLabel(question, o)));
        } else if (answer instanceof Answer.Num num) {
            lines.add(withUnit(formats.decimal(num.value()), question));
        } else if (answer instanceof Answer.FreeText free) {
            lines.add(Style.printable(free.value()));
        }
        return lines;
    }

    /**
     * What the best answer would be, from the questionnaire (no figure is computed): the option with the
     * most points of a single question, the options not yet chosen of a multi question, the lowest
     * value of the top band of a scored number. Null when there is nothing to add.
     */
    String betterAnswer(Question question) {
        Answer answer = input.answers().get(question.id());
        if (question.type() == QuestionType.SINGLE) {
            Option best = question.options().stream().filter(o -> !o.na())
                    .max(Comparator.comparingDouble(Option::points)).orElse(null);
            boolean chosen = answer instanceof Answer.Choice c && best != null && c.option().equals(best.id());
            return best == null || chosen ? null : msg("dimension.better") + " " + text(best.label());
        }
        if (question.type() == QuestionType.MULTI) {
            List<String> chosen = answer instanceof Answer.Choices c ? c.options() : List.of();
            List<String> missing = question.options().stream()
                    .filter(o -> !o.na() && !o.exclusive() && o.points() > 0 && !chosen.contains(o.id()))
                    .map(o -> text(o.label()))
                    .toList();
            return missing.isEmpty() ? null : msg("dimension.missingOptions") + " " + String.join(", ", missing);
        }
        if (question.type() == QuestionType.NUMBER && !question.bands().isEmpty()) {
            Band top = question.bands().stream().max(Comparator.comparingDouble(Band::points)).orElseThrow();
            return msg("dimension.better") + " " + msg("method.levelFrom", withUnit(formats.decimal(top.min()), question));
        }
        return null;
    }

    private String optionLabel(Question question, String optionId) {
        return question.option(optionId).map(o -> text(o.label())).orElse(optionId);
    }

    private String withUnit(String number, Question question) {
        String unit = text(question.unit());
        if (unit.isEmpty()) {
            return number;
        }
        return "%".equals(unit) && "en".equals(language()) ? number + unit : number + " " + unit;
    }

    // ---- the story: plan, the rest, contacts

    /** The steps of the 90-day plan, in the engine's order. */
    List<Result.TriggeredRecommendation> plan() {
        return result().plan().stream().map(this::triggered).toList();
    }

    private Result.TriggeredRecommendation triggered(String id) {
        return result().recommendations().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The triggered recommendations that are not in the plan, in the engine's order. */
    List<Result.TriggeredRecommendation> others() {
        java.util.Set<String> inPlan = new java.util.HashSet<>();
        plan().forEach(r -> inPlan.add(r.id()));
        return result().recommendations().stream().filter(r -> !inPlan.contains(r.id())).toList();
    }

    /** The neutral contact that helps most with a recommendation (the first that it brought in), or null. */
    Contact helper(String recommendationId) {
        String id = Reading.helper(result(), recommendationId);
        return id == null ? null : contact(id);
    }

    /** The levers in the areas of the plan (see {@link Reading#leversAlongThePlan}). */
    List<Result.Lever> levers() {
        return Reading.leversAlongThePlan(result());
    }

    Reading.Answered answered(String dimensionId) {
        return Reading.answered(questionnaire(), evaluation, input.answers(), dimensionId);
    }

    /**
     * The label of a first step: "Diese Woche:" unless the step already says when ("Nehmen Sie sich
     * diese Woche ..."), then just "Erster Schritt:".
     */
    String firstStepLabel(String firstStep) {
        String lower = firstStep.toLowerCase(formats.locale());
        boolean saysWhen = lower.contains(msg("rec.thisWeek.marker").toLowerCase(formats.locale()));
        return msg(saysWhen ? "rec.firstStep" : "rec.thisWeek");
    }

    /**
     * What a dimension's level means for this dimension, where the questionnaire says so; null
     * otherwise (the whole company's level text is shown once, in the summary, never per dimension).
     */
    String levelMeaning(String dimensionId, String levelId) {
        Text text = levelId == null ? null : dimension(dimensionId).levelTexts().get(levelId);
        return text == null ? null : text(text);
    }

    // ---- layout

    /** The width between the margins. */
    float width() {
        return document.right() - document.left();
    }

    /** The height between the margins of a page, in points. */
    float pageHeight() {
        return document.top() - document.bottom();
    }

    /** Room left on the current page, in points. */
    float remaining() {
        return writer.getVerticalPosition(false) - document.bottom();
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void keepRoom(float height) {
        if (remaining() < height) {
            document.newPage();
        }
    }

    /** Adds a block as a paragraph (text) or a division (a table used for layout) of the tagged structure. */
    void add(Element element) throws DocumentException {
        add(element, element instanceof PdfPTable ? PdfName.DIV : PdfName.P, null);
    }

    /**
     * Adds a block under the structure element {@code role} ({@code alt}: its text alternative, for a
     * figure). Every block goes into the page as a table: OpenPDF writes tables and loose paragraphs
     * into two different content streams, and only the one of tables can carry the marks.
     */
    void add(Element element, PdfName role, String alt) throws DocumentException {
        PdfPTable table = element instanceof PdfPTable t ? t : wrap(element);
        tagging.begin(role, alt);
        try {
            document.add(table);
        } finally {
            tagging.end();
        }
    }

    /**
     * Adds a data table, tagged as Table with a row (TR) per row and a cell (TH/TD) per cell; with
     * {@code rowHeaders} the first cell of each row names the row (see {@link TableTags#attach}).
     * Tables used only for layout (cards, numbered steps) go through {@link #add} as a division.
     */
    void table(PdfPTable table, boolean rowHeaders) throws DocumentException {
        TableTags.attach(tagging.table(), table, rowHeaders);
        document.add(table);
    }

    /** A paragraph (or other element) in a borderless full-width table that keeps its spacing. */
    private PdfPTable wrap(Element element) {
        PdfPTable table = new PdfPTable(1);
        Blocks.fullWidth(this, table);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSplitLate(false);
        if (element instanceof Paragraph p) {
            table.setSpacingBefore(p.getSpacingBefore());
            table.setSpacingAfter(p.getSpacingAfter());
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
        }
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(element);
        table.addCell(cell);
        return table;
    }
}
