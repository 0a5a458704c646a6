package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.util.List;

/** "Ihre größten Hebel": the result's levers, each question with the gain the engine computed. */
final class LeversSection implements Section {
    static final String TAG = "levers";

    @Override
    public List<Toc.Entry> contents(ReportContext ctx) {
        return List.of(new Toc.Entry(TAG, ctx.msg("levers.title"), 0));
    }

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        List<Result.Lever> levers = ctx.result().levers();
        PdfPTable table = Blocks.table(ctx, 0.35f, 7f, 3f, 1.4f);
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
        Blocks.heading(ctx, TAG, ctx.msg("levers.title"), levers.isEmpty() ? 40
                : Blocks.paragraphHeight(ctx, ctx.msg("levers.intro"), Style.BODY) + Math.min(Blocks.height(table), 160));
        if (levers.isEmpty()) {
            ctx.add(Blocks.paragraph(ctx.msg(ctx.result().overall().score() == null ? "levers.noScore" : "levers.none"), Style.BODY));
            return;
        }
        ctx.add(Blocks.paragraph(ctx.msg("levers.intro"), Style.BODY));
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        ctx.add(table);
    }
}
