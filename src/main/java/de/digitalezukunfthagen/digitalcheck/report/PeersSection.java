package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.stats.Peers;
import de.digitalezukunfthagen.digitalcheck.stats.Summary;

/**
 * How the firm's scores sit among similar firms (see {@link Peers}): its score, the middle half and the
 * median of the group, and which group and how many firms. Nothing when no group has enough firms.
 */
final class PeersSection implements Section {
    static final String TAG = "peers";

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        Peers peers = ctx.input().comparisons().peers();
        if (peers == null || peers.spreads().isEmpty()) {
            return;
        }
        ctx.tagging().part();
        String basis = ctx.msg("peers.basis", String.valueOf(peers.firms()), ctx.msg("peers.scope." + peers.scope().name()));
        PdfPTable table = Blocks.table(ctx, 4.2f, 1.3f, 2.6f, 1.6f);
        table.setHeaderRows(1);
        table.addCell(Blocks.head(ctx.msg("progress.area")));
        table.addCell(Blocks.head(ctx.msg("peers.you")));
        table.addCell(Blocks.head(ctx.msg("peers.middle")));
        table.addCell(Blocks.head(ctx.msg("peers.median")));
        for (Peers.Spread s : peers.spreads()) {
            boolean overall = s.id().equals(Summary.OVERALL);
            Result.DimensionScore d = overall ? null : ctx.result().dimension(s.id());
            if (!overall && d == null) {
                continue;
            }
            String own = ChangeWords.score(overall ? ctx.result().overall().score() : d.score(), ctx.language());
            table.addCell(Blocks.ruled(Blocks.cell(overall ? ctx.msg("progress.overall") : ctx.dimensionTitle(s.id()),
                    overall ? Style.BODY_BOLD : Style.BODY)));
            table.addCell(Blocks.ruled(Blocks.cell(own, Style.BODY_BOLD)));
            table.addCell(Blocks.ruled(Blocks.cell(ChangeWords.score(s.lower(), ctx.language()) + " – "
                    + ChangeWords.score(s.upper(), ctx.language()), Style.BODY)));
            table.addCell(Blocks.ruled(Blocks.cell(ChangeWords.score(s.median(), ctx.language()), Style.BODY)));
        }
        Blocks.heading(ctx, TAG, ctx.msg("peers.title"), Blocks.paragraphHeight(ctx, basis, Style.BODY_MUTED) + 60);
        ctx.add(Blocks.paragraph(basis, Style.BODY_MUTED));
        table.setSpacingAfter(8);
        ctx.table(table, true);
    }
}
