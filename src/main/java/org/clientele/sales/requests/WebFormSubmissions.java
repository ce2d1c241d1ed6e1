package org.clientele.sales.requests;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the public posts of web forms (S6). Spam guards come first and each refuses without
 * creating anything: the per-address rate limit ({@link PostRateLimit}), the honeypot field, the
 * form's stop phrases (in any text field, ignoring case) and banned company names (the whole name,
 * ignoring case). Then the fields the form shows are checked as on a request entered by hand, a
 * request is created from the form's lead source for its owner and team, matched, and the owner is
 * told by e-mail once it is stored.
 */
@Service
public class WebFormSubmissions {

    /** The honeypot: an input hidden from people, which robots fill in. */
    public static final String HONEYPOT = "fax_only";

    private static final Logger log = LoggerFactory.getLogger(WebFormSubmissions.class);

    private final PostRateLimit rateLimit;
    private final RequestChecks checks;
    private final RequestManagement requests;
    private final RequestMails mails;
    private final TransactionTemplate transaction;

    WebFormSubmissions(PostRateLimit rateLimit, RequestChecks checks, RequestManagement requests, RequestMails mails,
            TransactionTemplate transaction) {
        this.rateLimit = rateLimit;
        this.checks = checks;
        this.requests = requests;
        this.mails = mails;
        this.transaction = transaction;
    }

    /**
     * @param form an active form ({@link WebFormManagement#published})
     * @param posted the posted parameters; those that are not the form's fields are ignored
     * @param remoteAddress the client's address, as the proxy in front reports it
     */
    public WebFormPost submit(WebFormView form, Map<String, String> posted, String remoteAddress, String userAgent) {
        Map<String, String> values = new LinkedHashMap<>();
        form.fields().forEach(field -> {
            String value = posted.get(field.parameter());
            values.put(field.parameter(), value == null ? "" : value);
        });
        if (!rateLimit.admit(remoteAddress, Instant.now())) {
            return WebFormPost.refused(WebFormPost.Outcome.RATE_LIMITED, values);
        }
        String honeypot = posted.get(HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            return WebFormPost.refused(WebFormPost.Outcome.HONEYPOT, values);
        }
        if (containsStopPhrase(form, values)) {
            return WebFormPost.refused(WebFormPost.Outcome.STOP_PHRASE, values);
        }
        String company = values.get(WebFormField.COMPANY_NAME.parameter());
        if (company != null && form.bannedCompanies().stream().anyMatch(banned -> banned.equalsIgnoreCase(company.strip()))) {
            return WebFormPost.refused(WebFormPost.Outcome.BANNED_COMPANY, values);
        }
        List<FieldProblem> missing = form.fields().stream().filter(form::required)
                .filter(field -> values.get(field.parameter()).isBlank())
                .map(field -> new FieldProblem(field.parameter(), "validation.customers.required")).toList();
        if (!missing.isEmpty()) {
            return new WebFormPost(WebFormPost.Outcome.INVALID, null, missing, values);
        }
        RequestForm request = new RequestForm(RequestSource.WEB_FORM, form.leadSourceId(), values.get("firstName"),
                values.get("lastName"), values.get("email"), values.get("phone"), values.get("companyName"), values.get("website"),
                values.get("country"), values.get("city"), values.get("subject"), values.get("message"), false, false, false,
                form.ownerId(), form.teamId());
        try {
            RequestView created = transaction.execute(status -> requests.receive(checks.checkedPost(request), form.id(),
                    remoteAddress, clip(userAgent, 500), null));
            tell(form, created);
            return new WebFormPost(WebFormPost.Outcome.CREATED, created, List.of(), values);
        }
        catch (InvalidInputException ex) {
            return new WebFormPost(WebFormPost.Outcome.INVALID, null, ex.problems(), values);
        }
    }

    private static boolean containsStopPhrase(WebFormView form, Map<String, String> values) {
        List<String> phrases = form.stopPhrases().stream().map(phrase -> phrase.toLowerCase(Locale.ROOT)).toList();
        return values.values().stream().map(value -> value.toLowerCase(Locale.ROOT))
                .anyMatch(value -> phrases.stream().anyMatch(value::contains));
    }

    /** The request is stored whether or not the mail goes out; a mail that fails is logged. */
    private void tell(WebFormView form, RequestView request) {
        try {
            mails.received(form, request);
        }
        catch (RuntimeException ex) {
            log.warn("Could not tell the owner of web form {} about request {}: {}", form.id(), request.ticket(), ex.getMessage());
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
