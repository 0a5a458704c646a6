package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
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
 * <p>The short report keeps to {@link #PAGE_BUDGET} pages, and it is laid out once: when the
 * appendix begins (on a new page unless most of the page is empty), the pages left are known, and the appendix sections are
 * measured at each squeeze, loosest first ({@link Section#height}; their blocks are made once and
 * kept for writing), until they fit with room to spare for page breaks. Tighter means first steps
 * left out, then fewer recommendations named. Only when that estimate proves wrong is the report
 * made again, tighter. The long report ({@link ReportInput#full()}) has no budget.
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
            new PlanSection(),
            // after the plan, so a follow-up keeps what to do on pages 1 and 2
            new ProgressSection(),
            new PeersSection(),
            new ProfileSection(),
            new ContactsSection(),
            new SpreadSection(),
            new DimensionSection(),
            new LeversSection(),
            new MethodSection(),
            new AnswersSection(),
            new ClosingSection());

    private final CardHeights heights = new CardHeights();

    /**
     * A report maker for an app that makes many: it keeps what every report lays out alike (the heights of
     * the appendix's rows), so that the page budget's estimate lays out only what is printed. The reports
     * are the same as {@link #render(ReportInput)}'s.
     */
    public PdfReport() {
    }

    /** The report as PDF bytes, with what earlier reports of this maker laid out. */
    public byte[] make(ReportInput input) {
        return bytes(input, heights);
    }

    /** The report as PDF bytes (on its own: nothing is kept for later reports). */
    public static byte[] render(ReportInput input) {
        return bytes(input, new CardHeights());
    }

    private static byte[] bytes(ReportInput input, CardHeights heights) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        try {
            render(input, SECTIONS, heights, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /** Writes the report to {@code out} (which stays open). */
    public static void render(ReportInput input, OutputStream out) throws IOException {
        render(input, SECTIONS, new CardHeights(), out);
    }

    /** A file name for downloads, e.g. {@code Digital-Check-Bericht-2026-11-27.pdf}; ASCII only. */
    public static String fileName(ReportInput input) {
        return Messages.of(input.language()).get(input.full() ? "report.fileFull" : "report.file") + "-" + input.date() + ".pdf";
    }

    static void render(ReportInput input, List<Section> sections, CardHeights heights, OutputStream out) throws IOException {
        Evaluation evaluation = Scorer.evaluate(input.questionnaire(), input.contacts(), input.answers());
        for (int least = 0; ; least++) {
            ByteArrayOutputStream attempt = new ByteArrayOutputStream(96 * 1024);
            Layout layout = render(input, evaluation, sections, least, heights, attempt);
            if (input.full() || layout.pages() <= PAGE_BUDGET || layout.squeeze() >= TIGHTEST) {
                attempt.writeTo(out);
                return;
            }
            least = layout.squeeze();
        }
    }

    /** What one layout of the report came to: its pages and how tight its appendix was. */
    private record Layout(int pages, int squeeze) {
    }

    /** The share of the pages left that the appendix may fill by the estimate: page breaks leave gaps. */
    private static final float FILL = 0.9f;

    /**
     * The tightest the appendix need be to fit on the pages left (it starts on a new page), by the
     * sections' own estimates of their height.
     */
    private static int squeezeFor(ReportContext ctx, List<Section> appendix) {
        float room = ((PAGE_BUDGET - ctx.writer().getPageNumber()) * ctx.pageHeight()
                + (DimensionSection.continuesOnThisPage(ctx) ? ctx.remaining() : 0)) * FILL;
        for (int squeeze = ctx.squeeze(); squeeze < TIGHTEST; squeeze++) {
            float height = 0;
            for (Section section : appendix) {
                height += section.height(ctx, squeeze, room - height);
                if (height > room) {
                    break;
                }
            }
            if (height <= room) {
                return squeeze;
            }
        }
        return TIGHTEST;
    }

    /** One layout of the report, its appendix at least {@code least} tight. */
    private static Layout render(ReportInput input, Evaluation evaluation, List<Section> sections, int least,
            CardHeights heights, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, Style.MARGIN_LEFT, Style.MARGIN_RIGHT, Style.MARGIN_TOP, Style.MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new NonClosing(out));
            writer.setFullCompression();
            writer.setCompressionLevel(Style.COMPRESSION);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.setTagged();
            writer.setTabs(PdfName.S);
            ReportContext ctx = new ReportContext(input, evaluation, sections, document, writer, least, heights);
            writer.setPageEvent(ctx.frame());
            metadata(ctx);
            document.open();
            writer.setXmpMetadata(xmp(writer));
            int appendix = sections.indexOf(sections.stream().filter(DimensionSection.class::isInstance).findFirst().orElse(null));
            for (int i = 0; i < sections.size(); i++) {
                if (i == appendix && !input.full()) {
                    ctx.squeeze(squeezeFor(ctx, sections.subList(i, sections.size())));
                }
                sections.get(i).write(ctx);
            }
            int pages = writer.getPageNumber();
            document.close();
            return new Layout(pages, ctx.squeeze());
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

    /**
     * The XMP metadata OpenPDF writes from the document information (title, author, subject...), and
     * the PDF/UA identification (part 1) that a validator looks for to know the file claims PDF/UA.
     */
    private static byte[] xmp(PdfWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (XmpWriter xmp = new XmpWriter(out, writer.getInfo(), PdfWriter.PDFXNONE)) {
            xmp.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"", "<pdfuaid:part>1</pdfuaid:part>");
        }
        return out.toByteArray();
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
