package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Page 1: the check's title, the company, the date, the questionnaire and its version, the overall
 * score and level in words with a 0–100 scale, and the contents.
 */
final class CoverSection implements Section {

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        PdfContentByte canvas = ctx.writer().getDirectContentUnder();
        float pageHeight = ctx.document().getPageSize().getHeight();
        canvas.saveState();
        canvas.setColorFill(Style.ACCENT);
        canvas.rectangle(0, pageHeight - 14, ctx.document().getPageSize().getWidth(), 14);
        canvas.fill();
        canvas.restoreState();

        Paragraph publisher = new Paragraph("", Style.BODY);
        Chunk name = new Chunk(ctx.msg("publisher").toUpperCase(java.util.Locale.ROOT), Style.font(Style.BOLD, 9, Style.ACCENT));
        name.setCharacterSpacing(1.2f);
        publisher.add(name);
        publisher.setSpacingAfter(14);
        ctx.add(publisher);

        Paragraph title = new Paragraph(ctx.text(ctx.questionnaire().title()), Style.font(Style.BOLD, 28, Style.TEXT));
        title.setLeading(33);
        ctx.add(title);
        Paragraph subtitle = new Paragraph(ctx.msg("report.subtitle"), Style.font(Style.REGULAR, 15, Style.MUTED));
        subtitle.setLeading(20);
        subtitle.setSpacingAfter(28);
        ctx.add(subtitle);

        if (ctx.company() != null) {
            ctx.add(Blocks.inCell(ctx.msg("cover.preparedFor"), Style.LABEL, 2));
            // a long name gets a smaller size rather than a third line, so the contents still fit
            float size = Blocks.wrap(ctx.company(), Style.BOLD, 19, ctx.width()).size() > 2 ? 15 : 19;
            Paragraph company = new Paragraph(ctx.company(), Style.font(Style.BOLD, size, Style.TEXT));
            company.setLeading(size * 1.25f);
            company.setSpacingAfter(16);
            ctx.add(company);
        }

        PdfPTable facts = Blocks.table(ctx, 1.1f, 4);
        fact(facts, ctx.msg("cover.date"), ctx.formats().date(ctx.input().date()));
        fact(facts, ctx.msg("cover.questionnaire"),
                ctx.msg("cover.questionnaireValue", ctx.questionnaire().id(), String.valueOf(ctx.questionnaire().version())));
        int missing = ctx.result().missing().size();
        fact(facts, ctx.msg("cover.answers"), missing == 0 ? ctx.msg("cover.complete")
                : missing == 1 ? ctx.msg("cover.incompleteOne") : ctx.msg("cover.incomplete", String.valueOf(missing)));
        facts.setSpacingAfter(22);
        ctx.add(facts);

