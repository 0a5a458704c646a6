package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A generated report read back with OpenPDF's text extraction, page by page. The extraction leaves
 * out artifacts, as a screen reader does; {@code framed} has each page again with its running head
 * and foot (the artifacts read as text).
 */
record ReportText(List<String> pages, List<String> framed, Map<String, String> info, String catalogLanguage) {

    static ReportText read(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            List<String> framed = new ArrayList<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(extractor.getTextFromPage(i));
                String content = new String(reader.getPageContent(i), java.nio.charset.StandardCharsets.ISO_8859_1);
                reader.setPageContent(i, content.replace("/Artifact BMC", "/Span BMC").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                framed.add(extractor.getTextFromPage(i));
            }
            var lang = reader.getCatalog().getAsString(com.lowagie.text.pdf.PdfName.LANG);
            return new ReportText(pages, framed, reader.getInfo(), lang == null ? null : lang.toUnicodeString());
        } finally {
            reader.close();
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** The page's text with every run of white space as one blank. */
    String page(int number) {
        return normal(pages.get(number - 1));
    }

    /** The page with its running head and foot, every run of white space as one blank. */
    String framedPage(int number) {
        return normal(framed.get(number - 1));
    }

    String all() {
        return normal(String.join("\n", pages));
    }

    /** Without any white space, for texts that may wrap at any blank. */
    String squashed() {
        return squash(String.join("", pages));
    }

    static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }
}
