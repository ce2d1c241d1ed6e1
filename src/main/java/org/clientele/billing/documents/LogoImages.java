package org.clientele.billing.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.clientele.shared.InvalidInputException;

/**
 * Turns an uploaded logo into the PNG printed on documents: read as an image whatever its name or
 * declared type says, PNG or JPEG only, scaled down to at most {@value #MAX_WIDTH} pixels wide
 * (never up), written anew as PNG so nothing of the upload but its pixels is kept.
 */
final class LogoImages {

    static final String FIELD = "logo";
    static final int MAX_WIDTH = 400;
    static final int MAX_UPLOAD_BYTES = 1024 * 1024;
    /** Keeps a small file that declares huge dimensions from exhausting memory when decoded. */
    private static final long MAX_PIXELS = 40_000_000L;

    private LogoImages() {
    }

    static byte[] toLogo(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw InvalidInputException.of(FIELD, "validation.billing.logo-empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw InvalidInputException.of(FIELD, "validation.billing.logo-too-large", MAX_UPLOAD_BYTES / 1024);
        }
        return encodePng(scaled(decode(upload)));
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                boolean accepted = format.equals("png") || format.equals("jpeg") || format.equals("jpg");
                if (!accepted || (long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw unreadable();
                }
                return reader.read(0);
            }
            finally {
                reader.dispose();
            }
        }
        catch (InvalidInputException ex) {
            throw ex;
        }
        catch (IOException | RuntimeException ex) {
            throw unreadable();
        }
    }

    private static InvalidInputException unreadable() {
        return InvalidInputException.of(FIELD, "validation.billing.logo-unreadable");
    }

    private static BufferedImage scaled(BufferedImage image) {
        int width = Math.min(MAX_WIDTH, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage logo = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = logo.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        }
        finally {
            graphics.dispose();
        }
        return logo;
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
