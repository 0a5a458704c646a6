package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tagged report read back: its structure tree as plain records, and the text of every marked-content
 * sequence (MCID) page by page, as OpenPDF's text extraction reads it. Text in no sequence is kept
 * apart; artifacts are left out, as a screen reader does.
 */
record TaggedPdf(Element root, Map<Integer, Set<Integer>> sequences, Map<Integer, Map<Integer, String>> marked,
        Map<Integer, String> unmarked) {
    private static final Pattern OPENING = Pattern.compile("/[A-Za-z0-9]+ <</MCID (\\d+)>> BDC");
    private static final Pattern SEQUENCE = Pattern.compile("<mcid(\\d+)>(.*?)</mcid\\1>", Pattern.DOTALL);
    /** The extraction's own markup around words, lines and the page. */
    private static final Pattern MARKUP = Pattern.compile("<span[^>]*>|</span>|<br[^>]*>|<div[^>]*>|</div>");

    /** A structure element: its role, attributes, marks (page, MCID) and child elements, in order. */
    record Element(String role, PdfDictionary attributes, List<Mark> marks, List<Element> kids) {
        String scope() {
            PdfName scope = attributes == null ? null : attributes.getAsName(new PdfName("Scope"));
            return scope == null ? null : scope.toString().substring(1);
        }

        int colspan() {
            PdfNumber span = attributes == null ? null : attributes.getAsNumber(new PdfName("ColSpan"));
            return span == null ? 1 : span.intValue();
        }

        List<Element> all(String wanted) {
            List<Element> found = new ArrayList<>();
            if (role.equals(wanted)) {
                found.add(this);
            }
            kids.forEach(k -> found.addAll(k.all(wanted)));
            return found;
        }
    }

    record Mark(Integer page, int mcid) {
    }

    static TaggedPdf read(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            Map<Integer, Integer> pageNumbers = new HashMap<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pageNumbers.put(reader.getPageOrigRef(i).getNumber(), i);
            }
            PdfDictionary treeRoot = reader.getCatalog().getAsDict(PdfName.STRUCTTREEROOT);
            Element root = element(treeRoot, pageNumbers, "StructTreeRoot");

            Map<Integer, Set<Integer>> sequences = new HashMap<>();
            Map<Integer, Map<Integer, String>> marked = new HashMap<>();
            Map<Integer, String> unmarked = new HashMap<>();
            PdfTextExtractor extractor = new PdfTextExtractor(reader, true);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                String content = new String(reader.getPageContent(i), StandardCharsets.ISO_8859_1);
                // each sequence gets a name of its own, so that the extraction's markup tells them apart
                Matcher opening = OPENING.matcher(content);
                Set<Integer> ids = new TreeSet<>();
                while (opening.find()) {
                    ids.add(Integer.parseInt(opening.group(1)));
                }
                sequences.put(i, ids);
                opening.reset();
                reader.setPageContent(i, opening.replaceAll("/mcid$1 <</MCID $1>> BDC").getBytes(StandardCharsets.ISO_8859_1));
                String text = extractor.getTextFromPage(i, true);
                Map<Integer, String> texts = new LinkedHashMap<>();
                Matcher sequence = SEQUENCE.matcher(text);
                StringBuilder outside = new StringBuilder();
                int end = 0;
                while (sequence.find()) {
                    texts.merge(Integer.parseInt(sequence.group(1)), plain(sequence.group(2)), (a, b) -> a + " " + b);
                    outside.append(text, end, sequence.start());
                    end = sequence.end();
                }
                outside.append(text.substring(end));
                marked.put(i, texts);
                unmarked.put(i, plain(outside.toString()));
            }
            return new TaggedPdf(root, sequences, marked, unmarked);
        } finally {
            reader.close();
        }
    }

    private static String plain(String marked) {
        String text = MARKUP.matcher(marked).replaceAll(" ");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return ReportText.normal(text);
    }

    private static Element element(PdfDictionary dict, Map<Integer, Integer> pages, String role) {
        List<Mark> marks = new ArrayList<>();
        List<Element> kids = new ArrayList<>();
        Integer page = page(dict.get(PdfName.PG), pages);
        PdfObject k = PdfReader.getPdfObject(dict.get(PdfName.K));
        List<PdfObject> items = new ArrayList<>();
        if (k instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                items.add(PdfReader.getPdfObject(array.getPdfObject(i)));
            }
        } else if (k != null) {
            items.add(k);
        }
        for (PdfObject item : items) {
            if (item instanceof PdfNumber mcid) {
                marks.add(new Mark(page, mcid.intValue()));
            } else if (item instanceof PdfDictionary kid && PdfName.MCR.equals(kid.getAsName(PdfName.TYPE))) {
                Integer own = page(kid.get(PdfName.PG), pages);
                marks.add(new Mark(own == null ? page : own, kid.getAsNumber(PdfName.MCID).intValue()));
            } else if (item instanceof PdfDictionary kid && kid.getAsName(PdfName.S) != null) {
                kids.add(element(kid, pages, kid.getAsName(PdfName.S).toString().substring(1)));
            }
        }
        return new Element(role, dict.getAsDict(PdfName.A), marks, kids);
    }

    private static Integer page(PdfObject reference, Map<Integer, Integer> pages) {
        return reference instanceof PRIndirectReference ref ? pages.get(ref.getNumber()) : null;
    }

    List<Element> tables() {
        return root.all("Table");
    }

    /** The text of an element's marked content, over all its pages, every run of white space one blank. */
    String text(Element element) {
        List<String> parts = new ArrayList<>();
        for (Mark mark : element.marks()) {
            String part = mark.page() == null ? null : marked.get(mark.page()).get(mark.mcid());
            if (part != null && !part.isEmpty()) {
                parts.add(part);
            }
        }
        element.kids().forEach(k -> parts.add(text(k)));
        return ReportText.normal(String.join(" ", parts));
    }

    /** Whether the page of a mark holds a sequence with its MCID. */
    boolean onItsPage(Mark mark) {
        return mark.page() != null && sequences.get(mark.page()).contains(mark.mcid());
    }
}
