package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags a data table as Table &gt; TR &gt; TH/TD while OpenPDF writes it. OpenPDF draws each page's
 * share of a table into three layers (backgrounds, lines, text) that go into the page together, and
 * calls a cell's event only after the cell's text is in the text layer. So each cell's event notes
 * where its text ends, and when the share is complete (the table event, before the layers go into
 * the page) the text layer is cut at those points and each piece put into a marked-content sequence
 * of its cell's element, on the page being written. Backgrounds, rules and drawn bars are artifacts;
 * so is a header row repeated on a following page. Only the marks are added: the drawing is OpenPDF's
 * own, byte for byte.
 */
final class TableTags implements PdfPTableEvent {
    private static final PdfName TR = new PdfName("TR");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName ROW = new PdfName("Row");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName COLSPAN = new PdfName("ColSpan");

    /** A cell's text in the text layer: from and to (bytes), and its element, or null for an artifact. */
    private record Piece(int from, int to, PdfStructureElement element) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    /** The text layer of the share being written: each share gets new layers. */
    private PdfContentByte layer;

    private TableTags() {
    }

    /**
     * Makes the rows and cells of {@code table} under the Table element {@code element}, in reading
     * order, and lets the table mark them as it is written. Cells of the header rows are TH for their
     * column; with {@code rowHeaders}, the first cell of each other row (unless it spans the whole
     * row) is TH for its row; every other cell is TD.
     */
    static void attach(PdfStructureElement element, PdfPTable table, boolean rowHeaders) {
        TableTags tags = new TableTags();
        int columns = table.getNumberOfColumns();
        List<PdfPRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            boolean headerRow = r < table.getHeaderRows();
            PdfStructureElement row = new PdfStructureElement(element, TR);
            PdfPCell[] cells = rows.get(r).getCells();
            for (int c = 0; c < cells.length; c++) {
                PdfPCell cell = cells[c];
                if (cell == null) {
                    continue;
                }
                boolean rowHeader = !headerRow && rowHeaders && c == 0 && cell.getColspan() < columns;
                PdfStructureElement tagged = new PdfStructureElement(row, headerRow || rowHeader ? PdfName.TH : PdfName.TD);
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(PdfName.O, PdfName.TABLE);
                if (headerRow || rowHeader) {
                    attributes.put(SCOPE, headerRow ? COLUMN : ROW);
                }
                if (cell.getColspan() > 1) {
                    attributes.put(COLSPAN, new PdfNumber(cell.getColspan()));
                }
                if (attributes.size() > 1) {
                    tagged.put(PdfName.A, attributes);
                }
                cell.setCellEvent(new Cell(tags, tagged, headerRow));
            }
        }
        table.setTableEvent(tags);
    }

    /** A cell's text has been written into {@code text}; it ends where the layer ends now. */
    private void written(PdfStructureElement element, PdfContentByte text) {
        if (text != layer) {
            layer = text;
            pieces.clear();
        }
        int from = pieces.isEmpty() ? 0 : pieces.get(pieces.size() - 1).to();
        pieces.add(new Piece(from, text.getInternalBuffer().size(), element));
    }

    /** A share of the table is written into the layers, which go into the page next. */
    @Override
    public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
            PdfContentByte[] canvases) {
        PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
        if (text == layer) {
            mark(text);
        }
        artifact(canvases[PdfPTable.BACKGROUNDCANVAS]);
        artifact(canvases[PdfPTable.LINECANVAS]);
        layer = null;
        pieces.clear();
    }

    /** Writes the text layer again, each cell's piece in a sequence of its element (or as an artifact). */
    private void mark(PdfContentByte text) {
        ByteBuffer buffer = text.getInternalBuffer();
        byte[] written = buffer.toByteArray();
        buffer.reset();
        for (Piece piece : pieces) {
            if (piece.element() == null) {
                text.beginMarkedContentSequence(Tagging.ARTIFACT);
            } else {
                text.beginMarkedContentSequence(piece.element());
            }
            buffer.append(written, piece.from(), piece.to() - piece.from());
            text.endMarkedContentSequence();
        }
        int end = pieces.get(pieces.size() - 1).to();
        buffer.append(written, end, written.length - end);
    }

    /** Backgrounds, rules and bars: decoration. */
    private static void artifact(PdfContentByte layer) {
        ByteBuffer buffer = layer.getInternalBuffer();
        if (buffer.size() == 0) {
            return;
        }
        byte[] drawn = buffer.toByteArray();
        buffer.reset();
        layer.beginMarkedContentSequence(Tagging.ARTIFACT);
        buffer.append(drawn);
        layer.endMarkedContentSequence();
    }

    /** Notes where a cell's text ends; a header cell written again (on a following page) is an artifact. */
    private static final class Cell implements PdfPCellEvent {
        private final TableTags tags;
        private final PdfStructureElement element;
        private final boolean header;
        private boolean written;

        Cell(TableTags tags, PdfStructureElement element, boolean header) {
            this.tags = tags;
            this.element = element;
            this.header = header;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            tags.written(header && written ? null : element, canvases[PdfPTable.TEXTCANVAS]);
            written = true;
        }
    }
}
