package org.clientele.sales.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A web-to-lead form; {@code token} is the public part of its address, {@code /forms/{token}}.
 * Its fields are listed in the order of {@link WebFormField}.
 */
public record WebFormView(long id, long version, String token, String name, Long leadSourceId, List<WebFormField> fields,
        Set<WebFormField> requiredFields, String thankYouMessage, String redirectUrl, List<String> allowedOrigins,
        List<String> stopPhrases, List<String> bannedCompanies, long ownerId, Long teamId, boolean active, Instant createdAt,
        Instant updatedAt) {

    /** The path of the public page. */
    public String path() {
        return "/forms/" + token;
    }

    public boolean required(WebFormField field) {
        return requiredFields.contains(field);
    }

    public boolean allowsOrigin(String origin) {
        return origin != null && allowedOrigins.contains(origin.toLowerCase(java.util.Locale.ROOT));
    }

    public WebFormForm toForm() {
        return new WebFormForm(name, leadSourceId, Set.copyOf(fields), requiredFields, thankYouMessage, redirectUrl, allowedOrigins,
                stopPhrases, bannedCompanies, ownerId, teamId, active);
    }

    static List<WebFormField> ordered(Set<WebFormField> fields) {
        return Arrays.stream(WebFormField.values()).filter(fields::contains).toList();
    }
}
