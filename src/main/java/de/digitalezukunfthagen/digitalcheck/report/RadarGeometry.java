package de.digitalezukunfthagen.digitalcheck.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of a radar chart lie, for the result page (SVG) and the PDF report alike: axis 0
 * points up, the others follow clockwise; a score of 100 lies at {@code radius}, 0 in the centre.
 * Points are relative to the centre with y pointing up; the SVG turns y round, the PDF keeps it.
 */
public record RadarGeometry(int axes) {
    /** Below this share of the axis direction, a label counts as centred on it. */
    private static final double CENTRED = 0.2;

    /** A point relative to the centre, x to the right, y up. */
    public record Point(double x, double y) {
    }

    /** How a label's text stands beside the end of its axis. */
    public enum Horizontal { LEFT_ALIGNED, CENTRED, RIGHT_ALIGNED }

    /** Whether a label's text grows upwards from the end of its axis (top of the chart), downwards, or around it (sides). */
    public enum Vertical { ABOVE, MIDDLE, BELOW }

    /** The point on axis {@code i} at {@code distance} from the centre. */
    public Point onAxis(int i, double distance) {
        double turn = 2 * Math.PI * i / axes;
        return new Point(distance * Math.sin(turn), distance * Math.cos(turn));
    }

    /** The corners of the ring through every axis at {@code distance}, in axis order. */
    public List<Point> ring(double distance) {
        List<Point> corners = new ArrayList<>(axes);
        for (int i = 0; i < axes; i++) {
            corners.add(onAxis(i, distance));
        }
        return corners;
    }

    /** Where {@code score} (0 to 100; null: not assessed, at the centre) lies on axis {@code i} of a chart with this radius. */
    public Point score(int i, BigDecimal score, double radius) {
        double value = score == null ? 0 : Math.max(0, Math.min(100, score.doubleValue()));
        return onAxis(i, radius * value / 100);
    }

    /** Text at the right-hand axes starts at the axis end, at the left-hand ones ends there, at the top and bottom is centred. */
    public Horizontal horizontal(int i) {
        double right = onAxis(i, 1).x();
        return Math.abs(right) < CENTRED ? Horizontal.CENTRED : right > 0 ? Horizontal.LEFT_ALIGNED : Horizontal.RIGHT_ALIGNED;
    }

    public Vertical vertical(int i) {
        double up = onAxis(i, 1).y();
        return up > CENTRED ? Vertical.ABOVE : up < -CENTRED ? Vertical.BELOW : Vertical.MIDDLE;
    }
}
