package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;

/**
 * The end of the appendix: repeat the check in 6 to 12 months, and (in the short report) where the
 * long version with every answer is.
 */
final class ClosingSection implements Section {

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        ctx.tagging().part();
        String text = text(ctx);
        Blocks.subheading(ctx, ctx.msg("closing.next"), Blocks.paragraphHeight(ctx, text, Style.BODY));
        ctx.add(Blocks.paragraph(text, Style.BODY));
    }

    @Override
    public float height(ReportContext ctx, int squeeze) {
        return Blocks.SUBHEADING_HEIGHT + Blocks.paragraphHeight(ctx, text(ctx), Style.BODY);
    }

    private static String text(ReportContext ctx) {
        return ctx.msg("closing.repeat") + (ctx.full() ? "" : " " + ctx.msg("closing.full"));
    }
}
