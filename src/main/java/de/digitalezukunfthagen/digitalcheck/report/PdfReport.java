package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The PDF report: the document a company takes to its next meeting. It scores the answers with
 * {@link Scorer} (so every figure equals the result JSON of the API and the command line) and writes
 * the sections below in this order. Each section is a small class of this package; a new section
 * (for example the spread of several respondents in workshop mode) is one more entry in
 * {@link #SECTIONS}, reading what it needs from the {@link ReportContext}.
 *
 * <p>Thread-safe: the fonts are loaded once and shared, everything else belongs to one call.
 */
public final class PdfReport {
    public static final String CONTENT_TYPE = "application/pdf";

    static final List<Section> SECTIONS = List.of(
            new CoverSection(),
            new SummarySection(),
            new SpreadSection(),
            new LeversSection(),
            new DimensionSection(),
            new PlanSection(),
            new ContactsSection(),
            new MethodSection(),
            new AnswersSection());

    private PdfReport() {
    }

    /** The report as PDF bytes. */
    public static byte[] render(ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        try {
            render(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /** Writes the report to {@code out} (which stays open). */
    public static void render(ReportInput input, OutputStream out) throws IOException {
        render(input, SECTIONS, out);
    }

    /** A file name for downloads, e.g. {@code Digital-Check-Bericht-2026-11-27.pdf}; ASCII only. */
    public static String fileName(ReportInput input) {
        return Messages.of(input.language()).get("report.file") + "-" + input.date() + ".pdf";
    }

    static void render(ReportInput input, List<Section> sections, OutputStream out) throws IOException {
        Evaluation evaluation = Scorer.evaluate(input.questionnaire(), input.contacts(), input.answers());
        Document document = new Document(PageSize.A4, Style.MARGIN_LEFT, Style.MARGIN_RIGHT, Style.MARGIN_TOP, Style.MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new NonClosing(out));
            writer.setFullCompression();
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            ReportContext ctx = new ReportContext(input, evaluation, sections, document, writer);
            writer.setPageEvent(ctx.frame());
            metadata(ctx);
            document.open();
            for (Section section : sections) {
                section.write(ctx);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the report could not be laid out: " + e.getMessage(), e);
        }
    }

    private static void metadata(ReportContext ctx) {
        Document document = ctx.document();
        String title = ctx.text(ctx.questionnaire().title());
        String subtitle = ctx.msg("report.subtitle");
        document.addTitle(ctx.input().company() == null ? title + " – " + subtitle
                : ctx.msg("report.titleFor", title, ctx.input().company()));
        document.addSubject(ctx.msg("report.subject", title));
        document.addKeywords(ctx.msg("report.keywords"));
        document.addAuthor(ctx.msg("publisher"));
        document.addCreator(title);
        document.addCreationDate();
        ctx.writer().getExtraCatalog().put(PdfName.LANG, new PdfString(ctx.language()));
    }

    /** OpenPDF closes the stream it writes to; the caller owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
