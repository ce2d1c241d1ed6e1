package org.clientele.customers;

import java.util.Locale;
import java.util.Objects;

/**
 * A kind of timeline entry: an open code, checked against the kinds the application registers.
 * The timeline registers {@link #NOTE}, {@link #CALL} and {@link #MEETING}, which people write,
 * and the kinds the other modules are known to record ({@link #EMAIL}, {@link #STAGE_CHANGE},
 * {@link #QUOTE}, {@link #INVOICE}, {@link #PAYMENT}). A module with a kind of its own declares a
 * bean of this type and adds the label {@code timeline.kind.<code in lower case>} to the bundles.
 *
 * @param code upper case letters and underscores, at most 40
 * @param icon a Bootstrap Icons name, such as {@code envelope}
 */
public record TimelineKind(String code, String icon) {

    public static final String NOTE = "NOTE";
    public static final String CALL = "CALL";
    public static final String MEETING = "MEETING";
    public static final String EMAIL = "EMAIL";
    public static final String STAGE_CHANGE = "STAGE_CHANGE";
    public static final String QUOTE = "QUOTE";
    public static final String INVOICE = "INVOICE";
    public static final String PAYMENT = "PAYMENT";
    /** Another record was merged into this one (recorded by the merge, titled with the merged record's name). */
    public static final String MERGE = "MERGE";

    public TimelineKind {
        Objects.requireNonNull(icon, "icon");
        if (code == null || !code.matches("[A-Z][A-Z_]{0,39}")) {
            throw new IllegalArgumentException("A timeline kind is upper case letters and underscores: " + code);
        }
    }

    /** The message key of its label. */
    public String labelKey() {
        return "timeline.kind." + code.toLowerCase(Locale.ROOT);
    }
}
