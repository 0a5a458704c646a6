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
 * {@link Scorer} (so every figure equals the result JSON of the API and the command line) and tells
 * the same story in the same order as the result page: the summary on page 1, the 90-day plan, the
 * profile, the contacts, then the appendix (further recommendations, levers, method, and in the long
 * report every answer). Each section is a small class of this package; a new section is one more
 * entry in {@link #SECTIONS}, reading what it needs from the {@link ReportContext}.
 *
 * <p>The short report keeps to {@link #PAGE_BUDGET} pages: when a first layout is longer, the
 * appendix is laid out tighter (first steps left out, then fewer recommendations named) and the
 * report is made again. The long report ({@link ReportInput#full()}) has no budget.
 *
 * <p>The PDF is tagged (structure tree, language, title, bookmarks, artifacts): see {@link Tagging}.
 *
 * <p>Thread-safe: the fonts are loaded once and shared, everything else belongs to one call.
 */
public final class PdfReport {
    public static final String CONTENT_TYPE = "application/pdf";
    /** The most pages the short report has, for every firm. */
    public static final int PAGE_BUDGET = 10;
    private static final int TIGHTEST = 2;

    static final List<Section> SECTIONS = List.of(
            new SummarySection(),
            new ProgressSection(),
            new PeersSection(),
            new PlanSection(),
            new ProfileSection(),
            new ContactsSection(),
            new SpreadSection(),
            new DimensionSection(),
            new LeversSection(),
            new MethodSection(),
            new AnswersSection(),
            new ClosingSection());

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
        return Messages.of(input.language()).get(input.full() ? "report.fileFull" : "report.file") + "-" + input.date() + ".pdf";
    }

    static void render(ReportInput input, List<Section> sections, OutputStream out) throws IOException {
        Evaluation evaluation = Scorer.evaluate(input.questionnaire(), input.contacts(), input.answers());
        for (int squeeze = 0; ; squeeze++) {
            ByteArrayOutputStream attempt = new ByteArrayOutputStream(96 * 1024);
            int pages = render(input, evaluation, sections, squeeze, attempt);
            if (input.full() || pages <= PAGE_BUDGET || squeeze == TIGHTEST) {
                attempt.writeTo(out);
                return;
            }
        }
    }

    /** One layout of the report; returns its number of pages. */
    private static int render(ReportInput input, Evaluation evaluation, List<Section> sections, int squeeze, OutputStream out)
            throws IOException {
        Document document = new Document(PageSize.A4, Style.MARGIN_LEFT, Style.MARGIN_RIGHT, Style.MARGIN_TOP, Style.MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new NonClosing(out));
            writer.setFullCompression();
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.setTagged();
            writer.setTabs(PdfName.S);
            ReportContext ctx = new ReportContext(input, evaluation, sections, document, writer, squeeze);
            writer.setPageEvent(ctx.frame());
            metadata(ctx);
            document.open();
            writer.createXmpMetadata();
            for (Section section : sections) {
                section.write(ctx);
            }
            int pages = writer.getPageNumber();
            document.close();
            return pages;
        } catch (DocumentException e) {
            throw new IOException("the report could not be laid out: " + e.getMessage(), e);
        }
    }

    private static void metadata(ReportContext ctx) {
        Document document = ctx.document();
        String title = ctx.text(ctx.questionnaire().title());
        String subtitle = ctx.msg("report.subtitle");
        document.addTitle(ctx.company() == null ? title + " – " + subtitle : ctx.msg("report.titleFor", title, ctx.company()));
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
