package org.clientele.billing.documents;

import java.awt.image.BufferedImage;
import java.util.Set;

import org.clientele.platform.UploadedImages;
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
    /** ImageIO names JPEG files either way. */
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "jpg");

    private LogoImages() {
    }

    static byte[] toLogo(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw InvalidInputException.of(FIELD, "validation.billing.logo-empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw InvalidInputException.of(FIELD, "validation.billing.logo-too-large", MAX_UPLOAD_BYTES / 1024);
        }
        return UploadedImages.png(scaled(decode(upload)));
    }

    private static BufferedImage decode(byte[] upload) {
        return UploadedImages.decode(upload, FORMATS).orElseThrow(() -> InvalidInputException.of(FIELD, "validation.billing.logo-unreadable"));
    }

    private static BufferedImage scaled(BufferedImage image) {
        int width = Math.min(MAX_WIDTH, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        return UploadedImages.resized(image, 0, 0, image.getWidth(), image.getHeight(), width, height);
    }
}
