package org.clientele.billing.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.clientele.billing.BillingParty;
import org.clientele.billing.invoices.InvoiceDraft;
import org.clientele.billing.invoices.InvoiceManagement;
import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.customers.Address;
import org.clientele.customers.CompanyForm;
import org.clientele.customers.CompanyManagement;
import org.clientele.platform.SetupStatus;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.CurrencyCode;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Companies and issued invoices for ledger tests, made through the real services as the
 * administrator signed in on the calling thread (a MockMvc request clears that sign-in, so each
 * method signs in again).
 */
final class LedgerFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final CompanyManagement companies;
    private final InvoiceManagement invoices;
    private final JdbcClient jdbc;
    private final long adminId;

    LedgerFixture(ApplicationContext context) {
        this.companies = context.getBean(CompanyManagement.class);
        this.invoices = context.getBean(InvoiceManagement.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.adminId = context.getBean(SetupStatus.class).firstAdministratorId().orElseThrow();
    }

    long adminId() {
        return adminId;
    }

    LedgerFixture signIn() {
        signIn(adminId);
        return this;
    }

    static void signIn(long userId) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new TestUser(userId), null,
                List.of()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A company owned by the given user and placed in the team, if one is given; signs the administrator in again, as a request signs out. */
    long company(String name, long ownerId, Long teamId) {
        signIn();
        CompanyForm form = new CompanyForm(name + " " + COUNTER.incrementAndGet(), null, null, List.of("billing@example.com"), null,
                new Address("Hauptstraße 5", "10115", "Berlin", null, "DE"), "DE123456789", null, ownerId, teamId, Set.of());
        return companies.create(adminId, form, true).id();
    }

    long company(String name, long ownerId) {
        return company(name, ownerId, null);
    }

    long company(String name) {
        return company(name, adminId);
    }

    /** An invoice of one untaxed line for the company, issued today. */
    long issuedInvoice(long companyId, String currency, String price) {
        signIn();
        InvoiceDraft draft = new InvoiceDraft(BillingParty.company(companyId), CurrencyCode.of(currency), "en",
                List.of(new DocumentLineInput(null, "Consulting", BigDecimal.ONE, "h", new BigDecimal(price), null, null, false)), null, 14,
                null, null, null, null);
        long id = invoices.create(adminId, draft).id();
        return invoices.issue(id).id();
    }

    long draftInvoice(long companyId, String price) {
        signIn();
        InvoiceDraft draft = new InvoiceDraft(BillingParty.company(companyId), CurrencyCode.of("EUR"), "en",
                List.of(new DocumentLineInput(null, "Consulting", BigDecimal.ONE, "h", new BigDecimal(price), null, null, false)), null, 14,
                null, null, null, null);
        return invoices.create(adminId, draft).id();
    }

    /** Dates an issued invoice back: issuing always happens today, statements and overdue amounts need other days. */
    void dated(long invoiceId, LocalDate issuedOn, LocalDate dueOn) {
        jdbc.sql("update billing_invoices set issued_on = ?, due_on = ? where id = ?").params(issuedOn, dueOn, invoiceId).update();
    }

    private record TestUser(long userId) implements SignedInUser {

        @Override
        public String email() {
            return "ledger-tests@clientele.test";
        }

        @Override
        public String displayName() {
            return "Ledger tests";
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public ZoneId timeZone() {
            return ZoneId.of("UTC");
        }
    }
}
