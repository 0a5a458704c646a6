package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * For a repeated check: per area and overall the score before and now and the change in words, which
 * steps of the earlier plan are done and which are still open. Compact (one table, two lines), and
 * nothing at all for a first check.
 */
final class ProgressSection implements Section {
    static final String TAG = "progress";

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        Comparisons c = ctx.input().comparisons();
        Progress p = c.progress();
        if (p == null) {
            return;
        }
        ctx.tagging().part();
        Questionnaire earlier = c.earlier();
        Questionnaire current = ctx.questionnaire();
        List<String> intro = new ArrayList<>();
        intro.add(ctx.msg("progress.intro", ctx.formats().day(c.earlierDate())));
        if (!p.sameVersion()) {
            intro.add(ctx.msg("progress.otherVersion", String.valueOf(p.version()), String.valueOf(p.earlierVersion())));
        }
        if (!p.notComparable().isEmpty()) {
            intro.add(ctx.msg("progress.notComparable", String.join(", ", p.notComparable().stream().map(ctx::dimensionTitle).toList())));
        }
        if (p.overall() == null) {
            intro.add(ctx.msg("progress.overallNotComparable"));
        }
        PdfPTable table = Blocks.table(ctx, 4.2f, 1.3f, 1.3f, 5.2f);
        table.setHeaderRows(1);
        table.addCell(Blocks.head(ctx.msg("progress.area")));
        table.addCell(Blocks.head(ctx.msg("progress.before")));
        table.addCell(Blocks.head(ctx.msg("progress.now")));
        table.addCell(Blocks.head(ctx.msg("progress.change")));
        if (p.overall() != null) {
            row(ctx, table, ctx.msg("progress.overall"), p.overall(), earlier, current, true);
        }
        for (Progress.Change d : p.dimensions()) {
            row(ctx, table, ctx.dimensionTitle(d.id()), d, earlier, current, false);
        }
        String text = String.join(" ", intro);
        Blocks.heading(ctx, TAG, ctx.msg("progress.title"), Blocks.paragraphHeight(ctx, text, Style.BODY_MUTED) + 60);
        ctx.add(Blocks.paragraph(text, Style.BODY_MUTED));
        table.setSpacingAfter(8);
        ctx.table(table, true);
        ctx.add(steps(ctx, "progress.done", p.stepsDone(), current));
        ctx.add(steps(ctx, "progress.open", p.stepsOpen(), current));
    }

    private static void row(ReportContext ctx, PdfPTable table, String title, Progress.Change change, Questionnaire earlier,
            Questionnaire current, boolean bold) {
        table.addCell(Blocks.ruled(Blocks.cell(title, bold ? Style.BODY_BOLD : Style.BODY)));
        table.addCell(Blocks.ruled(Blocks.cell(ChangeWords.score(change.before(), ctx.language()), Style.BODY_MUTED)));
        table.addCell(Blocks.ruled(Blocks.cell(ChangeWords.score(change.now(), ctx.language()), Style.BODY_BOLD)));
        table.addCell(Blocks.ruled(Blocks.cell(ChangeWords.arrow(change) + " "
                + ChangeWords.describe(change, earlier, current, ctx.language()), Style.BODY)));
    }

    private static com.lowagie.text.Paragraph steps(ReportContext ctx, String key, List<String> ids, Questionnaire current) {
        List<String> titles = ids.stream().map(id -> ctx.text(current.recommendation(id).orElseThrow().title())).toList();
        com.lowagie.text.Paragraph p = Blocks.labelled(ctx.msg(key) + ":", titles.isEmpty() ? ctx.msg("progress.none")
                : String.join("; ", titles), 4);
        return p;
    }
}
