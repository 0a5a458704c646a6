package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * The table of contents on the cover. Its page numbers are not known when the cover is written, so
 * each is a small template filled in when the document closes; headings report the page they land on
 * through a generic tag (see {@link PageFrame#onGenericTag}).
 */
final class Toc {
    static final float NUMBER_WIDTH = 24;
    static final float NUMBER_HEIGHT = 12;

    /** One line of the contents: {@code tag} links it to its heading; {@code depth} 0 or 1. */
    record Entry(String tag, String title, int depth) {
    }

    private final Map<String, PdfTemplate> numbers = new HashMap<>();
    private final Map<String, Integer> pages = new HashMap<>();

    PdfTemplate number(PdfWriter writer, String tag) {
        return numbers.computeIfAbsent(tag, t -> writer.getDirectContent().createTemplate(NUMBER_WIDTH, NUMBER_HEIGHT));
    }

    void reached(String tag, int page) {
        pages.putIfAbsent(tag, page);
    }

    /** Writes the page numbers, right-aligned in their templates. */
    void fill() {
        numbers.forEach((tag, template) -> {
            Integer page = pages.get(tag);
            String text = page == null ? "" : String.valueOf(page);
            float size = 10;
            float width = Style.REGULAR.getWidthPoint(text, size);
            template.beginText();
            template.setFontAndSize(Style.REGULAR, size);
            template.setColorFill(Style.TEXT);
            template.setTextMatrix(NUMBER_WIDTH - width, 2.5f);
            template.showText(text);
            template.endText();
        });
    }

    static void place(PdfContentByte canvas, PdfTemplate template, float x, float y) {
        canvas.addTemplate(template, x, y);
    }
}
