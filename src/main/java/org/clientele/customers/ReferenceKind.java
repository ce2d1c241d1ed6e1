package org.clientele.customers;

/** The lists of reference data customer records choose from; each lives in its own table. */
public enum ReferenceKind {
    INDUSTRY("industries", "industries"),
    COMPANY_TYPE("company_types", "company-types"),
    LEAD_SOURCE("lead_sources", "lead-sources");

    private final String table;
    private final String slug;

    ReferenceKind(String table, String slug) {
        this.table = table;
        this.slug = slug;
    }

    String table() {
        return table;
    }

    /** How paths and message keys name the list, such as {@code lead-sources}. */
    public String slug() {
        return slug;
    }

    /** The kind a path names, or {@code null}. */
    public static ReferenceKind ofSlug(String slug) {
        for (ReferenceKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        return null;
    }
}
