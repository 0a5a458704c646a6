package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfTemplate;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import java.math.BigDecimal;
import java.util.List;

/**
 * The scale 0–100 of the cover: one segment per level with its title, the current level highlighted,
 * and a marker at the overall score. Vector graphics.
 */
final class LevelScale {
    private static final float BAR = 10;

    private LevelScale() {
    }

    static Image draw(ReportContext ctx, float width, BigDecimal score, String levelId) throws BadElementException {
        float height = 44;
        PdfTemplate c = ctx.writer().getDirectContent().createTemplate(width, height);
        List<Level> levels = ctx.questionnaire().levels();
        float barY = 20;
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            double to = i + 1 < levels.size() ? levels.get(i + 1).min() : 100;
            float x0 = width * (float) level.min() / 100;
            float x1 = width * (float) Math.min(100, to) / 100;
            if (x1 <= x0) {
                continue;
            }
            boolean current = level.id().equals(levelId);
            c.setColorFill(current ? Style.ACCENT : Style.ACCENT_TINT);
            c.rectangle(x0 + (i == 0 ? 0 : 1), barY, x1 - x0 - (i == 0 ? 0 : 1), BAR);
            c.fill();
            String title = ctx.text(level.title());
            float size = 8;
            String fitted = Blocks.fit(title, current ? Style.BOLD : Style.REGULAR, size, x1 - x0 - 4);
            ColumnText.showTextAligned(c, Element.ALIGN_LEFT, new Phrase(fitted,
                    Style.font(current ? Style.BOLD : Style.REGULAR, size, current ? Style.ACCENT : Style.MUTED)),
                    x0 + (i == 0 ? 0 : 3), barY - 11, 0);
        }
        if (score != null) {
            float x = Math.max(4, Math.min(width - 4, width * score.floatValue() / 100));
            c.setColorFill(Style.TEXT);
            c.moveTo(x - 5, barY + BAR + 9);
            c.lineTo(x + 5, barY + BAR + 9);
            c.lineTo(x, barY + BAR + 1.5f);
            c.closePath();
            c.fill();
        }
        return Image.getInstance(c);
    }
}
