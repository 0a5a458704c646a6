package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * The report's look: A4 margins, one accent colour with its tints, greys, and DejaVu Sans (regular
 * and bold, from Debian's fonts-dejavu-core, licence beside the files in fonts/dejavu), embedded as a
 * subset (only the glyphs used travel in the file). DejaVu has the subscripts the questionnaires use
 * (CO₂), which Liberation Sans lacked, and far more of Unicode besides. There is no italic: the core
 * package has none, and muted colour marks what italics marked. The fonts are loaded once and
 * shared by all reports, as OpenPDF's own font cache does.
 */
final class Style {
    static final float MARGIN_LEFT = 62;
    static final float MARGIN_RIGHT = 62;
    static final float MARGIN_TOP = 74;
    static final float MARGIN_BOTTOM = 66;

    /** The one accent colour: a calm petrol blue; its tints for backgrounds and tracks. */
    static final Color ACCENT = new Color(0x1B, 0x5E, 0x7B);
    static final Color ACCENT_SOFT = new Color(0x8F, 0xB4, 0xC6);
    static final Color ACCENT_TINT = new Color(0xEA, 0xF1, 0xF5);
    static final Color TEXT = new Color(0x21, 0x25, 0x29);
    static final Color MUTED = new Color(0x5C, 0x64, 0x6C);
    static final Color RULE = new Color(0xD3, 0xD9, 0xDE);
    static final Color TRACK = new Color(0xE9, 0xEC, 0xEF);

    /**
     * zlib level 3 for the pages and the fonts' subsets: deflate at the default level 6 was about a sixth of
     * a short report's CPU; level 3 halves it for files about 5 % larger (75 to 79 KB for an 8-page report).
     */
    static final int COMPRESSION = 3;

    static final BaseFont REGULAR = font("DejaVuSans.ttf");
    static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");

    static final Font BODY = new Font(REGULAR, 10, Font.NORMAL, TEXT);
    static final Font BODY_BOLD = new Font(BOLD, 10, Font.NORMAL, TEXT);
    static final Font BODY_MUTED = new Font(REGULAR, 10, Font.NORMAL, MUTED);
    static final Font SMALL = new Font(REGULAR, 8.5f, Font.NORMAL, MUTED);
    static final Font SMALL_BOLD = new Font(BOLD, 8.5f, Font.NORMAL, MUTED);
    /** Small but in the text colour: facts a reader needs that fit on one line (who, effort, cost). */
    static final Font SMALL_TEXT = new Font(REGULAR, 9, Font.NORMAL, TEXT);
    static final Font SMALL_TEXT_BOLD = new Font(BOLD, 9, Font.NORMAL, TEXT);
    static final Font SMALL_LINK = new Font(REGULAR, 9, Font.UNDERLINE, ACCENT);
    static final Font LABEL = new Font(BOLD, 8.5f, Font.NORMAL, ACCENT);
    static final Font LINK = new Font(REGULAR, 10, Font.UNDERLINE, ACCENT);
    static final Font H1 = new Font(BOLD, 17, Font.NORMAL, ACCENT);
    static final Font H2 = new Font(BOLD, 12, Font.NORMAL, TEXT);
    static final Font H3 = new Font(BOLD, 10.5f, Font.NORMAL, TEXT);
    static final Font TABLE_HEAD = new Font(BOLD, 8.5f, Font.NORMAL, MUTED);

    private Style() {
    }

    /**
     * The text with each character the fonts lack replaced by its compatibility form where that one
     * exists (CO₂ becomes CO2), so nothing silently disappears from the page.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c >= 32 && !REGULAR.charExists(c)) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                String plain = Normalizer.normalize(text.substring(i, next), Normalizer.Form.NFKC);
                out.append(plain.codePoints().allMatch(REGULAR::charExists) ? plain : text.substring(i, next));
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    private static BaseFont font(String file) {
        String resource = "fonts/dejavu/" + file;
        try (InputStream in = Style.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing");
            }
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            font.setSubset(true);
            // OpenPDF's CIDSet of a subset does not list every glyph the embedded program has, which
            // PDF/A and PDF/UA validators reject; it is optional, so it is left out
            font.setIncludeCidSet(false);
            font.setCompressionLevel(COMPRESSION);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + resource + ": " + e.getMessage(), e);
        }
    }
}
