package org.clientele.customers;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of record a tag can be put on, with the path their pages and API use. */
public enum TaggedType {

    COMPANY("companies"),
    CONTACT("contacts"),
    LEAD("leads");

    private final String path;

    TaggedType(String path) {
        this.path = path;
    }

    /** {@code companies}, {@code contacts} or {@code leads}. */
    public String path() {
        return path;
    }

    /** The type whose pages or API live under {@code /path} or {@code /api/v1/path}. */
    public static Optional<TaggedType> ofPath(String path) {
        return Arrays.stream(values()).filter(type -> type.path.equals(path)).findFirst();
    }
}
