package org.clientele.billing.invoices;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.clientele.billing.BillingParty;
import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.customers.Address;
import org.clientele.customers.CompanyForm;
import org.clientele.customers.CompanyManagement;
import org.clientele.platform.SetupStatus;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.CurrencyCode;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Companies and drafts for invoice tests, made as the first administrator signed in on the calling thread. */
final class InvoiceFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final CompanyManagement companies;
    private final long adminId;

    InvoiceFixture(ApplicationContext context) {
        this.companies = context.getBean(CompanyManagement.class);
        this.adminId = context.getBean(SetupStatus.class).firstAdministratorId().orElseThrow();
    }

    long adminId() {
        return adminId;
    }

    /** Signs the administrator in on this thread. */
    InvoiceFixture signIn() {
        signIn(adminId);
        return this;
    }

    static void signIn(long userId) {
        SignedInUser user = new TestUser(userId);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A company with an address and a registration number, owned by the administrator. */
    long company(String name) {
        CompanyForm form = new CompanyForm(name + " " + COUNTER.incrementAndGet(), null, null, List.of("billing@example.com"), null,
                new Address("Hauptstraße 5", "10115", "Berlin", null, "DE"), "DE123456789", null, adminId, null, Set.of());
        return companies.create(adminId, form, true).id();
    }

    static InvoiceDraft draft(long companyId, String currency, DocumentLineInput... lines) {
        return new InvoiceDraft(BillingParty.company(companyId), CurrencyCode.of(currency), "en", List.of(lines), null, 14, null, null,
                null, null);
    }

    static DocumentLineInput line(String description, String quantity, String unitPrice) {
        return line(description, quantity, unitPrice, null);
    }

    static DocumentLineInput line(String description, String quantity, String unitPrice, Long taxRateId) {
        return new DocumentLineInput(null, description, new BigDecimal(quantity), "h", new BigDecimal(unitPrice), null, taxRateId, false);
    }

    private record TestUser(long userId) implements SignedInUser {

        @Override
        public String email() {
            return "invoice-tests@clientele.test";
        }

        @Override
        public String displayName() {
            return "Invoice tests";
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
