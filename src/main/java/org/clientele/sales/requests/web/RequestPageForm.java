package org.clientele.sales.requests.web;

import org.clientele.sales.requests.RequestForm;
import org.clientele.sales.requests.RequestSource;
import org.clientele.sales.requests.RequestView;

/** The request form on the page; an unticked box arrives as {@code null}. */
record RequestPageForm(Long version, RequestSource source, Long leadSourceId, String firstName, String lastName, String email,
        String phone, String companyName, String website, String country, String city, String subject, String message,
        Boolean supportCase, Boolean pending, Boolean duplicate, Long ownerId, Long teamId) {

    static RequestPageForm of(RequestForm form, Long version) {
        return new RequestPageForm(version, form.source(), form.leadSourceId(), form.firstName(), form.lastName(), form.email(),
                form.phone(), form.companyName(), form.website(), form.country(), form.city(), form.subject(), form.message(),
                form.supportCase(), form.pending(), form.duplicate(), form.ownerId(), form.teamId());
    }

    static RequestPageForm of(RequestView request) {
        return of(request.toForm(), request.version());
    }

    RequestForm toForm() {
        return new RequestForm(source, leadSourceId, firstName, lastName, email, phone, companyName, website, country, city, subject,
                message, Boolean.TRUE.equals(supportCase), Boolean.TRUE.equals(pending), Boolean.TRUE.equals(duplicate), ownerId,
                teamId);
    }
}
