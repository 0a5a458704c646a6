package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.report.RadarGeometry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The radar chart of the result page, drawn on the server as inline SVG: one axis per dimension, rings
 * at 25, 50, 75 and 100, the company's scores as a filled shape. Only presentation attributes are used
 * (no style attributes), so the Content-Security-Policy holds. The same figures stand in a table for
 * screen readers; the SVG is an image with a title and a description.
 */
final class RadarChart {
    private static final double SIZE = 360;
    private static final double CENTER = SIZE / 2;
    private static final double RADIUS = 105;
    private static final double FONT = 16;
    private static final int LINE_CHARS = 12;

    /** One axis: the dimension's title, its score (null: not assessed, drawn at 0 and hollow) and the figure shown. */
    record Axis(String label, BigDecimal score, String figure) {
    }

    private RadarChart() {
    }

    static String svg(List<Axis> axes, String title, String description) {
        int n = axes.size();
        RadarGeometry geometry = new RadarGeometry(n);
        // the view box fits what is drawn: a triangle of three areas needs less height than a square
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (RadarGeometry.Point corner : geometry.ring(RADIUS)) {
            double[] p = screen(corner);
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.min(box[1], p[1]);
            box[2] = Math.max(box[2], p[0]);
            box[3] = Math.max(box[3], p[1]);
        }
        box[1] = Math.min(box[1], CENTER - RADIUS - 14); // the "100" at the top axis
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < n; i++) {
            label(labels, axes.get(i), geometry, i, box);
        }
        double minX = box[0] - 6;
        double minY = box[1] - 6;
        double maxX = box[2] + 6;
        double maxY = box[3] + 6;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"radar\" viewBox=\"").append(f(minX)).append(' ').append(f(minY)).append(' ')
                .append(f(maxX - minX)).append(' ').append(f(maxY - minY))
                .append("\" role=\"img\" aria-labelledby=\"radar-title radar-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        s.append("<title id=\"radar-title\">").append(escape(title)).append("</title>");
        s.append("<desc id=\"radar-desc\">").append(escape(description)).append("</desc>");
        for (int ring = 1; ring <= 4; ring++) {
            List<double[]> points = geometry.ring(RADIUS * ring / 4).stream().map(RadarChart::screen).toList();
            s.append("<polygon points=\"").append(points(points)).append("\" fill=\"none\" stroke=\"#c3ced8\" stroke-width=\"1\"/>");
        }
        for (int i = 0; i < n; i++) {
            double[] end = screen(geometry.onAxis(i, RADIUS));
            s.append("<line x1=\"").append(f(CENTER)).append("\" y1=\"").append(f(CENTER)).append("\" x2=\"").append(f(end[0]))
                    .append("\" y2=\"").append(f(end[1])).append("\" stroke=\"#c3ced8\" stroke-width=\"1\"/>");
        }
        s.append("<text x=\"").append(f(CENTER + 3)).append("\" y=\"").append(f(CENTER - RADIUS / 2 - 2))
                .append("\" font-size=\"10\" fill=\"#4f5b69\">50</text>");
        s.append("<text x=\"").append(f(CENTER + 3)).append("\" y=\"").append(f(CENTER - RADIUS - 2))
                .append("\" font-size=\"10\" fill=\"#4f5b69\">100</text>");
        List<double[]> shape = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shape.add(screen(geometry.score(i, axes.get(i).score(), RADIUS)));
        }
        s.append("<polygon points=\"").append(points(shape))
                .append("\" fill=\"#0b5c7a\" fill-opacity=\"0.25\" stroke=\"#0b5c7a\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
        for (int i = 0; i < n; i++) {
            double[] p = shape.get(i);
            boolean assessed = axes.get(i).score() != null;
            s.append("<circle cx=\"").append(f(p[0])).append("\" cy=\"").append(f(p[1])).append("\" r=\"4\" fill=\"")
                    .append(assessed ? "#0b5c7a" : "#ffffff").append("\" stroke=\"#0b5c7a\" stroke-width=\"2\"/>");
        }
        s.append(labels);
        s.append("</svg>");
        return s.toString();
    }

    /** Writes the label of axis {@code i} and widens {@code box} (minX, minY, maxX, maxY) to hold it. */
    private static void label(StringBuilder s, Axis axis, RadarGeometry geometry, int i, double[] box) {
        double[] p = screen(geometry.onAxis(i, RADIUS + 16));
        String anchor = switch (geometry.horizontal(i)) {
            case CENTRED -> "middle";
            case LEFT_ALIGNED -> "start";
            case RIGHT_ALIGNED -> "end";
        };
        List<String> lines = wrap(axis.label());
        lines.add(axis.figure());
        double lineHeight = FONT + 2;
        double y = switch (geometry.vertical(i)) {
            case ABOVE -> p[1] - (lines.size() - 1) * lineHeight;
            case BELOW -> p[1] + 10;
            case MIDDLE -> p[1] - (lines.size() - 2) * lineHeight / 2;
        };
        int longest = lines.stream().mapToInt(String::length).max().orElse(1);
        double width = longest * FONT * 0.64;
        double left = anchor.equals("start") ? p[0] : anchor.equals("end") ? p[0] - width : p[0] - width / 2;
        box[0] = Math.min(box[0], left);
        box[2] = Math.max(box[2], left + width);
        box[1] = Math.min(box[1], y - FONT);
        box[3] = Math.max(box[3], y + (lines.size() - 1) * lineHeight + 4);
        s.append("<text text-anchor=\"").append(anchor).append("\" font-size=\"").append(f(FONT)).append("\" fill=\"#1c2430\">");
        for (int k = 0; k < lines.size(); k++) {
            boolean last = k == lines.size() - 1;
            s.append("<tspan x=\"").append(f(p[0])).append("\" y=\"").append(f(y + k * lineHeight)).append('"')
                    .append(last ? " font-weight=\"700\"" : "").append('>').append(escape(lines.get(k))).append("</tspan>");
        }
        s.append("</text>");
    }

    /** Splits a label into lines of about {@value #LINE_CHARS} characters at spaces. */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** On the screen y points down. */
    private static double[] screen(RadarGeometry.Point p) {
        return new double[] {CENTER + p.x(), CENTER - p.y()};
    }

    private static String points(List<double[]> points) {
        StringBuilder s = new StringBuilder();
        for (double[] p : points) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(f(p[0])).append(',').append(f(p[1]));
        }
        return s.toString();
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
