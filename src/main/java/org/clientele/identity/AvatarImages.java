package org.clientele.identity;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.clientele.shared.InvalidInputException;

/**
 * Turns an uploaded picture into a profile picture: the centred square of the image, scaled to
 * {@value #SIZE} pixels and written as PNG. The upload is read as an image, whatever its name or
 * declared type says; anything that is not a PNG, JPEG or GIF, or is larger than the limits, is
 * refused with a field problem on {@value #FIELD}.
 */
final class AvatarImages {

    static final String FIELD = "avatar";
    static final int SIZE = 256;
    static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
    /** Keeps a small file that declares huge dimensions from exhausting memory when decoded. */
    private static final long MAX_PIXELS = 40_000_000L;

    private AvatarImages() {
    }

    static byte[] toAvatar(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw InvalidInputException.of(FIELD, "avatar.empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw InvalidInputException.of(FIELD, "avatar.too-large", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        return encodePng(squareOf(decode(upload)));
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw InvalidInputException.of(FIELD, "avatar.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (!acceptedFormat(reader.getFormatName())
                        || (long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw InvalidInputException.of(FIELD, "avatar.unreadable");
                }
                return reader.read(0);
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of(FIELD, "avatar.unreadable");
        }
    }

    private static boolean acceptedFormat(String format) {
        String name = format.toLowerCase(java.util.Locale.ROOT);
        return name.equals("png") || name.equals("jpeg") || name.equals("jpg") || name.equals("gif");
    }

    private static BufferedImage squareOf(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        int x = (image.getWidth() - side) / 2;
        int y = (image.getHeight() - side) / 2;
        BufferedImage square = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = square.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, SIZE, SIZE, x, y, x + side, y + side, null);
        }
        finally {
            graphics.dispose();
        }
        return square;
    }

    private static byte[] encodePng(BufferedImage image) {
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
