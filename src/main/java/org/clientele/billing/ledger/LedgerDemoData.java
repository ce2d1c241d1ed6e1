package org.clientele.billing.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.clientele.billing.BillingParty;
import org.clientele.billing.invoices.InvoiceBalance;
import org.clientele.billing.invoices.InvoicePayments;
import org.clientele.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger's categories; payments on the demo invoices (after the invoices' contributor): every
 * other open invoice paid in full, every third in part; a few months of rent and software paid to
 * third parties, and salaries for the demo colleagues.
 */
@Component
class LedgerDemoData implements DemoDataContributor {

    static final List<String> CATEGORIES = List.of("Sales", "Rent", "Software", "Salaries", "Taxes", "Travel", "Office supplies");
    private static final int MONTHS = 3;

    private final LedgerManagement ledger;
    private final TransactionCategoryManagement categories;
    private final InvoicePayments invoices;
    private final JdbcClient jdbc;

    LedgerDemoData(LedgerManagement ledger, TransactionCategoryManagement categories, InvoicePayments invoices, JdbcClient jdbc) {
        this.ledger = ledger;
        this.categories = categories;
        this.invoices = invoices;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 520;
    }

    @Override
    public void contribute(long administratorId) {
        CATEGORIES.forEach(categories::ensure);
        long sales = categories.ensure("Sales").id();
        LocalDate today = LocalDate.now();
        // The demo companies were made by the customers module's contributor; their ids are read, never changed.
        List<Long> companies = jdbc.sql("select id from companies order by id").query(Long.class).list();
        int index = 0;
        for (long companyId : companies) {
            for (InvoiceBalance invoice : invoices.openFor(BillingParty.company(companyId))) {
                // Of every four open invoices one is paid in half, one in full and two stay unpaid (one of the demo's is
                // overdue), so every state shows.
                if (index % 4 == 0 || index % 4 == 2) {
                    BigDecimal amount = index % 4 == 2 ? invoice.outstanding().amount()
                            : invoice.outstanding().amount().divide(BigDecimal.valueOf(2), invoice.outstanding().currency().minorUnits(),
                                    RoundingMode.DOWN);
                    LocalDate paidOn = invoice.issuedOn() == null || invoice.issuedOn().isAfter(today) ? today : invoice.issuedOn().plusDays(
                            Math.min(14, Math.max(0, today.toEpochDay() - invoice.issuedOn().toEpochDay())));
                    ledger.recordOnBehalf(administratorId, new TransactionForm(TransactionKind.CUSTOMER_PAYMENT, null, null, null, null,
                            null, sales, amount, invoice.outstanding().currency().value(), paidOn, PaymentMethod.BANK_TRANSFER,
                            invoice.number(), invoice.id(), null));
                }
                index++;
            }
        }
        outgoing(administratorId, today);
    }

    private void outgoing(long administratorId, LocalDate today) {
        long rent = categories.ensure("Rent").id();
        long software = categories.ensure("Software").id();
        long salaries = categories.ensure("Salaries").id();
        List<Long> colleagues = jdbc.sql("select id from users where active = ? order by id").param(true).query(Long.class).list();
        for (int month = MONTHS; month >= 1; month--) {
            LocalDate first = today.minusMonths(month).withDayOfMonth(1);
            pay(administratorId, "Harbour Office Lettings", rent, "2400.00", first, PaymentMethod.DIRECT_DEBIT);
            pay(administratorId, "Cloudworks Hosting", software, "189.90", first.plusDays(4), PaymentMethod.CARD);
            LocalDate payday = first.plusDays(27);
            for (int i = 0; i < colleagues.size(); i++) {
                ledger.recordOnBehalf(administratorId, new TransactionForm(TransactionKind.SALARY, null, null, null, colleagues.get(i),
                        null, salaries, new BigDecimal(3800 + 250 * (i % 4)), "EUR", payday, PaymentMethod.BANK_TRANSFER,
                        "Salary " + payday.getYear() + "-" + payday.getMonthValue(), null, null));
            }
        }
    }

    private void pay(long administratorId, String payee, long categoryId, String amount, LocalDate on, PaymentMethod method) {
        ledger.recordOnBehalf(administratorId, new TransactionForm(TransactionKind.THIRD_PARTY_PAYMENT, null, null, null, null, payee,
                categoryId, new BigDecimal(amount), "EUR", on, method, null, null, null));
    }
}
