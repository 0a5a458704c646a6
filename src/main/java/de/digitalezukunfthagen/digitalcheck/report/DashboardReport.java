package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.stats.Dashboard;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The initiative's figures on one printable page for the city dialogue, in the report's fonts and
 * colours: who the figures are about, checks per month and channel, the levels per area, and the plan
 * steps, topics and contacts most often named. Every hidden count stays "< 5".
 */
public final class DashboardReport {
    private static final int LIST = 5;
    private static final Font CELL = Style.font(Style.REGULAR, 8, Style.TEXT);
    private static final Font HEAD = Style.font(Style.BOLD, 8, Style.MUTED);

    private DashboardReport() {
    }

    public static byte[] render(Dashboard d, Questionnaire q, String language, String about, Map<String, String> channelNames,
            LocalDate date) {
        Messages m = Messages.of(language);
        Formats f = new Formats(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setFullCompression();
            writer.setCompressionLevel(Style.COMPRESSION);
            document.addTitle(m.get("dashboard.title"));
            document.addAuthor(m.get("publisher"));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
            document.open();
            document.add(new Paragraph(m.get("dashboard.title"), Style.H1));
            Paragraph basis = new Paragraph(m.get("dashboard.basis", about, Dashboard.count(d.firms()), f.date(date)), Style.BODY_MUTED);
            basis.setSpacingAfter(4);
            document.add(basis);
            document.add(new Paragraph(m.get("dashboard.privacy"), Style.SMALL));
            if (d.empty()) {
                document.add(new Paragraph(m.get("dashboard.tooFew"), Style.BODY));
                document.close();
                return out.toByteArray();
            }
            PdfPTable grid = new PdfPTable(2);
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(8);
            grid.addCell(box(m.get("dashboard.months"), d.months().stream().map(r -> new String[] {r.id(), Dashboard.count(r.count())})
                    .toList()));
            grid.addCell(box(m.get("dashboard.channels"), d.channels().stream()
                    .map(r -> new String[] {channelNames.getOrDefault(r.id(), r.id()), Dashboard.count(r.count())}).toList()));
            grid.addCell(box(m.get("dashboard.steps"), d.steps().stream().limit(LIST)
                    .map(r -> new String[] {r.label() == null ? r.id() : r.label().in(language), Dashboard.count(r.count())}).toList()));
            grid.addCell(box(m.get("dashboard.contacts"), d.contacts().stream().limit(LIST)
                    .map(r -> new String[] {r.label() == null ? r.id() : r.label().in(language), Dashboard.count(r.count())}).toList()));
            document.add(grid);
            document.add(levels(d, q, m, language));
            Paragraph topics = new Paragraph(m.get("dashboard.topics") + ": " + String.join(", ", d.topics().stream().limit(8)
                    .map(r -> (r.label() == null ? r.id() : r.label().in(language)) + " (" + Dashboard.count(r.count()) + ")").toList()),
                    Style.BODY);
            topics.setSpacingBefore(6);
            document.add(topics);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the summary could not be laid out: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static PdfPCell box(String title, List<String[]> rows) {
        PdfPTable t = new PdfPTable(new float[] {5, 1});
        t.setWidthPercentage(100);
        PdfPCell head = new PdfPCell(new Phrase(title, Style.H3));
        head.setColspan(2);
        head.setBorder(Rectangle.BOTTOM);
        head.setBorderColor(Style.ACCENT);
        head.setPaddingBottom(4);
        t.addCell(head);
        for (String[] r : rows) {
            t.addCell(cell(r[0], CELL, Element.ALIGN_LEFT));
            t.addCell(cell(r[1], CELL, Element.ALIGN_RIGHT));
        }
        PdfPCell box = new PdfPCell(t);
        box.setBorder(Rectangle.NO_BORDER);
        box.setPadding(4);
        return box;
    }

    private static PdfPTable levels(Dashboard d, Questionnaire q, Messages m, String language) {
        List<Dashboard.Row> heads = d.areas().get(0).levels();
        float[] widths = new float[heads.size() + 1];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 2.4f;
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        PdfPCell title = new PdfPCell(new Phrase(m.get("dashboard.levels"), Style.H3));
        title.setColspan(heads.size() + 1);
        title.setBorder(Rectangle.BOTTOM);
        title.setBorderColor(Style.ACCENT);
        title.setPaddingBottom(4);
        t.addCell(title);
        t.addCell(cell(m.get("progress.area"), HEAD, Element.ALIGN_LEFT));
        for (Dashboard.Row h : heads) {
            t.addCell(cell(h.label() == null ? m.get("dashboard.noLevel") : h.label().in(language), HEAD, Element.ALIGN_RIGHT));
        }
        for (Dashboard.Area a : d.areas()) {
            t.addCell(cell(a.title() == null ? m.get("progress.overall") : a.title().in(language), CELL, Element.ALIGN_LEFT));
            for (Dashboard.Row r : a.levels()) {
                t.addCell(cell(Dashboard.count(r.count()), CELL, Element.ALIGN_RIGHT));
            }
        }
        return t;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(Style.RULE);
        c.setBorderWidth(0.5f);
        c.setHorizontalAlignment(align);
        c.setPaddingTop(2);
        c.setPaddingBottom(3);
        return c;
    }
}
