package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * "Wie der Wert berechnet wird": the scoring rules of the contract in plain words, with this
 * questionnaire's levels and (where they differ) the dimensions' weights.
 */
final class MethodSection implements Section {
    static final String TAG = "method";

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        ctx.tagging().part();
        Blocks.subheading(ctx, ctx.msg("method.title"), 160);
        ctx.add(ctx.once(TAG, () -> steps(ctx)));
    }

    @Override
    public float height(ReportContext ctx, int squeeze) {
        return Blocks.SUBHEADING_HEIGHT + Blocks.height(ctx.once(TAG, () -> steps(ctx)));
    }

    /** The rules, numbered, with this questionnaire's levels under the fifth. */
    private static PdfPTable steps(ReportContext ctx) {
        PdfPTable steps = Blocks.table(ctx, 0.35f, 10);
        int n = 0;
        for (String key : List.of("method.1", "method.2", "method.3", "method.4", "method.5", "method.6", "method.7")) {
            n++;
            steps.addCell(Blocks.cell(String.valueOf(n), Style.font(Style.BOLD, 10, Style.ACCENT)));
            List<Element> parts = new ArrayList<>();
            parts.add(Blocks.inCell(ctx.msg(key), Style.BODY, 0));
            if (key.equals("method.4") && weightsDiffer(ctx)) {
                List<String> weights = new ArrayList<>();
                for (Dimension d : ctx.questionnaire().dimensions()) {
                    weights.add(ctx.text(d.title()) + " " + ctx.formats().decimal(d.weight()));
                }
                parts.add(Blocks.inCell(ctx.msg("method.weights") + " " + String.join(" · ", weights), Style.BODY_MUTED, 0));
            }
            if (key.equals("method.5")) {
                parts.add(levels(ctx));
                if (ctx.questionnaire().dimensions().size() >= 3) {
                    parts.add(Blocks.inCell(ctx.msg("method.rings"), Style.BODY_MUTED, 0));
                }
            }
            PdfPCell cell = Blocks.stack(parts);
            cell.setPaddingBottom(7);
            steps.addCell(cell);
        }
        return steps;
    }

    private static boolean weightsDiffer(ReportContext ctx) {
        return ctx.questionnaire().dimensions().stream().mapToDouble(Dimension::weight).distinct().count() > 1;
    }

    /** The levels side by side: title and threshold. */
    private static PdfPTable levels(ReportContext ctx) {
        List<Level> levels = ctx.questionnaire().levels();
        PdfPTable table = new PdfPTable(levels.size());
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(4);
        for (Level level : levels) {
            PdfPCell cell = Blocks.stack(List.of(
                    Blocks.inCell(ctx.text(level.title()), Style.BODY_BOLD, 0),
                    Blocks.inCell(ctx.msg("method.levelFrom", ctx.formats().decimal(level.min())), Style.BODY_MUTED, 0)));
            cell.setPaddingBottom(2);
            table.addCell(cell);
        }
        return table;
    }
}
