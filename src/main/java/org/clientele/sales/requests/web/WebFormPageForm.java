package org.clientele.sales.requests.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.clientele.sales.requests.WebFormField;
import org.clientele.sales.requests.WebFormForm;
import org.clientele.sales.requests.WebFormView;

/** The web form set-up on the page: lists as text, one entry a line. */
record WebFormPageForm(Long version, String name, Long leadSourceId, Set<WebFormField> fields, Set<WebFormField> requiredFields,
        String thankYouMessage, String redirectUrl, String allowedOrigins, String stopPhrases, String bannedCompanies, Long ownerId,
        Long teamId, Boolean active) {

    static WebFormPageForm of(WebFormForm form, Long version) {
        return new WebFormPageForm(version, form.name(), form.leadSourceId(), form.fields(), form.requiredFields(),
                form.thankYouMessage(), form.redirectUrl(), String.join("\n", form.allowedOrigins()),
                String.join("\n", form.stopPhrases()), String.join("\n", form.bannedCompanies()), form.ownerId(), form.teamId(),
                form.active());
    }

    static WebFormPageForm of(WebFormView form) {
        return of(form.toForm(), form.version());
    }

    WebFormForm toForm() {
        return new WebFormForm(name, leadSourceId, fields, requiredFields, thankYouMessage, redirectUrl, lines(allowedOrigins),
                lines(stopPhrases), lines(bannedCompanies), ownerId, teamId, Boolean.TRUE.equals(active));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }
}
