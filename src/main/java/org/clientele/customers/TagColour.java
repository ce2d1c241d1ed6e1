package org.clientele.customers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The colours a tag can have: Bootstrap's theme colours, so that every badge keeps a readable
 * contrast in light and dark mode without a style of its own.
 */
public enum TagColour {

    BLUE("primary"),
    GREY("secondary"),
    GREEN("success"),
    RED("danger"),
    YELLOW("warning"),
    CYAN("info"),
    BLACK("dark");

    private final String theme;

    TagColour(String theme) {
        this.theme = theme;
    }

    /** The code the API and the database use: the name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Bootstrap classes of a badge in this colour. */
    public String badgeClass() {
        return "text-bg-" + theme;
    }

    public static Optional<TagColour> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(colour -> colour.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
