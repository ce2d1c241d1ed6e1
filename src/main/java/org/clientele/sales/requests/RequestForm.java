package org.clientele.sales.requests;

/**
 * What a request is made of when it is entered or changed by hand. The sender needs a name, a
 * company name, an e-mail address or a phone number; the phone is read in the country given.
 *
 * @param source how it came in; {@link RequestSource#WEB_FORM} only for what a web form created
 * @param leadSourceId a lead source from the customers' reference data, or {@code null}
 * @param supportCase a support case rather than a sale
 * @param pending waiting for something before anyone acts on it
 * @param duplicate repeats an earlier request; set automatically, a user may clear it
 */
public record RequestForm(RequestSource source, Long leadSourceId, String firstName, String lastName, String email, String phone,
        String companyName, String website, String country, String city, String subject, String message, boolean supportCase,
        boolean pending, boolean duplicate, Long ownerId, Long teamId) {

    public RequestForm {
        source = source == null ? RequestSource.MANUAL : source;
    }
}
