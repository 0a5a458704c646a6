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
        List<Label> labels = new ArrayList<>();
        float vertical = 0;
        for (int i = 0; i < n; i++) {
            Label label = label(ctx, dims.get(i), i, n);
            labels.add(label);
            if (Math.abs(Math.sin(angle(i, n))) > 0.3) {
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
            polygon(c, cx, cy, radius * (float) ring / 100, n);
            c.stroke();
        }
        c.setColorStroke(Style.RULE);
        for (int i = 0; i < n; i++) {
            c.moveTo(cx, cy);
            c.lineTo(x(cx, radius, i, n), y(cy, radius, i, n));
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
                float r = radius * score.floatValue() / 100;
                points.add(new float[] {x(cx, r, i, n), y(cy, r, i, n)});
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
            double angle = angle(i, n);
            float lx = x(cx, radius + GAP, i, n);
            float ly = y(cy, radius + GAP, i, n);
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            int align = cos > 0.25 ? Element.ALIGN_LEFT : cos < -0.25 ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER;
            float top;
            if (sin > 0.3) {
                top = ly + label.height();
            } else if (sin < -0.3) {
                top = ly - 2;
            } else {
                top = ly + label.height() / 2;
            }
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
    private static Label label(ReportContext ctx, Result.DimensionScore d, int i, int n) {
        boolean side = Math.abs(Math.cos(angle(i, n))) > 0.25;
        List<String> lines = Blocks.wrap(ctx.dimensionTitle(d.id()), Style.REGULAR, LABEL_SIZE, side ? SIDE_WIDTH : 2 * SIDE_WIDTH);
        return new Label(lines, ctx.score(d.score()), d.score() != null);
    }

    /** Axis i of n starts at the top and goes clockwise. */
    private static double angle(int i, int n) {
        return Math.PI / 2 - 2 * Math.PI * i / n;
    }

    private static float x(float cx, float r, int i, int n) {
        return cx + r * (float) Math.cos(angle(i, n));
    }

    private static float y(float cy, float r, int i, int n) {
        return cy + r * (float) Math.sin(angle(i, n));
    }

    private static void polygon(PdfTemplate c, float cx, float cy, float r, int n) {
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                c.moveTo(x(cx, r, i, n), y(cy, r, i, n));
            } else {
                c.lineTo(x(cx, r, i, n), y(cy, r, i, n));
            }
        }
        c.closePath();
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
