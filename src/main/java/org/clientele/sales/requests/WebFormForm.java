package org.clientele.sales.requests;

import java.util.List;
import java.util.Set;

/**
 * A web-to-lead form as an administrator sets it up.
 *
 * @param leadSourceId the lead source its requests come from; one form per source
 * @param fields the fields it shows, in the order of {@link WebFormField}
 * @param requiredFields those of the shown fields that must be filled in; the e-mail address or phone among them
 * @param thankYouMessage shown after a post, unless {@code redirectUrl} sends the sender elsewhere
 * @param allowedOrigins the sites (such as {@code https://www.example.com}) that may embed it and post to it
 * @param stopPhrases posts with any of these in any text field are refused (ignoring case)
 * @param bannedCompanies posts naming any of these companies are refused (ignoring case)
 * @param ownerId owns the requests and is told of each by e-mail
 */
public record WebFormForm(String name, Long leadSourceId, Set<WebFormField> fields, Set<WebFormField> requiredFields,
        String thankYouMessage, String redirectUrl, List<String> allowedOrigins, List<String> stopPhrases,
        List<String> bannedCompanies, Long ownerId, Long teamId, boolean active) {

    public WebFormForm {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        requiredFields = requiredFields == null ? Set.of() : Set.copyOf(requiredFields);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        stopPhrases = stopPhrases == null ? List.of() : List.copyOf(stopPhrases);
        bannedCompanies = bannedCompanies == null ? List.of() : List.copyOf(bannedCompanies);
    }
}
