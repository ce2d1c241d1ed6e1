package org.clientele.identity;

import java.awt.image.BufferedImage;
import java.util.Set;

import org.clientele.platform.UploadedImages;
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
    /** ImageIO names JPEG files either way. */
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "jpg", "gif");

    private AvatarImages() {
    }

    static byte[] toAvatar(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw InvalidInputException.of(FIELD, "avatar.empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw InvalidInputException.of(FIELD, "avatar.too-large", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        return UploadedImages.png(squareOf(decode(upload)));
    }

    private static BufferedImage decode(byte[] upload) {
        return UploadedImages.decode(upload, FORMATS).orElseThrow(() -> InvalidInputException.of(FIELD, "avatar.unreadable"));
    }

    private static BufferedImage squareOf(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        int x = (image.getWidth() - side) / 2;
        int y = (image.getHeight() - side) / 2;
        return UploadedImages.resized(image, x, y, side, side, SIZE, SIZE);
    }
}
