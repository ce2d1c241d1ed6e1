package org.clientele.billing.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.clientele.billing.documents.SellerProfiles;
import org.clientele.billing.pricing.DocumentLines;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactManagement;
import org.clientele.identity.TeamManagement;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.platform.SupportedLanguages;
import org.clientele.sales.deals.DealManagement;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks a quotation's fields (its lines are {@link DocumentLines}' to check) and fills in the
 * defaults: today as issue date, the seller's validity and language. The company, contact and
 * deal must be visible to the signed-in user when they are newly chosen; what stays as it was is
 * accepted, so a quotation whose company was hidden from its editor can still be changed.
 */
@Component
class QuoteChecks {

    static final int MAX_TEXT = 4000;

    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final DealManagement deals;
    private final UserManagement users;
    private final TeamManagement teams;
    private final SellerProfiles sellers;
    private final DocumentLines lines;

    QuoteChecks(CompanyManagement companies, ContactManagement contacts, DealManagement deals, UserManagement users,
            TeamManagement teams, SellerProfiles sellers, DocumentLines lines) {
        this.companies = companies;
        this.contacts = contacts;
        this.deals = deals;
        this.users = users;
        this.teams = teams;
        this.sellers = sellers;
        this.lines = lines;
    }

    /**
     * @param current the quotation before the change, or {@code null} for a new one
     * @return the form with its defaults filled in and its text trimmed
     * @throws InvalidInputException naming every field at fault (the lines' problems come after, from {@link DocumentLines})
     */
    QuoteForm check(QuoteForm form, QuoteView current) {
        return check(form, current, true);
    }

    /** @param signedIn whether a signed-in user acts, whose visibility the company, contact and deal must meet */
    QuoteForm check(QuoteForm form, QuoteView current, boolean signedIn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.companyId() == null && form.contactId() == null) {
            problems.add(new FieldProblem("companyId", "validation.quotes.party-required"));
        }
        if (signedIn) {
            links(problems, form, current);
        }
        String currency = currency(problems, form.currency());
        String language = language(problems, form.language());
        LocalDate issueDate = form.issueDate() != null ? form.issueDate() : LocalDate.now();
        LocalDate validUntil = form.validUntil() != null ? form.validUntil() : issueDate.plusDays(sellers.current().quoteValidityDays());
        if (validUntil.isBefore(issueDate)) {
            problems.add(new FieldProblem("validUntil", "validation.quotes.valid-before-issue"));
        }
        try {
            lines.checkDocumentDiscount(form.documentDiscountPercent());
        }
        catch (InvalidInputException wrong) {
            problems.addAll(wrong.problems());
        }
        String terms = text(problems, "terms", form.terms());
        String notes = text(problems, "notes", form.notes());
        ownership(problems, form, current);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new QuoteForm(form.companyId(), form.contactId(), currency, language, issueDate, validUntil,
                form.documentDiscountPercent() == null ? BigDecimal.ZERO : form.documentDiscountPercent(), form.dealId(),
                terms, notes, form.ownerId(), form.teamId(), form.lines());
    }

    private void links(List<FieldProblem> problems, QuoteForm form, QuoteView current) {
        if (changed(form.companyId(), current == null ? null : current.companyId()) && companies.find(form.companyId()).isEmpty()) {
            problems.add(new FieldProblem("companyId", "validation.quotes.company-unknown"));
        }
        if (changed(form.contactId(), current == null ? null : current.contactId()) && contacts.find(form.contactId()).isEmpty()) {
            problems.add(new FieldProblem("contactId", "validation.quotes.contact-unknown"));
        }
        if (changed(form.dealId(), current == null ? null : current.dealId()) && deals.find(form.dealId()).isEmpty()) {
            problems.add(new FieldProblem("dealId", "validation.quotes.deal-unknown"));
        }
    }

    private static String currency(List<FieldProblem> problems, String currency) {
        if (currency == null || currency.isBlank()) {
            problems.add(new FieldProblem("currency", "validation.quotes.required"));
            return null;
        }
        if (!CurrencyCode.isValid(currency)) {
            problems.add(new FieldProblem("currency", "validation.quotes.currency-unknown"));
            return null;
        }
        return CurrencyCode.of(currency).value();
    }

    private String language(List<FieldProblem> problems, String language) {
        if (language == null || language.isBlank()) {
            return SupportedLanguages.closestTo(Locale.forLanguageTag(sellers.current().defaultLanguage())).getLanguage();
        }
        String tag = language.strip().toLowerCase(Locale.ROOT);
        if (SupportedLanguages.ALL.stream().noneMatch(supported -> supported.getLanguage().equals(tag))) {
            problems.add(new FieldProblem("language", "validation.quotes.language-unknown"));
        }
        return tag;
    }

    private static String text(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "validation.quotes.too-long", MAX_TEXT));
        }
        return stripped;
    }

    private void ownership(List<FieldProblem> problems, QuoteForm form, QuoteView current) {
        if ((current == null || current.ownerId() != form.ownerId())
                && users.find(form.ownerId()).filter(UserAccount::active).isEmpty()) {
            problems.add(new FieldProblem("ownerId", "validation.quotes.owner-unknown"));
        }
        if (changed(form.teamId(), current == null ? null : current.teamId()) && !teams.exists(form.teamId())) {
            problems.add(new FieldProblem("teamId", "validation.quotes.team-unknown"));
        }
    }

    private static boolean changed(Long chosen, Long before) {
        return chosen != null && !Objects.equals(chosen, before);
    }
}
