package de.digitalezukunfthagen.digitalcheck.initiative;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts as SVG, drawn on the server (no script, no third-party library). Each chart repeats a
 * table that stands beside it, so it is hidden from screen readers; a hidden count gets no bar, only
 * its "< 5".
 */
final class Charts {
    /**
     * Each bar has its label on a line of its own above it, so that long names (plan steps) need no
     * room beside the bar and stay readable on a phone; the page caps the chart's width (CSS), so the
     * text is about as large as the page's on a phone and on a desktop.
     */
    private static final int WIDTH = 360;
    private static final int ROW = 40;
    private static final int MAX_LABEL = 46;
    static final String[] PALETTE = {"#c9dde7", "#8fb4c6", "#4f8aa6", "#1b5e7b", "#0e3a4e", "#5c646c"};

    private Charts() {
    }

    /** One bar: its label and value, null when hidden. */
    record Bar(String label, Integer value) {
    }

    static String bars(List<Bar> bars, String hidden) {
        int max = bars.stream().filter(b -> b.value() != null).mapToInt(Bar::value).max().orElse(1);
        int height = bars.size() * ROW + 4;
        StringBuilder svg = open(height);
        int y = 2;
        for (Bar b : bars) {
            svg.append(label(b.label(), y));
            if (b.value() == null) {
                svg.append(text(0, y + 34, hidden, "#5c646c"));
            } else {
                double w = Math.max(2, (WIDTH - 40) * (double) b.value() / Math.max(1, max));
                svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"#1b5e7b\"/>",
                        y + 21, w));
                svg.append(text((int) (w + 6), y + 33, String.valueOf(b.value()), "#212529"));
            }
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** One stacked bar per area: each level's share of all firms; hidden counts together as one grey part. */
    record Stack(String label, List<Integer> parts, int total) {
    }

    static String stacks(List<Stack> stacks) {
        int height = stacks.size() * ROW + 4;
        StringBuilder svg = open(height);
        int y = 2;
        for (Stack s : stacks) {
            svg.append(label(s.label(), y));
            double x = 0;
            double span = WIDTH - 2;
            int shown = 0;
            for (int i = 0; i < s.parts().size(); i++) {
                Integer part = s.parts().get(i);
                if (part == null || part == 0) {
                    continue;
                }
                shown += part;
                double w = span * part / s.total();
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"/>",
                        x, y + 21, w, PALETTE[i % (PALETTE.length - 1)]));
                x += w;
            }
            if (shown < s.total()) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"#e9ecef\"/>",
                        x, y + 21, span * (s.total() - shown) / s.total()));
            }
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int height) {
        return new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"100%\""
                + " aria-hidden=\"true\" focusable=\"false\" font-family=\"sans-serif\" font-size=\"14\">");
    }

    private static String label(String label, int y) {
        String shown = label.codePointCount(0, label.length()) > MAX_LABEL
                ? label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)).stripTrailing() + "…" : label;
        return text(0, y + 15, shown, "#212529");
    }

    private static String text(int x, int y, String text, String colour) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" fill=\"" + colour + "\">" + escape(text) + "</text>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
