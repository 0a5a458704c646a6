package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Header and footer of every page: the check and company above (not on the cover), the page number
 * "Seite 2 von 7" and the publisher below. The total page count is a template filled in at the end.
 * Also records on which page each heading lands, for the contents and the bookmarks.
 */
final class PageFrame extends PdfPageEventHelper {
    private static final float TOTAL_WIDTH = 30;
    private final ReportContext ctx;
    private final Map<String, String> outlineTitles = new HashMap<>();
    private PdfTemplate total;

    PageFrame(ReportContext ctx) {
        this.ctx = ctx;
    }

    /** A heading whose generic tag is {@code tag} gets a bookmark with this title. */
    void bookmark(String tag, String title) {
        outlineTitles.put(tag, title);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
    }

    @Override
    public void onStartPage(PdfWriter writer, Document document) {
        ctx.tagging().pageStarts();
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        ctx.tagging().pageEnds();
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginMarkedContentSequence(Tagging.ARTIFACT);
        frame(writer, document, canvas);
        canvas.endMarkedContentSequence();
    }

    /** The running head and foot of a page (artifacts: not read out). */
    private void frame(PdfWriter writer, Document document, PdfContentByte canvas) {
        float left = document.left();
        float right = document.right();
        int page = writer.getPageNumber();

        if (page > 1) {
            float y = document.getPageSize().getHeight() - 40;
            String title = ctx.text(ctx.questionnaire().title());
            String company = ctx.company();
            String head = company == null ? title : title + "  ·  " + company;
            String date = ctx.formats().date(ctx.input().date());
            float dateWidth = Style.REGULAR.getWidthPoint(date, Style.SMALL.getSize());
            head = Blocks.fit(head, Style.REGULAR, Style.SMALL.getSize(), right - left - dateWidth - 24);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(head, Style.SMALL), left, y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(date, Style.SMALL), right, y, 0);
            rule(canvas, left, right, y - 7);
        }

        float y = 36;
        rule(canvas, left, right, y + 12);
        String[] parts = ctx.msg("footer.page", String.valueOf(page), "\u0000").split("\u0000", -1);
        String before = parts[0];
        float beforeWidth = Style.REGULAR.getWidthPoint(before, Style.SMALL.getSize());
        // shown as is (ColumnText would drop the trailing blank, and copied text would read "von7")
        canvas.beginText();
        canvas.setFontAndSize(Style.REGULAR, Style.SMALL.getSize());
        canvas.setColorFill(Style.MUTED);
        canvas.setTextMatrix(left, y);
        canvas.showText(before);
        canvas.endText();
        canvas.addTemplate(total, left + beforeWidth, y - 2.5f);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(ctx.msg("publisher"), Style.SMALL), right, y, 0);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        if (tag.startsWith(Blocks.LINK)) {
            String url = tag.substring(Blocks.LINK.length());
            com.lowagie.text.pdf.PdfAnnotation link = com.lowagie.text.pdf.PdfAnnotation.createLink(writer, rect,
                    com.lowagie.text.pdf.PdfAnnotation.HIGHLIGHT_INVERT, new com.lowagie.text.pdf.PdfAction(url));
            link.put(com.lowagie.text.pdf.PdfName.CONTENTS, new com.lowagie.text.pdf.PdfString(url, com.lowagie.text.pdf.PdfObject.TEXT_UNICODE));
            link.setBorder(new com.lowagie.text.pdf.PdfBorderArray(0, 0, 0));
            writer.addAnnotation(link);
            ctx.tagging().link(link);
            return;
        }
        ctx.toc().reached(tag, writer.getPageNumber());
        String title = outlineTitles.remove(tag);
        if (title != null) {
            new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.XYZ, 0, rect.getTop() + 20, 0), title);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        String pages = String.valueOf(writer.getPageNumber() - 1);
        total.beginText();
        total.setFontAndSize(Style.REGULAR, Style.SMALL.getSize());
        total.setColorFill(Style.MUTED);
        total.setTextMatrix(0, 2.5f);
        total.showText(pages);
        total.endText();
        ctx.toc().fill();
    }

    private static void rule(PdfContentByte canvas, float left, float right, float y) {
        canvas.saveState();
        canvas.setColorStroke(Style.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
    }
}
