package org.clientele.billing.invoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clientele.billing.pricing.DocumentLines;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactManagement;
import org.clientele.platform.SupportedLanguages;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a draft invoice and resolves its lines, naming every problem at once. For a signed-in
 * user the company and contact must be records they may see; drafts made for other areas (an
 * accepted quotation) only need them to exist.
 */
@Component
class InvoiceDraftChecks {

    static final int MAX_TERM_DAYS = 365;
    static final int MAX_TEXT = 4000;

    private final DocumentLines documentLines;
    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final BilledParties parties;

    InvoiceDraftChecks(DocumentLines documentLines, CompanyManagement companies, ContactManagement contacts, BilledParties parties) {
        this.documentLines = documentLines;
        this.companies = companies;
        this.contacts = contacts;
        this.parties = parties;
    }

    /** @throws InvalidInputException naming every field at fault, lines as {@code lines[i].field} */
    List<ResolvedLine> check(InvoiceDraft draft, boolean signedIn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.party() == null) {
            problems.add(new FieldProblem("companyId", "validation.invoices.party-required"));
        }
        else if (signedIn) {
            if (draft.party().companyId() != null && companies.find(draft.party().companyId()).isEmpty()) {
                problems.add(new FieldProblem("companyId", "validation.invoices.company-unknown"));
            }
            if (draft.party().contactId() != null && contacts.find(draft.party().contactId()).isEmpty()) {
                problems.add(new FieldProblem("contactId", "validation.invoices.contact-unknown"));
            }
        }
        else if (!parties.exists(draft.party())) {
            problems.add(new FieldProblem("companyId", "validation.invoices.company-unknown"));
        }
        if (draft.currency() == null) {
            problems.add(new FieldProblem("currency", "validation.invoices.currency-required"));
        }
        if (draft.language() != null && SupportedLanguages.ALL.stream().map(Locale::getLanguage).noneMatch(draft.language()::equals)) {
            problems.add(new FieldProblem("language", "validation.invoices.language-unknown"));
        }
        if (draft.paymentTermDays() != null && (draft.paymentTermDays() < 0 || draft.paymentTermDays() > MAX_TERM_DAYS)) {
            problems.add(new FieldProblem("paymentTermDays", "validation.invoices.term-days", MAX_TERM_DAYS));
        }
        length(problems, "terms", draft.terms());
        length(problems, "notes", draft.notes());
        try {
            documentLines.checkDocumentDiscount(draft.documentDiscountPercent());
        }
        catch (InvalidInputException ex) {
            problems.addAll(ex.problems());
        }
        List<ResolvedLine> lines = List.of();
        if (draft.currency() != null) {
            try {
                Long companyType = draft.party() == null || draft.party().companyId() == null ? null
                        : companies.typeOf(draft.party().companyId()).orElse(null);
                lines = documentLines.resolve(draft.currency(), companyType, draft.lines());
            }
            catch (InvalidInputException ex) {
                problems.addAll(ex.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return lines;
    }

    private static void length(List<FieldProblem> problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "validation.invoices.too-long", MAX_TEXT));
        }
    }
}
