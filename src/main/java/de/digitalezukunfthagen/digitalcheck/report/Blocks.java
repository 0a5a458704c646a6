package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** The building blocks the sections share: headings, paragraphs, tables and cells in the report's style. */
final class Blocks {
    private static final float HEADING_SPACE = 18;
    /** About the height of a {@link #heading} with the space above it, for estimates of a section's height. */
    static final float HEADING_HEIGHT = HEADING_SPACE + 17 * 1.2f + 5 + 10;
    /** About the height of a {@link #subheading} with the space above and below it. */
    static final float SUBHEADING_HEIGHT = 10 + 15 + 6;
    /** About the height of a {@link #minorHeading} with the space above and below it. */
    static final float MINOR_HEADING_HEIGHT = 8 + 14 + 4;
    /** The generic tag of a link's text starts with this, followed by the address. */
    static final String LINK = "link:";
    private Blocks() {
    }

    /**
     * A section heading that appears in the contents and the bookmarks. It moves to a new page unless
     * it and {@code following} points of what comes after it fit on this one.
     */
    static void heading(ReportContext ctx, String tag, String title, float following) throws DocumentException {
        heading(ctx, tag, title, following, null, null);
    }

    /**
     * A heading as above with a small line above it (e.g. "BEREICH 2 VON 6"), or none for null; the
     * small line may carry a tag of its own (the contents' line for all dimensions points there).
     */
    static void heading(ReportContext ctx, String tag, String title, float following, String kicker, String kickerTag)
            throws DocumentException {
        Chunk chunk = new Chunk(title, Style.H1);
        chunk.setGenericTag(tag);
        chunk.setLocalDestination(tag);
        PdfPTable table = table(ctx, 1);
        PdfPCell cell = cell(new Phrase(chunk));
        cell.setLeading(0, 1.2f);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Style.ACCENT);
        cell.setBorderWidth(1f);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(5);
        table.addCell(cell);
        float before = kicker == null ? HEADING_SPACE : 0;
        float kickerHeight = kicker == null ? 0 : HEADING_SPACE + 11 + 5;
        ctx.keepRoom(kickerHeight + before + height(table) + 12 + following);

