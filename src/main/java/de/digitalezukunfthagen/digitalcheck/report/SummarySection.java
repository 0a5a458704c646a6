package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary: the radar chart of the dimensions, a table with each dimension's score, level and a
 * bar, and the three most urgent next steps (the first three triggered recommendations, in the
 * engine's order).
 */
final class SummarySection implements Section {
    static final String TAG = "summary";
    static final String NEXT_TAG = "next-steps";
    static final int NEXT_STEPS = 3;
    private static final float MIN_CHART = 220;
    private static final float MAX_CHART = 340;

    @Override
    public List<Toc.Entry> contents(ReportContext ctx) {
        return List.of(new Toc.Entry(TAG, ctx.msg("summary.title"), 0), new Toc.Entry(NEXT_TAG, ctx.msg("summary.next"), 0));
    }

    /**
     * The profile fills its own page: the chart takes the room the table leaves. The next steps start
     * the following page, where the levers follow them.
     */
    @Override
    public void write(ReportContext ctx) throws DocumentException {
        Blocks.heading(ctx, TAG, ctx.msg("summary.title"), 200);
        ctx.add(Blocks.paragraph(ctx.msg("summary.intro"), Style.BODY_MUTED));
        PdfPTable table = table(ctx);
        float room = ctx.remaining() - Blocks.height(table) - 24;
        Image radar = RadarChart.draw(ctx, ctx.width(), Math.max(MIN_CHART, Math.min(MAX_CHART, room)));
        if (radar != null) {
            // the room the chart does not need goes above and below it, evenly
            float spare = Math.max(8, room - radar.getScaledHeight());
            PdfPTable frame = Blocks.table(ctx, 1);
            PdfPCell cell = new PdfPCell(radar, false);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPaddingTop(spare / 2);
            cell.setPaddingBottom(spare / 2);
            frame.addCell(cell);
            ctx.add(frame);
        }
        ctx.add(table);
        if (radar != null) {
            ctx.document().newPage();
        }
        nextSteps(ctx);
    }

    private static PdfPTable table(ReportContext ctx) {
        PdfPTable table = Blocks.table(ctx, 4.1f, 1.9f, 2.1f, 2.9f);
        table.setHeaderRows(1);
        table.setSpacingBefore(10);
        table.setSpacingAfter(8);
        table.addCell(Blocks.head(ctx.msg("summary.dimension")));
        PdfPCell scoreHead = Blocks.head(ctx.msg("summary.score"));
        scoreHead.setHorizontalAlignment(Element.ALIGN_RIGHT);
        scoreHead.setPaddingRight(14);
        table.addCell(scoreHead);
        table.addCell(Blocks.head(ctx.msg("summary.level")));
        table.addCell(Blocks.head(ctx.msg("summary.bar")));
        for (Result.DimensionScore d : ctx.result().dimensions()) {
            row(ctx, table, ctx.dimensionTitle(d.id()), d.score(), d.level(), false);
        }
        Result.Score overall = ctx.result().overall();
        row(ctx, table, ctx.msg("summary.overall"), overall.score(), overall.level(), true);
        return table;
    }

    private static void row(ReportContext ctx, PdfPTable table, String title, BigDecimal score, String level, boolean total) {
        Font font = total ? Style.BODY_BOLD : Style.BODY;
        boolean assessed = score != null;
        PdfPCell name = tight(Blocks.ruled(Blocks.cell(title, font)));
        PdfPCell value = tight(Blocks.ruled(Blocks.cell(ctx.score(score), assessed ? (total ? Style.font(Style.BOLD, 10, Style.ACCENT) : Style.BODY_BOLD)
                : Style.SMALL_ITALIC)));
        value.setHorizontalAlignment(Element.ALIGN_RIGHT);
        value.setPaddingRight(14);
        PdfPCell levelCell = tight(Blocks.ruled(Blocks.cell(assessed ? ctx.levelTitle(level) : "–", assessed ? font : Style.BODY_MUTED)));
        PdfPCell bar = tight(Blocks.ruled(Blocks.cell("", Style.BODY)));
        bar.setCellEvent(new ScoreBar(score));
        if (total) {
            for (PdfPCell c : List.of(name, value, levelCell, bar)) {
                c.setBorder(Rectangle.TOP);
                c.setBorderColor(Style.MUTED);
                c.setBorderWidth(0.75f);
            }
        }
        table.addCell(name);
        table.addCell(value);
        table.addCell(levelCell);
        table.addCell(bar);
    }

    private static PdfPCell tight(PdfPCell cell) {
        cell.setPaddingTop(4.5f);
        cell.setPaddingBottom(6.5f);
        return cell;
    }

    private static void nextSteps(ReportContext ctx) throws DocumentException {
        List<Result.TriggeredRecommendation> triggered = ctx.result().recommendations();
        List<Result.TriggeredRecommendation> first = triggered.subList(0, Math.min(NEXT_STEPS, triggered.size()));
        PdfPTable steps = Blocks.table(ctx, 0.45f, 9.2f, 1f);
        steps.setKeepTogether(true);
        int number = 0;
        for (Result.TriggeredRecommendation r : first) {
            Recommendation rec = ctx.recommendation(r.id());
            number++;
            PdfPCell n = Blocks.cell(String.valueOf(number), Style.font(Style.BOLD, 16, Style.ACCENT));
            n.setPaddingTop(0);
            steps.addCell(n);
            List<Element> parts = new ArrayList<>();
            parts.add(Blocks.inCell(ctx.text(rec.title()), Style.font(Style.BOLD, 11.5f, Style.TEXT), 1));
            parts.add(Blocks.inCell(ctx.dimensionTitle(r.dimension()) + " · " + ctx.recommendationMeta(r), Style.SMALL, 4));
            if (rec.firstStep() != null) {
                parts.add(Blocks.labelled(ctx.msg("summary.firstStep"), ctx.text(rec.firstStep()), 0));
            }
            PdfPCell body = Blocks.stack(parts);
            body.setPaddingTop(1);
            body.setPaddingBottom(9);
            steps.addCell(body);
            steps.addCell(PlanSection.pageRef(ctx, r));
        }
        Blocks.heading(ctx, NEXT_TAG, ctx.msg("summary.next"), first.isEmpty() ? 20 : Blocks.height(steps));
        if (first.isEmpty()) {
            ctx.add(Blocks.paragraph(ctx.msg("summary.nextNone"), Style.BODY));
        } else {
            ctx.add(steps);
        }
    }
}
