package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfTemplate;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The radar chart of the summary, drawn as vector graphics: one axis per dimension from 0 in the
 * centre to 100 at the rim, rings at the thresholds of the levels, and the company's profile as a
 * filled polygon. Axes of unassessed dimensions are drawn but carry no point.
 */
final class RadarChart {
    private static final float SIDE_WIDTH = 100;
    private static final float GAP = 8;
    private static final float LABEL_SIZE = 8.5f;
    private static final float SCORE_SIZE = 9.5f;
    private static final float LINE = LABEL_SIZE * 1.25f;

    private RadarChart() {
    }

    /**
     * The chart as a vector image at most {@code maxHeight} high (less where the width limits the
     * radius), or null for fewer than three dimensions (a radar needs three axes).
     */
    static Image draw(ReportContext ctx, float width, float maxHeight) throws BadElementException {
        List<Result.DimensionScore> dims = ctx.result().dimensions();
        int n = dims.size();
        if (n < 3) {
            return null;
        }
        RadarGeometry geometry = new RadarGeometry(n);
        List<Label> labels = new ArrayList<>();
        float vertical = 0;
        for (int i = 0; i < n; i++) {
            Label label = label(ctx, dims.get(i), geometry, i);
            labels.add(label);
            if (geometry.vertical(i) != RadarGeometry.Vertical.MIDDLE) {
                vertical = Math.max(vertical, label.height());
            }
        }
        float margin = vertical + GAP + 2;
        float radius = Math.min(maxHeight / 2 - margin, width / 2 - SIDE_WIDTH - GAP - 4);
        float height = 2 * (radius + margin);
        PdfTemplate c = ctx.writer().getDirectContent().createTemplate(width, height);
        float cx = width / 2;
        float cy = height / 2;

        // rings at the level thresholds and at 100
        List<Double> rings = new ArrayList<>();
        for (Level level : ctx.questionnaire().levels()) {
            if (level.min() > 0 && level.min() < 100) {
                rings.add(level.min());
            }
        }
        rings.add(100.0);
        c.setLineWidth(0.6f);
        for (double ring : rings) {
            c.setColorStroke(ring == 100.0 ? Style.ACCENT_SOFT : Style.RULE);
            path(c, geometry.ring(radius * ring / 100).stream().map(p -> page(cx, cy, p)).toList());
            c.stroke();
        }
        c.setColorStroke(Style.RULE);
        for (int i = 0; i < n; i++) {
            float[] end = page(cx, cy, geometry.onAxis(i, radius));
            c.moveTo(cx, cy);
            c.lineTo(end[0], end[1]);
        }
        c.stroke();
        for (double ring : rings) {
            String label = ctx.formats().decimal(ring);
            float r = radius * (float) ring / 100;
            ColumnText.showTextAligned(c, Element.ALIGN_LEFT, new Phrase(label, Style.font(Style.REGULAR, 6.5f, Style.MUTED)),
                    cx + 4, cy + r - 7.5f, 0);
        }

        // the profile: assessed dimensions only, in order
        List<float[]> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal score = dims.get(i).score();
            if (score != null) {
                points.add(page(cx, cy, geometry.score(i, score, radius)));
            }
        }
        if (points.size() >= 2) {
            c.saveState();
            PdfGState translucent = new PdfGState();
            translucent.setFillOpacity(0.22f);
            c.setGState(translucent);
            c.setColorFill(Style.ACCENT);
            path(c, points);
            c.fill();
            c.restoreState();
            c.setColorStroke(Style.ACCENT);
            c.setLineWidth(1.6f);
            c.setLineJoin(1);
            path(c, points);
            c.stroke();
        }
        c.setColorFill(Style.ACCENT);
        for (float[] p : points) {
            c.circle(p[0], p[1], 2.6f);
            c.fill();
        }

        // labels: title and score at the end of each axis
        for (int i = 0; i < n; i++) {
            Label label = labels.get(i);
            float[] end = page(cx, cy, geometry.onAxis(i, radius + GAP));
            float lx = end[0];
            float ly = end[1];
            int align = switch (geometry.horizontal(i)) {
                case LEFT_ALIGNED -> Element.ALIGN_LEFT;
                case RIGHT_ALIGNED -> Element.ALIGN_RIGHT;
                case CENTRED -> Element.ALIGN_CENTER;
            };
            float top = switch (geometry.vertical(i)) {
                case ABOVE -> ly + label.height();
                case BELOW -> ly - 2;
                case MIDDLE -> ly + label.height() / 2;
            };
            float baseline = top - LABEL_SIZE;
            Font labelFont = Style.font(Style.REGULAR, LABEL_SIZE, Style.TEXT);
            for (String line : label.lines()) {
                ColumnText.showTextAligned(c, align, new Phrase(line, labelFont), lx, baseline, 0);
                baseline -= LINE;
            }
            Font scoreFont = label.assessed() ? Style.font(Style.BOLD, SCORE_SIZE, Style.ACCENT)
                    : Style.font(Style.REGULAR, LABEL_SIZE, Style.MUTED);
            ColumnText.showTextAligned(c, align, new Phrase(label.score(), scoreFont), lx, baseline - 1.5f, 0);
        }
        Image image = Image.getInstance(c);
        image.setAlignment(Image.MIDDLE);
        return image;
    }

    /** The text at the end of an axis: the dimension's title, wrapped, and its score. */
    private record Label(List<String> lines, String score, boolean assessed) {
        float height() {
            return lines.size() * LINE + SCORE_SIZE * 1.3f;
        }
    }

    /** Labels at the sides are narrow; at the top and bottom they may use more width. */
    private static Label label(ReportContext ctx, Result.DimensionScore d, RadarGeometry geometry, int i) {
        boolean side = geometry.horizontal(i) != RadarGeometry.Horizontal.CENTRED;
        List<String> lines = Blocks.wrap(ctx.dimensionTitle(d.id()), Style.REGULAR, LABEL_SIZE, side ? SIDE_WIDTH : 2 * SIDE_WIDTH);
        return new Label(lines, ctx.score(d.score()), d.score() != null);
    }

    /** On the page y points up, as in the geometry. */
    private static float[] page(float cx, float cy, RadarGeometry.Point p) {
        return new float[] {cx + (float) p.x(), cy + (float) p.y()};
    }

    private static void path(PdfTemplate c, List<float[]> points) {
        c.moveTo(points.get(0)[0], points.get(0)[1]);
        for (int i = 1; i < points.size(); i++) {
            c.lineTo(points.get(i)[0], points.get(i)[1]);
        }
        if (points.size() > 2) {
            c.closePath();
        }
    }
}