        boolean top = atTop(ctx);
        if (kicker != null) {
            Chunk k = new Chunk(kicker, Style.LABEL);
            if (kickerTag != null) {
                k.setGenericTag(kickerTag);
                k.setLocalDestination(kickerTag);
            }
            Paragraph line = new Paragraph(k);
            line.setLeading(11);
            line.setSpacingBefore(top ? 0 : HEADING_SPACE);
            line.setSpacingAfter(5);
            ctx.add(line);
        }
        ctx.frame().bookmark(tag, title);
        table.setSpacingBefore(top || kicker != null ? 0 : HEADING_SPACE);
        table.setSpacingAfter(10);
        ctx.add(table, PdfName.H1, null);
    }

    /**
     * A sub-heading; kept on a page with {@code following} points of what comes after it (so that no
     * heading is left alone at the foot of a page).
     */
    static void subheading(ReportContext ctx, String title, float following) throws DocumentException {
        heading(ctx, title, Style.H2, PdfName.H2, 10, 15, 6, following);
    }

    /** A heading below a sub-heading (e.g. a dimension in the appendix), kept with what follows. */
    static void minorHeading(ReportContext ctx, String title, float following) throws DocumentException {
        heading(ctx, title, Style.H3, PdfName.H3, 8, 14, 4, following);
    }

    private static void heading(ReportContext ctx, String title, Font font, PdfName tag, float before, float leading,
            float after, float following) throws DocumentException {
        ctx.keepRoom(before + leading + after + following);
        Paragraph p = new Paragraph(title, font);
        p.setLeading(leading);
        p.setSpacingBefore(atTop(ctx) ? 0 : before);
        p.setSpacingAfter(after);
        ctx.add(p, tag, null);
    }

    static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setLeading(font.getSize() * 1.4f);
        p.setSpacingAfter(6);
        return p;
    }

    static Phrase phrase(String text, Font font) {
        Phrase p = new Phrase(text, font);
        p.setLeading(font.getSize() * 1.35f);
        return p;
    }

    /**
     * A table over the full width with columns in the given proportions. Its width is known before
     * the first cell is added, so each row is laid out once, as it is added, and that height is used
     * both for keeping blocks together and when the table is written: a table of locked width would
     * be laid out again each time it is measured and once more when it is added to the page. The
     * width is a percentage of the column the table goes into (the full width between the margins),
     * which equals the width set here, so OpenPDF keeps the heights it has.
     */
    static PdfPTable table(ReportContext ctx, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        fullWidth(ctx, table);
        table.setSplitLate(true);
        table.setSplitRows(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    /** A borderless cell with comfortable padding. */
    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(8);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setLeading(0, 1.35f);
        return cell;
    }

    static PdfPCell cell(String text, Font font) {
        return cell(phrase(text, font));
    }

    /** A cell holding several paragraphs, one under the other. */
    static PdfPCell stack(List<Element> parts) {
        PdfPCell cell = cell(new Phrase("", Style.BODY));
        cell.setPhrase(null);
        for (Element part : parts) {
            cell.addElement(part);
        }
        return cell;
    }

    /** A thin line under a cell, for tables of rows. */
    static PdfPCell ruled(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Style.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(7);
        return cell;
    }

    static PdfPCell head(String text) {
        PdfPCell cell = cell(text, Style.TABLE_HEAD);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Style.MUTED);
        cell.setBorderWidth(0.75f);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** A paragraph for use inside a cell (spacing instead of a table's padding). */
    static Paragraph inCell(String text, Font font, float spacingAfter) {
        Paragraph p = new Paragraph(text, font);
        p.setLeading(font.getSize() * 1.38f);
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    /** "Label: text" with the label in bold, inside a cell. */
    static Paragraph labelled(String label, String text, float spacingAfter) {
        Paragraph p = new Paragraph("", Style.BODY);
        p.setLeading(Style.BODY.getSize() * 1.38f);
        p.add(new Chunk(label + " ", Style.BODY_BOLD));
        p.add(new Chunk(text, Style.BODY));
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    /** A block with a coloured bar at its left edge that stays on one page, e.g. one recommendation. */
    static PdfPTable card(ReportContext ctx, List<Element> parts, Color bar) {
        PdfPTable table = table(ctx, 1);
        PdfPCell cell = stack(parts);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColorLeft(bar);
        cell.setBorderWidthLeft(2.5f);
        cell.setPaddingLeft(12);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(2);
        table.addCell(cell);
        table.setKeepTogether(true);
        table.setSpacingAfter(12);
        return table;
    }

    /** Sets a table to the full width between the margins (see {@link #table}). */
    static void fullWidth(ReportContext ctx, PdfPTable table) {
        table.setWidthPercentage(100);
        table.setTotalWidth(ctx.width());
    }

    /** The height of a table made by {@link #table}, as laid out when its rows were added. */
    static float height(PdfPTable table) {
        return table.getTotalHeight();
    }

    /** About the height of {@link #paragraph} with this text over the full width (for keeping blocks together). */
    static float paragraphHeight(ReportContext ctx, String text, Font font) {
        return wrap(text, font.getBaseFont(), font.getSize(), ctx.width()).size() * font.getSize() * 1.4f + 6;
    }

    /**
     * A link to a web address. Its annotation is made where the text lands ({@link PageFrame#onGenericTag}),
     * with the address as its description (Contents), which OpenPDF's own anchors lack.
     */
    static Chunk link(String text, String url) {
        Chunk chunk = new Chunk(text, Style.LINK);
        chunk.setGenericTag(LINK + url);
        return chunk;
    }

    /** Vertical space. */
    static Paragraph space(float points) {
        Paragraph p = new Paragraph(" ", Style.BODY);
        p.setLeading(points);
        return p;
    }

    /** The text, shortened with an ellipsis to fit {@code width}. */
    static String fit(String text, BaseFont font, float size, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && font.getWidthPoint(shorter + "…", size) > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter.stripTrailing() + "…";
    }

    /** Breaks a text into lines of at most {@code width} points (a word longer than that gets a line of its own). */
    static List<String> wrap(String text, BaseFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getWidthPoint(candidate, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean atTop(ReportContext ctx) {
        return ctx.writer().getVerticalPosition(false) >= ctx.document().top() - 1;
    }
}
