package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
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

    ReportContext(ReportInput input, Evaluation evaluation, List<Section> sections, Document document, PdfWriter writer) {
        this.sections = List.copyOf(sections);
        this.input = input;
        this.evaluation = evaluation;
        this.document = document;
        this.writer = writer;
        this.messages = Messages.of(input.language());
        this.formats = new Formats(input.language());
        this.toc = new Toc();
        this.frame = new PageFrame(this);
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

    /** All sections of this report, in order (the cover lists their contents). */
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

    // ---- layout

    /** The width between the margins. */
    float width() {
        return document.right() - document.left();
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

    void add(Element element) throws DocumentException {
        document.add(element);
    }
}
