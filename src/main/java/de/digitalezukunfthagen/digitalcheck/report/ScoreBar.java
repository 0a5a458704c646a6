package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;

/** Draws a horizontal bar for a 0–100 score into a table cell: a grey track, filled up to the score (geometry only). */
final class ScoreBar implements PdfPCellEvent {
    static final float HEIGHT = 7;
    private final BigDecimal score;

    /** Where a bar's track lies in its cell: from {@code left}, {@code width} wide, its bottom at {@code y}, {@link #HEIGHT} high. */
    record Track(float left, float width, float y) {
        /** Draws the grey track across the cell, inside its padding and centred in height, and says where it lies. */
        static Track draw(PdfPCell cell, Rectangle position, PdfContentByte canvas) {
            float left = position.getLeft() + cell.getPaddingLeft();
            float width = position.getWidth() - cell.getPaddingLeft() - cell.getPaddingRight();
            float y = (position.getTop() + position.getBottom()) / 2 - HEIGHT / 2;
            canvas.setColorFill(Style.TRACK);
            canvas.roundRectangle(left, y, width, HEIGHT, HEIGHT / 2);
            canvas.fill();
            return new Track(left, width, y);
        }

        /** The x of a score from 0 to 100 on the track. */
        float x(BigDecimal score) {
            return left + width * score.floatValue() / 100;
        }
    }

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
        canvas.saveState();
        Track track = Track.draw(cell, position, canvas);
        if (score.signum() > 0) {
            float filled = Math.max(HEIGHT, track.width() * score.floatValue() / 100);
            canvas.setColorFill(Style.ACCENT);
            canvas.roundRectangle(track.left(), track.y(), filled, HEIGHT, HEIGHT / 2);
            canvas.fill();
        }
        canvas.restoreState();
    }
}
