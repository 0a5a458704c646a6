package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Workshop mode: how the participants answered on their own before the group agreed. Who took part
 * (by role), per dimension the participants' mean, lowest and highest score beside the agreed score,
 * the questions where they disagreed most, with how the answers were spread and what the group agreed
 * on, and the action plan agreed in the room. Written only when the input carries a
 * {@link WorkshopSpread}; it prints the workshop's figures and computes none.
 */
final class SpreadSection implements Section {
    static final String TAG = "spread";

    @Override
    public List<Toc.Entry> contents(ReportContext ctx) {
        return ctx.input().spread() == null ? List.of() : List.of(new Toc.Entry(TAG, ctx.msg("spread.title"), 0));
    }

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        WorkshopSpread spread = ctx.input().spread();
        if (spread == null) {
            return;
        }
        ctx.document().newPage();
        PdfPTable ranges = ranges(ctx, spread);
        Blocks.heading(ctx, TAG, ctx.msg("spread.title"), Blocks.height(ranges) + 40);
        ctx.add(Blocks.paragraph(ctx.msg("spread.intro", String.valueOf(spread.participants())), Style.BODY));
        roles(ctx, spread);
        ctx.table(ranges, true);
        ctx.add(Blocks.paragraph(ctx.msg("spread.legend"), Style.SMALL));
        plan(ctx, spread);
        disagreements(ctx, spread);
        ctx.add(Blocks.space(4));
        ctx.add(Blocks.paragraph(ctx.msg("spread.measure"), Style.SMALL));
    }

    /** "Teilnehmende nach Rolle: Geschäftsführung 1 · Büro und Verwaltung 2 · ohne Angabe 1". */
    private static void roles(ReportContext ctx, WorkshopSpread spread) {
        if (spread.roles().isEmpty() || spread.labels() == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (WorkshopSpread.RoleCount r : spread.roles()) {
            parts.add(ctx.text(r.role()) + " " + r.people());
        }
        ctx.add(Blocks.labelled(ctx.text(spread.labels().roles()), String.join(" · ", parts), 2));
    }

    /** The action plan agreed in the room: step, who, by when; on this page, before the disagreements. */
    private static void plan(ReportContext ctx, WorkshopSpread spread) throws DocumentException {
        if (spread.plan().isEmpty() || spread.labels() == null) {
            return;
        }
        WorkshopSpread.Labels labels = spread.labels();
        PdfPTable table = Blocks.table(ctx, 6.5f, 2.2f, 1.8f);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.addCell(Blocks.head(ctx.text(labels.step())));
        table.addCell(Blocks.head(ctx.text(labels.owner())));
        table.addCell(Blocks.head(ctx.text(labels.due())));
        for (WorkshopSpread.PlannedStep step : spread.plan()) {
            table.addCell(Blocks.ruled(Blocks.cell(Style.printable(step.step()), Style.BODY_BOLD)));
            table.addCell(Blocks.ruled(Blocks.cell(step.owner() == null ? "–" : Style.printable(step.owner()), Style.BODY)));
            table.addCell(Blocks.ruled(Blocks.cell(step.due() == null ? "–" : ctx.formats().date(step.due()), Style.BODY)));
        }
        Blocks.subheading(ctx, ctx.text(labels.plan()), Math.min(Blocks.height(table), 120));
        ctx.table(table, true);
    }

    private static PdfPTable ranges(ReportContext ctx, WorkshopSpread spread) {
        PdfPTable table = Blocks.table(ctx, 3.3f, 1.75f, 1.3f, 2.05f, 2.0f, 3.2f);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        table.setSpacingAfter(4);
        table.addCell(Blocks.head(ctx.msg("spread.dimension")));
        for (String key : List.of("spread.people", "spread.mean", "spread.range", "spread.agreed")) {
            PdfPCell head = Blocks.head(ctx.msg(key));
            head.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(head);
        }
        table.addCell(Blocks.head(""));
        for (WorkshopSpread.Range range : spread.dimensions()) {
            Result.DimensionScore agreed = ctx.result().dimension(range.dimension());
            table.addCell(Blocks.ruled(Blocks.cell(ctx.dimensionTitle(range.dimension()), Style.BODY)));
            table.addCell(right(Blocks.ruled(Blocks.cell(String.valueOf(range.n()), Style.BODY))));
            table.addCell(right(Blocks.ruled(Blocks.cell(range.n() == 0 ? "–" : ctx.score(range.mean()), Style.BODY_BOLD))));
            table.addCell(right(Blocks.ruled(Blocks.cell(range.n() == 0 ? "–"
                    : ctx.score(range.min()) + " – " + ctx.score(range.max()), Style.BODY))));
            table.addCell(right(Blocks.ruled(Blocks.cell(agreed == null || agreed.score() == null ? "–" : ctx.score(agreed.score()),
                    Style.font(Style.BOLD, 10, Style.ACCENT)))));
            PdfPCell bar = Blocks.ruled(Blocks.cell("", Style.BODY));
            bar.setPaddingLeft(8);
            bar.setCellEvent(new RangeBar(range, agreed == null ? null : agreed.score()));
            table.addCell(bar);
        }
        return table;
    }

    private static PdfPCell right(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static void disagreements(ReportContext ctx, WorkshopSpread spread) throws DocumentException {
        PdfPTable table = Blocks.table(ctx, 0.45f, 10);
        int number = 0;
        for (WorkshopSpread.Disagreement d : spread.questions()) {
            Question q = ctx.question(d.question());
            number++;
            table.addCell(Blocks.cell(String.valueOf(number), Style.font(Style.BOLD, 13, Style.ACCENT)));
            List<Element> parts = new ArrayList<>();
            parts.add(Blocks.inCell(ctx.text(q.text()), Style.BODY_BOLD, 1));
            parts.add(Blocks.inCell(ctx.dimensionTitle(q.dimension()), Style.SMALL, 3));
            parts.add(Blocks.labelled(ctx.msg("spread.answers"), answers(ctx, q, d), 1));
            parts.add(Blocks.inCell(measures(ctx, d), Style.BODY_MUTED, 1));
            List<String> agreed = ctx.answer(q);
            parts.add(Blocks.labelled(ctx.msg("spread.agreedAnswer"), agreed.isEmpty() ? ctx.msg("spread.noAgreedAnswer")
                    : String.join(", ", agreed), 0));
            PdfPCell body = Blocks.stack(parts);
            body.setPaddingBottom(10);
            table.addCell(body);
        }
        Blocks.subheading(ctx, ctx.msg("spread.disagreements"), spread.questions().isEmpty() ? 20 : Math.min(Blocks.height(table), 120));
        if (spread.questions().isEmpty()) {
            ctx.add(Blocks.paragraph(ctx.msg("spread.none"), Style.BODY));
        } else {
            ctx.add(table);
        }
    }

    /** "Nein 3 · Ideen 1" or "von 2 bis 10, Median 5". */
    private static String answers(ReportContext ctx, Question q, WorkshopSpread.Disagreement d) {
        if (d.min() != null) {
            return ctx.msg("spread.numbers", ctx.formats().decimal(d.min()), ctx.formats().decimal(d.max()),
                    ctx.formats().decimal(d.median()));
        }
        List<String> parts = new ArrayList<>();
        for (WorkshopSpread.Count c : d.options()) {
            if (c.count() > 0) {
                parts.add(q.option(c.option()).map(o -> ctx.text(o.label())).orElse(c.option()) + " " + c.count() + "×");
            }
        }
        return String.join(" · ", parts);
    }

    private static String measures(ReportContext ctx, WorkshopSpread.Disagreement d) {
        List<String> parts = new ArrayList<>();
        if (d.deviation() != null) {
            parts.add(ctx.msg("spread.deviation", ctx.formats().decimal(d.deviation())));
        }
        if (d.dissent() != null) {
            parts.add(ctx.msg("spread.dissent", String.valueOf(d.dissent())));
        }
        return String.join(" · ", parts);
    }

    /** The participants' range of a dimension on a 0–100 track: a band from lowest to highest, the mean as a line, the agreed score as a dot. */
    private static final class RangeBar implements PdfPCellEvent {
        private static final float HEIGHT = ScoreBar.HEIGHT;
        private final WorkshopSpread.Range range;
        private final BigDecimal agreed;

        RangeBar(WorkshopSpread.Range range, BigDecimal agreed) {
            this.range = range;
            this.agreed = agreed;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
            canvas.saveState();
            ScoreBar.Track track = ScoreBar.Track.draw(cell, position, canvas);
            float y = track.y();
            if (range.n() > 0) {
                float from = track.x(range.min());
                float to = track.x(range.max());
                float band = Math.max(HEIGHT, to - from); // a single value still shows as a dot-sized band
                canvas.setColorFill(Style.ACCENT_SOFT);
                canvas.roundRectangle(Math.min(from, track.left() + track.width() - band), y, band, HEIGHT, HEIGHT / 2);
                canvas.fill();
                float mean = track.x(range.mean());
                canvas.setColorFill(Style.ACCENT);
                canvas.rectangle(mean - 0.9f, y - 2.5f, 1.8f, HEIGHT + 5);
                canvas.fill();
            }
            if (agreed != null) {
                canvas.setColorFill(Style.TEXT);
                canvas.circle(track.x(agreed), y + HEIGHT / 2, 2.6f);
                canvas.fill();
            }
            canvas.restoreState();
        }
    }
}
