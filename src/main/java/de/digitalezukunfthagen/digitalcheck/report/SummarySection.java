package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.scoring.Reading;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Page 1: who the report is for and the summary: the overall score and level with what the level
 * means and, when a cap holds, why the level is not higher (the weakest link), where the firm is
 * furthest and where it has most to do, the "don't know" answers and what they mean, and, for a
 * partial check, that the result is provisional with how many questions of each area are answered.
 * The 90-day plan follows on the same page where it fits.
 */
final class SummarySection implements Section {
    static final String TAG = "summary";

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        ctx.tagging().part();
        PdfContentByte under = ctx.writer().getDirectContentUnder();
        float pageHeight = ctx.document().getPageSize().getHeight();
        Tagging.artifact(under, () -> {
            under.saveState();
            under.setColorFill(Style.ACCENT);
            under.rectangle(0, pageHeight - 10, ctx.document().getPageSize().getWidth(), 10);
            under.fill();
            under.restoreState();
        });
        masthead(ctx);
        Blocks.heading(ctx, TAG, ctx.msg("summary.title"), 160);
        ctx.add(scoreBox(ctx));
        findings(ctx);
    }

    /** Publisher, the check's title, the company's name, the date and the questionnaire. */
    private static void masthead(ReportContext ctx) throws DocumentException {
        Paragraph publisher = new Paragraph("", Style.BODY);
        Chunk name = new Chunk(ctx.msg("publisher").toUpperCase(Locale.ROOT), Style.font(Style.BOLD, 8.5f, Style.ACCENT));
        name.setCharacterSpacing(1.2f);
        publisher.add(name);
        publisher.setLeading(11);
        publisher.setSpacingAfter(6);
        ctx.add(publisher);

        String title = ctx.text(ctx.questionnaire().title()) + " – " + ctx.msg(ctx.full() ? "report.subtitleFull" : "report.subtitle");
        Paragraph heading = new Paragraph(title, Style.font(Style.BOLD, 15, Style.TEXT));
        heading.setLeading(19);
        ctx.add(heading, PdfName.P, null);
        if (ctx.company() != null) {
            float size = Blocks.wrap(ctx.company(), Style.BOLD, 20, ctx.width()).size() > 1 ? 15 : 20;
            Paragraph company = new Paragraph(ctx.company(), Style.font(Style.BOLD, size, Style.ACCENT));
            company.setLeading(size * 1.25f);
            ctx.add(company);
        }
        int missing = ctx.result().missing().size();
        String answers = missing == 0 ? ctx.msg("cover.complete")
                : missing == 1 ? ctx.msg("cover.incompleteOne") : ctx.msg("cover.incomplete", String.valueOf(missing));
        Paragraph facts = new Paragraph(ctx.formats().date(ctx.input().date()) + "  ·  "
                + ctx.msg("cover.questionnaireValue", ctx.text(ctx.questionnaire().title()), String.valueOf(ctx.questionnaire().version()))
                + "  ·  " + answers, Style.SMALL);
        facts.setLeading(12);
        facts.setSpacingBefore(2);
        facts.setSpacingAfter(4);
        ctx.add(facts);
    }

    /** The overall score, its level with what the level means for a whole company, and the scale. */
    private static PdfPTable scoreBox(ReportContext ctx) throws DocumentException {
        Result.Score overall = ctx.result().overall();
        PdfPTable box = Blocks.table(ctx, 1f, 3.2f);
        box.setKeepTogether(true);
        List<Element> left = new ArrayList<>();
        left.add(Blocks.inCell(ctx.msg("cover.overall"), Style.LABEL, 2));
        if (overall.score() != null) {
            Paragraph number = new Paragraph(ctx.score(overall.score()), Style.font(Style.BOLD, 30, Style.ACCENT));
            number.setLeading(33);
            left.add(number);
            left.add(Blocks.inCell(ctx.msg("outOf100"), Style.BODY_MUTED, 0));
        } else {
            left.add(Blocks.inCell(ctx.msg("notAssessed"), Style.font(Style.BOLD, 14, Style.MUTED), 0));
        }
        PdfPCell l = Blocks.stack(left);
        pad(l);
        box.addCell(l);

        List<Element> right = new ArrayList<>();
        right.add(Blocks.inCell(ctx.msg("cover.level"), Style.LABEL, 2));
        Level level = ctx.level(overall.level());
        if (level != null) {
            right.add(Blocks.inCell(ctx.text(level.title()), Style.font(Style.BOLD, 16, Style.TEXT), 3));
            if (level.description() != null) {
                right.add(Blocks.inCell(ctx.text(level.description()), Style.BODY, 2));
            }
            for (String reason : ctx.capReasons(overall.cappedBy())) {
                right.add(Blocks.labelled(ctx.msg("capped"), reason, 2));
            }
        } else {
            right.add(Blocks.inCell(ctx.msg("cover.notAssessedText"), Style.BODY, 0));
        }
        PdfPCell r = Blocks.stack(right);
        pad(r);
        box.addCell(r);

        Image scale = LevelScale.draw(ctx, ctx.width() - 28, overall.score(), overall.level());
        PdfPCell s = new PdfPCell(scale, false);
        s.setColspan(2);
        pad(s);
        s.setPaddingTop(2);
        s.setPaddingBottom(8);
        box.addCell(s);
        box.setSpacingAfter(10);
        return box;
    }

    private static void pad(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setBackgroundColor(Style.ACCENT_TINT);
        cell.setPaddingLeft(14);
        cell.setPaddingRight(14);
        cell.setPaddingTop(10);
        cell.setPaddingBottom(6);
    }

    /** Strongest and weakest areas, the "don't know" answers and whether the result is provisional. */
    private static void findings(ReportContext ctx) throws DocumentException {
        PdfPTable table = Blocks.table(ctx, 2.3f, 7.7f);
        int k = Reading.ends(ctx.result());
        if (k > 0) {
            fact(table, ctx.msg("summary.strongest"), names(ctx, Reading.strongest(ctx.result(), k)));
            fact(table, ctx.msg("summary.weakest"), names(ctx, Reading.weakest(ctx.result(), k)));
        }
        int unknown = ctx.result().unknown().size();
        if (unknown > 0) {
            fact(table, ctx.msg("summary.unknown"), ctx.msg(unknown == 1 ? "summary.unknownOne" : "summary.unknownMany", String.valueOf(unknown)));
        }
        if (!ctx.result().complete()) {
            List<String> parts = new ArrayList<>();
            for (Result.DimensionScore d : ctx.result().dimensions()) {
                Reading.Answered a = ctx.answered(d.id());
                parts.add(ctx.dimensionTitle(d.id()) + " " + ctx.msg("summary.answeredOf", String.valueOf(a.answered()), String.valueOf(a.asked())));
            }
            fact(table, ctx.msg("summary.provisional"), ctx.msg("summary.provisionalText") + " " + String.join(" · ", parts));
        }
        if (table.getRows().isEmpty()) {
            return;
        }
        table.setSpacingAfter(6);
        ctx.table(table, true);
    }

    private static String names(ReportContext ctx, List<Result.DimensionScore> dims) {
        List<String> names = new ArrayList<>();
        for (Result.DimensionScore d : dims) {
            names.add(ctx.dimensionTitle(d.id()) + " (" + ctx.score(d.score()) + ")");
        }
        return String.join(", ", names);
    }

    private static void fact(PdfPTable table, String label, String text) {
        PdfPCell l = Blocks.cell(label, Style.BODY_BOLD);
        l.setPaddingTop(3);
        l.setPaddingBottom(3);
        table.addCell(l);
        PdfPCell t = Blocks.cell(text, Style.BODY);
        t.setPaddingTop(3);
        t.setPaddingBottom(3);
        table.addCell(t);
    }
}
