package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Page references: the contents on the cover ("Ihre größten Hebel 12") and the plan's pointers to
 * the recommendations ("S. 7"). A page number is not known when the reference is written, so each
 * is a small template filled in when the document closes; headings report the page they land on
 * through a generic tag (see {@link PageFrame#onGenericTag}).
 */
final class Toc {
    static final float HEIGHT = 12;

    /** One line of the contents: {@code tag} links it to its heading; {@code depth} 0 or 1. */
    record Entry(String tag, String title, int depth) {
    }

    private record Ref(String tag, String prefix, float size, float width, PdfTemplate template) {
    }

    private final Map<String, Ref> refs = new LinkedHashMap<>();
    private final Map<String, Integer> pages = new LinkedHashMap<>();

    /**
     * The page number of the heading tagged {@code tag}, as a vector image of {@code width} points:
     * {@code prefix} and the number, right-aligned, in the regular font at {@code size}.
     */
    Image pageOf(PdfWriter writer, String tag, String prefix, float size, float width) throws BadElementException {
        String key = prefix + "\u0000" + size + "\u0000" + width + "\u0000" + tag;
        Ref ref = refs.computeIfAbsent(key, k -> new Ref(tag, prefix, size, width,
                writer.getDirectContent().createTemplate(width, HEIGHT)));
        return Image.getInstance(ref.template());
    }

    void reached(String tag, int page) {
        pages.putIfAbsent(tag, page);
    }

    /** Writes the page numbers into their templates. */
    void fill() {
        for (Ref ref : refs.values()) {
            Integer page = pages.get(ref.tag());
            String text = page == null ? "" : ref.prefix() + page;
            PdfTemplate t = ref.template();
            float width = Style.REGULAR.getWidthPoint(text, ref.size());
            t.beginText();
            t.setFontAndSize(Style.REGULAR, ref.size());
            t.setColorFill(ref.prefix().isEmpty() ? Style.TEXT : Style.MUTED);
            t.setTextMatrix(ref.width() - width, 2.5f);
            t.showText(text);
            t.endText();
        }
    }
}
