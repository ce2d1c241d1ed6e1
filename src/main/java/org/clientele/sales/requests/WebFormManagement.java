package org.clientele.sales.requests;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Web-to-lead forms (S6), set up by administrators: one per lead source, each reached by a random
 * public token. Their posts are taken by {@link WebFormSubmissions}.
 */
@Service
public class WebFormManagement {

    static final String RECORD_TYPE = "WebForm";
    private static final int MAX_ENTRIES = 200;
    private static final Set<WebFormField> CONTACT_FIELDS = EnumSet.of(WebFormField.EMAIL, WebFormField.PHONE);

    private final WebForms forms;
    private final ReferenceDataManagement referenceData;
    private final RequestChecks checks;
    private final SecureRandom random = new SecureRandom();

    WebFormManagement(WebForms forms, ReferenceDataManagement referenceData, RequestChecks checks) {
        this.forms = forms;
        this.referenceData = referenceData;
        this.checks = checks;
    }

    /** A new form that asks for a name, an e-mail address and a message, owned by the user. */
    public WebFormForm newForm(long userId, Long teamId) {
        return new WebFormForm(null, null, EnumSet.of(WebFormField.FIRST_NAME, WebFormField.LAST_NAME, WebFormField.EMAIL,
                WebFormField.COMPANY_NAME, WebFormField.MESSAGE), EnumSet.of(WebFormField.EMAIL, WebFormField.MESSAGE), null, null,
                List.of(), List.of(), List.of(), userId, teamId, true);
    }

    @Transactional(readOnly = true)
    public List<WebFormView> all() {
        return forms.findAllByOrderByNameAscIdAsc().stream().map(WebForm::toView).toList();
    }

    @Transactional(readOnly = true)
    public Optional<WebFormView> find(long id) {
        return forms.findById(id).map(WebForm::toView);
    }

    /** The active form with this public token, for its public page. */
    @Transactional(readOnly = true)
    public Optional<WebFormView> published(String token) {
        return token == null || token.length() > 40 ? Optional.empty()
                : forms.findByToken(token).map(WebForm::toView).filter(WebFormView::active);
    }

    /** @throws InvalidInputException naming every field at fault, or a lead source that has a form already */
    @Transactional
    public WebFormView create(WebFormForm form) {
        WebFormForm checked = checked(form, null);
        return forms.saveAndFlush(new WebForm(newToken(), checked)).toView();
    }

    @Transactional
    public WebFormView change(long id, WebFormForm form, Long expectedVersion) {
        WebForm webForm = forms.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (expectedVersion != null && expectedVersion != webForm.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(WebForm.class, id);
        }
        webForm.apply(checked(form, webForm.toView()));
        forms.flush();
        return webForm.toView();
    }

    /** Requests it created stay; they keep their lead source. */
    @Transactional
    public void delete(long id) {
        forms.delete(forms.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id)));
    }

    private String newToken() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private WebFormForm checked(WebFormForm form, WebFormView current) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = RequestChecks.text(problems, "name", form.name(), 200);
        if (name == null) {
            problems.add(new FieldProblem("name", "validation.customers.required"));
        }
        if (form.leadSourceId() == null) {
            problems.add(new FieldProblem("leadSourceId", "validation.customers.required"));
        }
        else if (current == null || !form.leadSourceId().equals(current.leadSourceId())) {
            if (referenceData.find(ReferenceKind.LEAD_SOURCE, form.leadSourceId()).isEmpty()) {
                problems.add(new FieldProblem("leadSourceId", "validation.requests.lead-source-unknown"));
            }
            else if (forms.findByLeadSourceId(form.leadSourceId()).isPresent()) {
                problems.add(new FieldProblem("leadSourceId", "validation.web-forms.source-taken"));
            }
        }
        if (!form.fields().containsAll(form.requiredFields())) {
            problems.add(new FieldProblem("requiredFields", "validation.web-forms.required-not-shown"));
        }
        if (form.requiredFields().stream().noneMatch(CONTACT_FIELDS::contains)) {
            problems.add(new FieldProblem("requiredFields", "validation.web-forms.contact-required"));
        }
        String redirect = RequestChecks.text(problems, "redirectUrl", form.redirectUrl(), 500);
        if (redirect != null && !webAddress(redirect, true)) {
            problems.add(new FieldProblem("redirectUrl", "validation.web-forms.redirect-invalid"));
        }
        List<String> origins = entries(problems, "allowedOrigins", form.allowedOrigins(), 2000).stream()
                .map(origin -> origin.toLowerCase(Locale.ROOT)).distinct().toList();
        if (origins.stream().anyMatch(origin -> !webAddress(origin, false))) {
            problems.add(new FieldProblem("allowedOrigins", "validation.web-forms.origin-invalid"));
        }
        List<String> stopPhrases = entries(problems, "stopPhrases", form.stopPhrases(), 4000);
        List<String> banned = entries(problems, "bannedCompanies", form.bannedCompanies(), 4000);
        String thanks = RequestChecks.text(problems, "thankYouMessage", form.thankYouMessage(), 1000);
        checks.owner(problems, form.ownerId(), form.teamId(), current == null ? null : current.ownerId(),
                current == null ? null : current.teamId());
        RequestChecks.throwIfAny(problems);
        return new WebFormForm(name, form.leadSourceId(), form.fields(), form.requiredFields(), thanks, redirect, origins, stopPhrases, banned,
                form.ownerId(), form.teamId(), form.active());
    }

    /** Trimmed, blank ones left out, each once; a problem if there are too many or they are too long together. */
    private static List<String> entries(List<FieldProblem> problems, String field, List<String> values, int maxLength) {
        Set<String> entries = new LinkedHashSet<>();
        values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).forEach(entries::add);
        if (entries.size() > MAX_ENTRIES) {
            problems.add(new FieldProblem(field, "validation.customers.too-many", MAX_ENTRIES));
        }
        else if (String.join("\n", entries).length() > maxLength) {
            problems.add(new FieldProblem(field, "validation.customers.too-long", maxLength));
        }
        return List.copyOf(entries);
    }

    /**
     * An absolute http(s) address; an origin ({@code withPath} false) has nothing after the host and port.
     */
    private static boolean webAddress(String value, boolean withPath) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            boolean web = ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null
                    && uri.getUserInfo() == null;
            return web && (withPath || ((uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null));
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }
}
