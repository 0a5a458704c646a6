package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A generated report read back with OpenPDF's text extraction, page by page. */
record ReportText(List<String> pages, Map<String, String> info, String catalogLanguage) {

    static ReportText read(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(extractor.getTextFromPage(i));
            }
            var lang = reader.getCatalog().getAsString(com.lowagie.text.pdf.PdfName.LANG);
            return new ReportText(pages, reader.getInfo(), lang == null ? null : lang.toUnicodeString());
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
