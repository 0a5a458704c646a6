package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Horizon;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of next steps: the triggered recommendations grouped by horizon (at once, in the coming
 * months, within the year), in the engine's order within each group, with a box to tick.
 */
final class PlanSection implements Section {
    static final String TAG = "plan";
    /** The title of a time frame and its first two steps stay together. */
    private static final float GROUP_START = 100;

    @Override
    public List<Toc.Entry> contents(ReportContext ctx) {
        return List.of(new Toc.Entry(TAG, ctx.msg("plan.title"), 0));
    }

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        List<Result.TriggeredRecommendation> all = ctx.result().recommendations();
        if (all.isEmpty()) {
            Blocks.heading(ctx, TAG, ctx.msg("plan.title"), 30);
            ctx.add(Blocks.paragraph(ctx.msg("plan.none"), Style.BODY));
            return;
        }
        List<PdfPTable> groups = new ArrayList<>();
        for (Horizon horizon : Horizon.values()) {
            List<Result.TriggeredRecommendation> group = all.stream().filter(r -> r.horizon().equals(horizon.id())).toList();
            if (!group.isEmpty()) {
                groups.add(group(ctx, horizon, group));
            }
        }
        // the heading stays with the introduction and the start of the first time frame
        Blocks.heading(ctx, TAG, ctx.msg("plan.title"),
                Blocks.paragraphHeight(ctx, ctx.msg("plan.intro"), Style.BODY) + Math.min(Blocks.height(groups.get(0)), GROUP_START));
        ctx.add(Blocks.paragraph(ctx.msg("plan.intro"), Style.BODY));
        for (PdfPTable table : groups) {
            ctx.keepRoom(Math.min(Blocks.height(table), GROUP_START));
            ctx.add(table);
        }
    }

    /** One time frame: its title as the table's header (repeated on a new page), then a row per step. */
    private static PdfPTable group(ReportContext ctx, Horizon horizon, List<Result.TriggeredRecommendation> group)
            throws DocumentException {
        PdfPTable table = Blocks.table(ctx, 0.4f, 9.2f, 1f);
        table.setHeaderRows(1);
        PdfPCell head = Blocks.cell(ctx.horizon(horizon.id()), Style.H2);
        head.setColspan(3);
        head.setPaddingTop(10);
        head.setPaddingBottom(4);
        table.addCell(head);
        for (Result.TriggeredRecommendation r : group) {
            Recommendation rec = ctx.recommendation(r.id());
            PdfPCell box = Blocks.ruled(Blocks.cell("", Style.BODY));
            box.setCellEvent(new TickBox());
            table.addCell(box);
            Chunk title = new Chunk(ctx.text(rec.title()), Style.BODY_BOLD);
            title.setLocalGoto(DimensionSection.recommendationTag(r.id()));
            Paragraph heading = new Paragraph(title);
            heading.setLeading(Style.BODY.getSize() * 1.38f);
            table.addCell(Blocks.ruled(Blocks.stack(List.of(heading,
                    Blocks.inCell(ctx.dimensionTitle(r.dimension()) + " · " + ctx.msg("plan.urgency", ctx.msg("priority." + r.priority())),
                            Style.SMALL, 0)))));
            table.addCell(Blocks.ruled(pageRef(ctx, r)));
        }
        table.setSpacingAfter(8);
        return table;
    }

    /** "S. 7": where the recommendation is explained. */
    static PdfPCell pageRef(ReportContext ctx, Result.TriggeredRecommendation r) throws DocumentException {
        PdfPCell cell = new PdfPCell(ctx.toc().pageOf(ctx.writer(), DimensionSection.recommendationTag(r.id()),
                ctx.msg("ref.page"), Style.SMALL.getSize(), 36), false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setPaddingTop(3);
        cell.setPaddingRight(0);
        return cell;
    }

    /** An empty square to tick, at the first line of the row. */
    private static final class TickBox implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            float size = 9;
            canvas.saveState();
            canvas.setColorStroke(Style.ACCENT);
            canvas.setLineWidth(0.8f);
            canvas.rectangle(position.getLeft(), position.getTop() - cell.getPaddingTop() - size - 1.5f, size, size);
            canvas.stroke();
            canvas.restoreState();
        }
    }
}
