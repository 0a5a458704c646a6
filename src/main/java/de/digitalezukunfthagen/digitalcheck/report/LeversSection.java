package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.util.List;

/**
 * "Ihre größten Hebel", in the appendix: the result's levers in the areas the plan works on (see
 * {@link ReportContext#levers}), each question with the gain the engine computed; the short report
 * names the first five (three when its page budget is tight).
 */
final class LeversSection implements Section {
    static final String TAG = "levers";

    static final int SHORT = 5;
    static final int TIGHT = 3;

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        ctx.tagging().part();
        List<Result.Lever> levers = levers(ctx, ctx.squeeze());
        PdfPTable table = ctx.once("levers:" + levers.size(), () -> table(ctx, levers));
        Blocks.subheading(ctx, ctx.msg("levers.title"), levers.isEmpty() ? 40
                : Blocks.paragraphHeight(ctx, ctx.msg("levers.intro"), Style.BODY) + Math.min(Blocks.height(table), 160));
        if (levers.isEmpty()) {
            ctx.add(Blocks.paragraph(ctx.msg(ctx.result().overall().score() == null ? "levers.noScore"
                    : ctx.result().levers().isEmpty() ? "levers.none" : "levers.nonePlanned"), Style.BODY));
            return;
        }
        ctx.add(Blocks.paragraph(ctx.msg("levers.intro"), Style.BODY));
        ctx.table(table, false);
    }

    @Override
    public float height(ReportContext ctx, int squeeze) {
        List<Result.Lever> levers = levers(ctx, squeeze);
        if (levers.isEmpty()) {
            return Blocks.SUBHEADING_HEIGHT + 30;
        }
        PdfPTable table = ctx.once("levers:" + levers.size(), () -> table(ctx, levers));
        return Blocks.SUBHEADING_HEIGHT + Blocks.paragraphHeight(ctx, ctx.msg("levers.intro"), Style.BODY)
                + table.spacingBefore() + Blocks.height(table) + table.spacingAfter();
    }

    /** The levers shown: all in the long report, the first five in the short one (three when it is tight). */
    private static List<Result.Lever> levers(ReportContext ctx, int squeeze) {
        List<Result.Lever> levers = ctx.levers();
        return ctx.full() ? levers : levers.subList(0, Math.min(levers.size(), squeeze == 0 ? SHORT : TIGHT));
    }

    private static PdfPTable table(ReportContext ctx, List<Result.Lever> levers) {
        PdfPTable table = Blocks.table(ctx, 0.35f, 6.4f, 3f, 2f);
        table.setHeaderRows(1);
        table.addCell(Blocks.head(""));
        table.addCell(Blocks.head(ctx.msg("levers.question")));
        table.addCell(Blocks.head(ctx.msg("levers.answer")));
        PdfPCell gainHead = Blocks.head(ctx.msg("levers.gain"));
        gainHead.setHorizontalAlignment(Element.ALIGN_RIGHT);
        gainHead.setPaddingRight(0);
        table.addCell(gainHead);
        int number = 0;
        for (Result.Lever lever : levers) {
            Question q = ctx.question(lever.question());
            number++;
            table.addCell(Blocks.ruled(Blocks.cell(String.valueOf(number), Style.font(Style.BOLD, 10, Style.ACCENT))));
            PdfPCell question = Blocks.ruled(Blocks.stack(List.of(
                    Blocks.inCell(ctx.text(q.text()), Style.BODY, 1),
                    Blocks.inCell(ctx.dimensionTitle(lever.dimension()), Style.SMALL, 0))));
            table.addCell(question);
            table.addCell(Blocks.ruled(Blocks.cell(String.join(", ", ctx.answer(q)), Style.BODY_MUTED)));
            PdfPCell gain = Blocks.ruled(Blocks.cell(ctx.msg("levers.gainValue", ctx.formats().decimal(lever.gain())),
                    Style.font(Style.BOLD, 11, Style.ACCENT)));
            gain.setHorizontalAlignment(Element.ALIGN_RIGHT);
            gain.setPaddingRight(0);
            table.addCell(gain);
        }
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        return table;
    }
}
