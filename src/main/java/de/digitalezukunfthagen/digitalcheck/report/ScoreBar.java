package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;

/** Draws a horizontal bar for a 0–100 score into a table cell: a grey track, filled up to the score (geometry only). */
final class ScoreBar implements PdfPCellEvent {
    private static final float HEIGHT = 7;
    private final BigDecimal score;

    ScoreBar(BigDecimal score) {
        this.score = score;
    }

    /** Nothing for an unassessed score: an empty track would read as 0. */
    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        if (score == null) {
            return;
        }
        PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
        float left = position.getLeft() + cell.getPaddingLeft();
        float width = position.getWidth() - cell.getPaddingLeft() - cell.getPaddingRight();
        float y = (position.getTop() + position.getBottom()) / 2 - HEIGHT / 2;
        canvas.saveState();
        canvas.setColorFill(Style.TRACK);
        canvas.roundRectangle(left, y, width, HEIGHT, HEIGHT / 2);
        canvas.fill();
        if (score.signum() > 0) {
            float filled = Math.max(HEIGHT, width * score.floatValue() / 100);
            canvas.setColorFill(Style.ACCENT);
            canvas.roundRectangle(left, y, filled, HEIGHT, HEIGHT / 2);
            canvas.fill();
        }
        canvas.restoreState();
    }
}
