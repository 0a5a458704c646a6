package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The logical structure of the tagged report. OpenPDF keeps a structure tree and marked content but
 * tags none of its high-level elements itself, so the report tags them where they enter the page:
 * every block goes through {@link ReportContext#add}, which wraps it in one marked-content sequence
 * tied to a structure element (H1, H2, P, Figure with its text alternative, Div for a card or another
 * table used for layout), and every data table through {@link ReportContext#table}, under a Sect per
 * part of the report, under Document. The order of the tree is the order the
 * blocks are written, which is the reading order. Headers, footers and drawn decoration are marked
 * as artifacts.
 *
 * <p>Where a block goes on to the next page, the sequence is closed at the foot of the page and
 * opened again, for the same element, at the top of the next ({@link PageFrame} calls
 * {@link #pageEnds} and {@link #pageStarts}). A data table is no single sequence: it is a Table
 * element ({@link #table}) with a TR per row and a TH or TD per cell, each cell's text its own
 * sequence on the page where it lands, which {@link TableTags} marks while OpenPDF writes the table;
 * a table that goes on to the next page stays one Table element. Links are
 * Link elements holding their annotation ({@link #link}), with the address as description; their
 * text stays in the block's marked sequence (OpenPDF refuses a structure element below one that
 * already holds marked content).
 */
final class Tagging {
    static final PdfName ARTIFACT = new PdfName("Artifact");
    private final PdfWriter writer;
    private PdfStructureElement root;
    private PdfStructureElement part;
    private PdfStructureElement open;

    Tagging(PdfWriter writer) {
        this.writer = writer;
    }

    /** Starts a part of the report (a Sect under the document) that the following blocks belong to. */
    void part() {
        part = new PdfStructureElement(root(), PdfName.SECT);
    }

    /** The Document element; made when the first part starts (the writer's body exists only once the document is open). */
    private PdfStructureElement root() {
        if (root == null) {
            root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        }
        return root;
    }

    /** Opens the element {@code role} for the next block; {@code alt} is its text alternative or null. */
    void begin(PdfName role, String alt) {
        PdfStructureElement element = new PdfStructureElement(part == null ? root() : part, role);
        if (alt != null) {
            element.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        }
        open = element;
        canvas().beginMarkedContentSequence(element);
    }

    /**
     * Starts a data table of the current part: a Table element that holds no marked content of its
     * own, only rows ({@link TableTags} tags them while the table is written).
     */
    PdfStructureElement table() {
        open = null;
        return new PdfStructureElement(part == null ? root() : part, PdfName.TABLE);
    }

    void end() {
        canvas().endMarkedContentSequence();
        open = null;
    }

    /** Before the foot of a page is drawn: closes the block that goes on to the next page. */
    void pageEnds() {
        if (open != null) {
            canvas().endMarkedContentSequence();
        }
    }

    /** At the top of a new page: opens the same element again for the rest of the block. */
    void pageStarts() {
        if (open != null) {
            canvas().beginMarkedContentSequence(open);
        }
    }

    /**
     * Tags a link annotation as a Link element that holds the annotation (an object reference) and
     * its address as text alternative; the annotation points back through its StructParent. The Link
     * is the sibling after the block whose text carries the link (the block's element holds marked
     * content and so can have no child elements in OpenPDF).
     */
    void link(PdfAnnotation annotation) {
        PdfStructureElement element = new PdfStructureElement(part == null ? root() : part, PdfName.LINK);
        PdfDictionary reference = new PdfDictionary(PdfName.OBJR);
        reference.put(PdfName.OBJ, annotation.getIndirectReference());
        reference.put(PdfName.PG, writer.getCurrentPage());
        element.put(PdfName.K, reference);
        int key = writer.getStructureTreeRoot().addExistingObject(element.getReference());
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
    }

    /** Decoration and running heads: not part of the text a reader hears. */
    static void artifact(PdfContentByte canvas, Runnable drawing) {
        canvas.beginMarkedContentSequence(ARTIFACT);
        drawing.run();
        canvas.endMarkedContentSequence();
    }

    private PdfContentByte canvas() {
        return writer.getDirectContent();
    }
}
