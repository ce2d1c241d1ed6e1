package org.clientele.billing.quotes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.billing.pricing.TaxRateView;
import org.clientele.billing.pricing.TaxRates;
import org.clientele.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Quotations for the first demo companies, one in each state: a draft, a sent one, one accepted
 * and one declined through the customer's link, one expired, and one revised (its first revision
 * superseded, the second a draft). They belong to the company's owner and name its first contact.
 */
@Component
class QuotesDemoData implements DemoDataContributor {

    private static final String DEMO_ADDRESS = "203.0.113.7";

    private final QuoteManagement management;
    private final Quotes quotes;
    private final QuotePricing pricing;
    private final QuoteDecisions decisions;
    private final TaxRates taxRates;
    private final JdbcClient jdbc;

    QuotesDemoData(QuoteManagement management, Quotes quotes, QuotePricing pricing, QuoteDecisions decisions, TaxRates taxRates,
            JdbcClient jdbc) {
        this.management = management;
        this.quotes = quotes;
        this.pricing = pricing;
        this.decisions = decisions;
        this.taxRates = taxRates;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute(long administratorId) {
        // The demo companies were made by the customers module's contributor; their ids are read, never changed.
        List<DemoCompany> companies = jdbc.sql("select c.id, c.owner_id, c.team_id, (select min(k.id) from contacts k "
                + "where k.company_id = c.id) as contact_id from companies c order by c.id limit 6")
                .query((rs, n) -> new DemoCompany(rs.getLong("id"), rs.getLong("owner_id"), (Long) rs.getObject("team_id", Long.class),
                        (Long) rs.getObject("contact_id", Long.class)))
                .list();
        Long rate = taxRates.defaultRate().map(TaxRateView::id).orElse(null);
        for (int i = 0; i < companies.size(); i++) {
            add(companies.get(i), i, rate);
        }
    }

    private void add(DemoCompany company, int index, Long rate) {
        LocalDate issued = index == 4 ? LocalDate.now().minusDays(45) : LocalDate.now().minusDays(index);
        List<DocumentLineInput> lines = List.of(
                new DocumentLineInput(null, "Consulting day", BigDecimal.valueOf(2 + index), "d", new BigDecimal("950"), null, rate, false),
                new DocumentLineInput(null, "Software licence, one year", BigDecimal.TEN, "pcs", new BigDecimal("120"),
                        index % 2 == 0 ? new BigDecimal("10") : null, rate, false));
        QuoteForm form = new QuoteForm(company.id(), company.contactId(), "EUR", null, issued, issued.plusDays(30),
                index == 3 ? new BigDecimal("5") : null, null, "Payable within 30 days of the invoice.", null, company.ownerId(),
                company.teamId(), lines);
        QuoteView created = management.createOnBehalf(company.ownerId(), form);
        Quote quote = quotes.findById(created.id()).orElseThrow();
        Instant now = Instant.now();
        if (index == 0) {
            return;
        }
        quote.send(null, now);
        switch (index) {
            case 2 -> decisions.accept(quote, "Alex Buyer", DEMO_ADDRESS, now);
            case 3 -> decisions.decline(quote, null, "The budget moved to next year.", DEMO_ADDRESS, now);
            case 4 -> quote.expire();
            case 5 -> {
                quote.supersede();
                quotes.flush();
                Quote next = quotes.save(quote.nextRevision(company.ownerId(), LocalDate.now(), 30, now));
                pricing.copy(quote.getId(), next.getId());
            }
            default -> {
                // Sent, waiting for the customer's answer.
            }
        }
        quotes.flush();
    }

    private record DemoCompany(long id, long ownerId, Long teamId, Long contactId) {
    }
}
