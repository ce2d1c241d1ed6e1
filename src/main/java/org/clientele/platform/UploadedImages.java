package org.clientele.platform;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads uploaded pictures (profile pictures, logos) as images, whatever their name or declared
 * type says, and writes images anew as PNG, so nothing of an upload but its pixels is kept.
 */
public final class UploadedImages {

    /** Keeps a small file that declares huge dimensions from exhausting memory when decoded. */
    private static final long MAX_PIXELS = 40_000_000L;

    private UploadedImages() {
    }

    /**
     * @param formats the accepted formats as ImageIO names them, in lower case ({@code png}, {@code jpeg}, {@code gif})
     * @return nothing when the upload is no image in one of the formats, or too large to decode
     */
    public static Optional<BufferedImage> decode(byte[] upload, Set<String> formats) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (!formats.contains(reader.getFormatName().toLowerCase(Locale.ROOT))
                        || (long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return Optional.empty();
                }
                return Optional.of(reader.read(0));
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException ex) {
            return Optional.empty();
        }
    }

    /** The part of the image from ({@code x}, {@code y}) of the given size, drawn smoothly at {@code width} × {@code height}. */
    public static BufferedImage resized(BufferedImage image, int x, int y, int partWidth, int partHeight, int width, int height) {
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = resized.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, x, y, x + partWidth, y + partHeight, null);
        }
        finally {
            graphics.dispose();
        }
        return resized;
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return png.toByteArray();
    }
}
