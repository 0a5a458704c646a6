package de.digitalezukunfthagen.digitalcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

public class QrCodeTest {

    /** Draws the SVG's squares into pixels (4 per module) and reads them with ZXing's own decoder. */
    public static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int modules = Integer.parseInt(box.group(1));
        int scale = 4;
        int size = modules * scale;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size + x * scale + dx] = 0xFF000000;
                }
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)))).getText();
    }

    @Test
    void the_svg_reads_back_as_the_join_link() throws Exception {
        String svg = QrCode.svg("https://check.example.org/w/K7QMWD", "QR-Code zum Beitreten");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<title>QR-Code zum Beitreten</title>",
                "role=\"img\"");
        assertThat(decode(svg)).isEqualTo("https://check.example.org/w/K7QMWD");
    }

    @Test
    void the_title_is_escaped() {
        assertThat(QrCode.svg("x", "a <b> & \"c\"")).contains("a &lt;b&gt; &amp; &quot;c&quot;").doesNotContain("<b>");
    }
}