        ctx.add(scoreBox(ctx));
        tableOfContents(ctx);
        ctx.document().newPage();
    }

    private static void fact(PdfPTable table, String label, String value) {
        PdfPCell l = Blocks.cell(label, Style.SMALL);
        l.setPaddingBottom(3);
        PdfPCell v = Blocks.cell(value, Style.BODY);
        v.setPaddingBottom(3);
        table.addCell(l);
        table.addCell(v);
    }

    private static PdfPTable scoreBox(ReportContext ctx) throws DocumentException {
        Result.Score overall = ctx.result().overall();
        PdfPTable box = Blocks.table(ctx, 1.25f, 3);
        box.setKeepTogether(true);

        List<Element> left = new ArrayList<>();
        left.add(Blocks.inCell(ctx.msg("cover.overall"), Style.LABEL, 2));
        if (overall.score() != null) {
            Paragraph number = new Paragraph(ctx.score(overall.score()), Style.font(Style.BOLD, 40, Style.ACCENT));
            number.setLeading(44);
            left.add(number);
            left.add(Blocks.inCell(ctx.msg("outOf100"), Style.BODY_MUTED, 0));
        } else {
            Paragraph none = new Paragraph(ctx.msg("notAssessed"), Style.font(Style.BOLD, 18, Style.MUTED));
            none.setLeading(24);
            left.add(none);
        }
        PdfPCell l = Blocks.stack(left);
        pad(l);
        l.setPaddingRight(4);
        box.addCell(l);

        List<Element> right = new ArrayList<>();
        right.add(Blocks.inCell(ctx.msg("cover.level"), Style.LABEL, 2));
        Level level = ctx.level(overall.level());
        if (level != null) {
            Paragraph name = new Paragraph(ctx.text(level.title()), Style.font(Style.BOLD, 20, Style.TEXT));
            name.setLeading(25);
            name.setSpacingAfter(5);
            right.add(name);
            right.add(Blocks.inCell(ctx.text(level.description()), Style.BODY, 0));
            for (String reason : ctx.capReasons(overall.cappedBy())) {
                right.add(Blocks.labelled(ctx.msg("capped"), reason, 0));
            }
        } else {
            right.add(Blocks.inCell(ctx.msg("cover.notAssessedText"), Style.BODY, 0));
        }
        PdfPCell r = Blocks.stack(right);
        pad(r);
        r.setPaddingLeft(4);
        box.addCell(r);

        Image scale = LevelScale.draw(ctx, ctx.width() - 36, overall.score(), overall.level());
        PdfPCell s = new PdfPCell(scale, false);
        s.setColspan(2);
        pad(s);
        s.setPaddingTop(6);
        s.setPaddingBottom(16);
        box.addCell(s);
        box.setSpacingAfter(26);
        return box;
    }

    private static void pad(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setBackgroundColor(Style.ACCENT_TINT);
        cell.setPaddingLeft(18);
        cell.setPaddingRight(18);
        cell.setPaddingTop(16);
        cell.setPaddingBottom(10);
    }

    /**
     * The contents: the main sections with their page, the dimensions two to a row beneath the line
     * that leads to them. Where that does not fit on the cover, only the main sections.
     */
    private static void tableOfContents(ReportContext ctx) throws DocumentException {
        List<Toc.Entry> entries = new ArrayList<>();
        for (Section section : ctx.sections()) {
            entries.addAll(section.contents(ctx));
        }
        if (entries.isEmpty()) {
            return;
        }
        Paragraph label = Blocks.inCell(ctx.msg("cover.contents"), Style.LABEL, 4);
        PdfPTable table = contents(ctx, entries, true);
        if (Blocks.height(table) + 20 > ctx.remaining()) {
            table = contents(ctx, entries, false);
        }
        ctx.add(label);
        ctx.add(table);
    }

    private static PdfPTable contents(ReportContext ctx, List<Toc.Entry> entries, boolean withDimensions) throws DocumentException {
        float width = ctx.width();
        PdfPTable table = Blocks.table(ctx, width - 30, 30);
        for (int i = 0; i < entries.size(); i++) {
            Toc.Entry entry = entries.get(i);
            if (entry.depth() == 0) {
                table.addCell(line(entry, Style.BODY, 0));
                table.addCell(number(ctx, entry, 30));
                continue;
            }
            List<Toc.Entry> group = new ArrayList<>();
            while (i < entries.size() && entries.get(i).depth() > 0) {
                group.add(entries.get(i++));
            }
            i--;
            if (!withDimensions) {
                continue;
            }
            float column = (width - 14) / 2;
            PdfPTable grid = new PdfPTable(new float[] {column - 34, 34, column - 34, 34});
            grid.setTotalWidth(width - 14);
            grid.setLockedWidth(true);
            int half = (group.size() + 1) / 2;
            for (int row = 0; row < half; row++) {
                for (int col = 0; col < 2; col++) {
                    int index = row + col * half;
                    if (index < group.size()) {
                        grid.addCell(line(group.get(index), Style.BODY_MUTED, col == 0 ? 0 : 12));
                        PdfPCell n = number(ctx, group.get(index), 34);
                        n.setPaddingRight(col == 0 ? 12 : 0);
                        grid.addCell(n);
                    } else {
                        grid.addCell(Blocks.cell("", Style.BODY));
                        grid.addCell(Blocks.cell("", Style.BODY));
                    }
                }
            }
            PdfPCell holder = new PdfPCell(grid);
            holder.setColspan(2);
            holder.setBorder(Rectangle.NO_BORDER);
            holder.setPaddingLeft(14);
            holder.setPaddingBottom(3);
            table.addCell(holder);
        }
        return table;
    }

    private static PdfPCell line(Toc.Entry entry, Font font, float indent) {
        Chunk title = new Chunk(entry.title(), font);
        title.setLocalGoto(entry.tag());
        PdfPCell cell = Blocks.cell(new Phrase(title));
        cell.setPaddingLeft(indent);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static PdfPCell number(ReportContext ctx, Toc.Entry entry, float width) throws DocumentException {
        Image number = ctx.toc().pageOf(ctx.writer(), entry.tag(), "", 10, width);
        PdfPCell cell = new PdfPCell(number, false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(0);
        return cell;
    }
}
