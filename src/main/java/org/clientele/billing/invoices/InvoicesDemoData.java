package org.clientele.billing.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.clientele.billing.BillingParty;
import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.billing.pricing.TaxRateView;
import org.clientele.billing.pricing.TaxRates;
import org.clientele.platform.DemoDataContributor;
import org.clientele.shared.CurrencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invoices for the first demo companies, one each, in the states an invoice goes through without
 * payments (the ledger's demo data pays some): a draft, issued ones (one long past due and marked
 * overdue), one partly credited and one void with its credit note. They belong to the company's
 * owner and bill its first contact.
 */
@Component
class InvoicesDemoData implements DemoDataContributor {

    private static final int INVOICES = 6;

    private final DraftInvoices drafts;
    private final Invoices invoices;
    private final InvoiceIssuing issuing;
    private final CreditNotes creditNotes;
    private final TaxRates taxRates;
    private final JdbcClient jdbc;

    InvoicesDemoData(DraftInvoices drafts, Invoices invoices, InvoiceIssuing issuing, CreditNotes creditNotes, TaxRates taxRates,
            JdbcClient jdbc) {
        this.drafts = drafts;
        this.invoices = invoices;
        this.issuing = issuing;
        this.creditNotes = creditNotes;
        this.taxRates = taxRates;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute(long administratorId) {
        // The demo companies were just made by the customers module's contributor; their ids are read, never changed.
        List<DemoCompany> companies = jdbc.sql("select c.id, c.owner_id, (select min(k.id) from contacts k where k.company_id = c.id) "
                + "as contact_id from companies c order by c.id").query((rs, n) -> new DemoCompany(rs.getLong("id"), rs.getLong("owner_id"),
                        (Long) rs.getObject("contact_id", Long.class))).list().stream().limit(INVOICES).toList();
        Long rate = taxRates.defaultRate().map(TaxRateView::id).orElse(null);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < companies.size(); i++) {
            DemoCompany company = companies.get(i);
            Invoice invoice = drafts.create(company.ownerId(), new InvoiceDraft(new BillingParty(company.id(), company.contactId()),
                    CurrencyCode.of("EUR"), "en", lines(i, rate), i % 3 == 0 ? new BigDecimal("5") : null, 14, null, null, null, null),
                    false);
            if (i == 0) {
                continue;
            }
            LocalDate issuedOn = i == 2 ? today.minusDays(40) : today.minusDays(i);
            issuing.issue(invoice, issuedOn, null);
            if (i == 2) {
                invoice.markOverdue();
            }
            if (i == 3) {
                creditNotes.credit(invoice, List.of(new DocumentLineInput(null, "Goodwill for the late delivery", BigDecimal.ONE, null,
                        new BigDecimal("100"), null, rate, null)), administratorId, issuedOn.plusDays(1));
            }
            if (i == 4) {
                creditNotes.credit(invoice, null, administratorId, issuedOn.plusDays(1));
                invoice.markVoid("Billed to the wrong company", Instant.now());
            }
            invoices.flush();
        }
    }

    private static List<DocumentLineInput> lines(int index, Long rate) {
        return List.of(new DocumentLineInput(null, "Consulting", BigDecimal.valueOf(4 + index), "h", new BigDecimal("95.00"), null, rate,
                null), new DocumentLineInput(null, "Onboarding workshop", BigDecimal.ONE, null, new BigDecimal("1200.00"),
                        index % 2 == 0 ? new BigDecimal("10") : null, rate, null));
    }

    private record DemoCompany(long id, long ownerId, Long contactId) {
    }
}
