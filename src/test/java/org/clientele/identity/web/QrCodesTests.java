package org.clientele.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The QR code an authenticator app scans reads back as the address it was drawn from. */
class QrCodesTests {

    private static final String PREFIX = "data:image/svg+xml;base64,";
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void drawsAnSvgThatReadsBackAsTheAddress() throws Exception {
        String address = "otpauth://totp/Clientele:ada%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Clientele";

        String dataUri = QrCodes.svgDataUri(address);

        assertThat(dataUri).startsWith(PREFIX);
        String svg = new String(Base64.getDecoder().decode(dataUri.substring(PREFIX.length())), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").doesNotContain("<script");
        assertThat(new QRCodeReader().decode(bitmap(svg)).getText()).isEqualTo(address);
    }

    /** Paints the SVG's unit squares black on white, a few pixels per module, as a camera would see it. */
    private static BinaryBitmap bitmap(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1)) * PIXELS_PER_MODULE;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = MODULE.matcher(svg);
        int modules = 0;
        while (module.find()) {
            int x = Integer.parseInt(module.group(1)) * PIXELS_PER_MODULE;
            int y = Integer.parseInt(module.group(2)) * PIXELS_PER_MODULE;
            for (int dy = 0; dy < PIXELS_PER_MODULE; dy++) {
                for (int dx = 0; dx < PIXELS_PER_MODULE; dx++) {
                    pixels[(y + dy) * size + x + dx] = 0x000000;
                }
            }
            modules++;
        }
        assertThat(modules).as("dark modules drawn").isPositive();
        LuminanceSource source = new RGBLuminanceSource(size, size, pixels);
        return new BinaryBitmap(new HybridBinarizer(source));
    }
}
