package org.clientele.sales.requests;

import java.util.EnumSet;
import java.util.List;

import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceEntry;
import org.clientele.customers.ReferenceKind;
import org.clientele.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * A web form for the "Website" lead source and a handful of requests: from people the demo
 * customers already know (matched automatically, one match confirmed), a new prospect who wrote
 * twice (the second flagged as a duplicate), and a support case.
 */
@Component
class RequestsDemoData implements DemoDataContributor {

    private final WebFormManagement forms;
    private final RequestManagement requests;
    private final RequestChecks checks;
    private final CustomerRequests repository;
    private final ReferenceDataManagement referenceData;

    RequestsDemoData(WebFormManagement forms, RequestManagement requests, RequestChecks checks, CustomerRequests repository,
            ReferenceDataManagement referenceData) {
        this.forms = forms;
        this.requests = requests;
        this.checks = checks;
        this.repository = repository;
        this.referenceData = referenceData;
    }

    /** After the demo customers and leads, so that requests match them. */
    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(long administratorId) {
        List<ReferenceEntry> sources = referenceData.offeredTo(ReferenceKind.LEAD_SOURCE, administratorId);
        Long website = sources.stream().filter(source -> source.name().equals("Website")).findFirst()
                .or(() -> sources.stream().findFirst()).map(ReferenceEntry::id).orElse(null);
        Long team = requests.defaultTeamOf(administratorId);
        WebFormView form = null;
        if (website != null && forms.all().stream().noneMatch(existing -> website.equals(existing.leadSourceId()))) {
            form = forms.create(new WebFormForm("Contact us", website, EnumSet.of(WebFormField.FIRST_NAME, WebFormField.LAST_NAME,
                    WebFormField.EMAIL, WebFormField.PHONE, WebFormField.COMPANY_NAME, WebFormField.SUBJECT, WebFormField.MESSAGE),
                    EnumSet.of(WebFormField.EMAIL, WebFormField.MESSAGE), "Thank you! We will get back to you within one working day.",
                    null, List.of("https://www.example.com"), List.of("casino bonus", "cheap loans"), List.of("Spam Corp"),
                    administratorId, team, true));
        }
        Long formId = form == null ? null : form.id();
        RequestView known = receive(RequestSource.EMAIL, website, "Petra", "Lehmann", "petra.lehmann@brandt-maschinenbau.example",
                null, "Brandt Maschinenbau GmbH", "Spare parts for the CNC line", "Could you send an offer for the spindle set?",
                false, administratorId, team, null);
        repository.findById(known.id()).ifPresent(CustomerRequest::confirmMatch);
        receive(RequestSource.PHONE, null, "Jonas", "Weber", null, "+49 170 1234567", null, "Service visit",
                "The press makes a noise again; please send someone this week.", true, administratorId, team, null);
        receive(RequestSource.WEB_FORM, website, "Sarah", "Klein", "sarah.klein@gmail.com", null, "Klein Design Studio",
                "Pricing for 20 users", "What would twenty seats cost per year?", false, administratorId, team, formId);
        receive(RequestSource.WEB_FORM, website, "Sarah", "Klein", "sarah.klein@gmail.com", null, "Klein Design Studio",
                "Pricing for 20 users", "Sorry, sending again: what would twenty seats cost per year?", false, administratorId, team,
                formId);
        receive(RequestSource.MANUAL, website, "Hannah", "Wright", null, "+44 161 496 0789", "Wright Veterinary Group",
                "Follow-up after the webinar", "Asked for a demo with her practice managers.", false, administratorId, team, null);
    }

    private RequestView receive(RequestSource source, Long leadSourceId, String firstName, String lastName, String email, String phone,
            String company, String subject, String message, boolean supportCase, long ownerId, Long teamId, Long webFormId) {
        RequestForm form = checks.checkedPost(new RequestForm(source, leadSourceId, firstName, lastName, email, phone, company, null,
                null, null, subject, message, supportCase, false, false, ownerId, teamId));
        return requests.receive(form, webFormId, null, null, webFormId == null ? ownerId : null);
    }
}
