package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * The appendix: every question that was asked, in the order of the questionnaire, with the answer in
 * words. Questions hidden by {@code show_if} are left out (their kept answers do not count either).
 * Only in the long report.
 */
final class AnswersSection implements Section {
    static final String TAG = "answers";

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        if (!ctx.full()) {
            return;
        }
        ctx.tagging().part();
        ctx.document().newPage();
        Blocks.heading(ctx, TAG, ctx.msg("answers.title"), Blocks.paragraphHeight(ctx, ctx.msg("answers.intro"), Style.BODY_MUTED) + 100);
        ctx.add(Blocks.paragraph(ctx.msg("answers.intro"), Style.BODY_MUTED));
        group(ctx, ctx.msg("answers.profile"), ctx.questionnaire().profile());
        for (Dimension d : ctx.questionnaire().dimensions()) {
            group(ctx, ctx.text(d.title()), d.questions());
        }
    }

    private static void group(ReportContext ctx, String title, List<Question> questions) throws DocumentException {
        List<Question> asked = questions.stream().filter(q -> ctx.evaluation().isVisible(q.id())).toList();
        if (asked.isEmpty()) {
            return;
        }
        PdfPTable table = Blocks.table(ctx, 5.6f, 4.4f);
        table.setSpacingBefore(8);
        table.setSpacingAfter(6);
        // the group's title is the table's header, so it is repeated where the table goes on to the next page
        table.setHeaderRows(1);
        PdfPCell head = Blocks.cell(title, Style.H2);
        head.setColspan(2);
        head.setPaddingBottom(4);
        table.addCell(head);
        for (Question q : asked) {
            table.addCell(Blocks.ruled(Blocks.cell(ctx.text(q.text()), Style.BODY)));
            List<String> answer = ctx.answer(q);
            PdfPCell cell;
            if (answer.isEmpty()) {
                cell = Blocks.cell(ctx.msg("answers.unanswered"), Style.SMALL);
            } else if (answer.size() == 1) {
                cell = Blocks.cell(answer.get(0), Style.BODY_BOLD);
            } else {
                List<Element> lines = new ArrayList<>();
                for (String line : answer) {
                    lines.add(Blocks.inCell("– " + line, Style.BODY_BOLD, 0));
                }
                cell = Blocks.stack(lines);
            }
            table.addCell(Blocks.ruled(cell));
        }
        ctx.keepRoom(Math.min(Blocks.height(table), 90));
        ctx.table(table, true);
    }
}
