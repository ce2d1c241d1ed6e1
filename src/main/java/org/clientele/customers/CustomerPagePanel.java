package org.clientele.customers;

import java.util.Objects;

/**
 * A section another module adds to the company and contact pages by declaring it as a bean; the
 * page loads it from the module's own URL once it is shown, so customers never depends on the
 * module. A panel is left out for users without its authority.
 *
 * @param titleKey message key of the section's heading
 * @param authority the authority a user needs to see it, or {@code null} for everyone who sees the customer
 * @param order position among the panels, lower first
 * @param companyUrl where the section for a company is loaded from, with {@code {id}} for its id, or {@code null} for none
 * @param contactUrl the same for a contact
 */
public record CustomerPagePanel(String titleKey, String authority, int order, String companyUrl, String contactUrl) {

    public CustomerPagePanel {
        Objects.requireNonNull(titleKey, "titleKey");
    }

    /** Where the section for the record is loaded from, or {@code null} when the panel has none for its type. */
    public String urlFor(TimelineSubject subject) {
        String pattern = switch (subject.type()) {
            case TimelineSubject.COMPANY -> companyUrl;
            case TimelineSubject.CONTACT -> contactUrl;
            default -> null;
        };
        return pattern == null ? null : pattern.replace("{id}", Long.toString(subject.id()));
    }
}
