package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * "Ihr Profil": the radar chart (with a text alternative) and one line per dimension: score, level,
 * whether the level is capped, and what the level means for this dimension where the questionnaire
 * says so.
 */
final class ProfileSection implements Section {
    static final String TAG = "profile";
    private static final float CHART = 230;

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        ctx.tagging().part();
        PdfPTable table = table(ctx);
        Image radar = RadarChart.draw(ctx, ctx.width(), CHART);
        float chart = radar == null ? 0 : radar.getScaledHeight() + 12;
        // the chart and the table on one page, unless together they are taller than a page
        float whole = chart + Blocks.height(table);
        Blocks.heading(ctx, TAG, ctx.msg("profile.title"), whole < ctx.pageHeight() - 60 ? whole : chart + 120);
        if (radar != null) {
            PdfPTable frame = Blocks.table(ctx, 1);
            PdfPCell cell = new PdfPCell(radar, false);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPaddingBottom(8);
            frame.addCell(cell);
            ctx.add(frame, PdfName.FIGURE, alternative(ctx));
        }
        ctx.table(table, true);
    }

    /** The chart in words, for readers who cannot see it. */
    static String alternative(ReportContext ctx) {
        List<String> parts = new ArrayList<>();
        for (Result.DimensionScore d : ctx.result().dimensions()) {
            parts.add(ctx.dimensionTitle(d.id()) + " " + ctx.score(d.score()));
        }
        return ctx.msg("profile.alt", String.join("; ", parts));
    }

    private static PdfPTable table(ReportContext ctx) {
        PdfPTable table = Blocks.table(ctx, 5.4f, 1.3f, 2.0f, 1.9f);
        table.setHeaderRows(1);
        table.setSpacingAfter(8);
        table.addCell(Blocks.head(ctx.msg("summary.dimension")));
        PdfPCell scoreHead = Blocks.head(ctx.msg("summary.score"));
        scoreHead.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(scoreHead);
        table.addCell(Blocks.head(ctx.msg("summary.level")));
        table.addCell(Blocks.head(ctx.msg("summary.bar")));
        for (Result.DimensionScore d : ctx.result().dimensions()) {
            List<String> notes = new ArrayList<>();
            String meaning = ctx.levelMeaning(d.id(), d.level());
            if (meaning != null) {
                notes.add(meaning);
            }
            if (d.score() == null) {
                notes.add(ctx.msg("profile.notAssessed"));
            }
            for (String reason : ctx.capReasons(d.cappedBy())) {
                notes.add(ctx.msg("capped") + " " + reason);
            }
            row(ctx, table, ctx.dimensionTitle(d.id()), d.score(), d.level(), notes, false);
        }
        Result.Score overall = ctx.result().overall();
        row(ctx, table, ctx.msg("summary.overall"), overall.score(), overall.level(), List.of(), true);
        return table;
    }

    /**
     * One dimension (or the total): title, score, level and bar in a line; below it, over the full
     * width, what the level means for this dimension and why it is capped, where there is something to say.
     */
    private static void row(ReportContext ctx, PdfPTable table, String title, BigDecimal score, String level, List<String> notes,
            boolean total) {
        boolean assessed = score != null;
        PdfPCell n = Blocks.cell(title, Style.BODY_BOLD);
        PdfPCell value = Blocks.cell(ctx.score(score), assessed ? Style.font(Style.BOLD, 10, Style.ACCENT) : Style.SMALL);
        value.setHorizontalAlignment(Element.ALIGN_RIGHT);
        PdfPCell levelCell = Blocks.cell(assessed ? ctx.levelTitle(level) : "–", assessed ? Style.BODY : Style.BODY_MUTED);
        PdfPCell bar = Blocks.cell("", Style.BODY);
        bar.setCellEvent(new ScoreBar(score));
        List<PdfPCell> cells = List.of(n, value, levelCell, bar);
        if (total) {
            for (PdfPCell c : cells) {
                c.setBorder(Rectangle.TOP);
                c.setBorderColor(Style.MUTED);
                c.setBorderWidth(0.75f);
            }
        } else if (notes.isEmpty()) {
            cells.forEach(Blocks::ruled);
        } else {
            cells.forEach(c -> c.setPaddingBottom(1));
        }
        cells.forEach(table::addCell);
        if (!notes.isEmpty()) {
            List<Element> lines = new ArrayList<>();
            for (String note : notes) {
                lines.add(Blocks.inCell(note, Style.SMALL, 1));
            }
            PdfPCell meaning = Blocks.ruled(Blocks.stack(lines));
            meaning.setColspan(4);
            meaning.setPaddingTop(0);
            table.addCell(meaning);
        }
    }
}
