package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import java.util.List;

/** One part of the report. Sections are written in order into the same document. */
interface Section {

    /** The entries this section adds to the table of contents on the cover (none by default). */
    default List<Toc.Entry> contents(ReportContext ctx) {
        return List.of();
    }

    void write(ReportContext ctx) throws DocumentException;
}
