package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import java.util.List;

/** One part of the report. Sections are written in order into the same document. */
interface Section {

    /** The entries this section adds to the table of contents on the cover (none by default). */
    default List<Toc.Entry> contents(ReportContext ctx) {
        return List.of();
    }

    /**
     * About how many points of page height this section takes in the short report when its appendix
     * is laid out at {@code squeeze} (see {@link ReportContext#squeeze()}); only the sections from
     * the appendix on are asked. 0 by default.
     */
    default float height(ReportContext ctx, int squeeze) {
        return 0;
    }

    /**
     * As {@link #height(ReportContext, int)}, but a section may stop measuring (and return any
     * height above {@code room}) once it is sure not to fit: the short report only asks whether the
     * appendix fits, and laying out what is then not printed costs time.
     */
    default float height(ReportContext ctx, int squeeze, float room) {
        return height(ctx, squeeze);
    }

    void write(ReportContext ctx) throws DocumentException;
}
