package org.clientele.billing.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.clientele.billing.BillingParty;
import org.clientele.billing.invoices.InvoiceBalance;
import org.clientele.billing.invoices.InvoiceKind;
import org.clientele.billing.invoices.InvoicePayments;
import org.clientele.billing.invoices.InvoiceStatus;
import org.clientele.billing.ledger.StatementLine.Entry;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.CompanyView;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.ContactView;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements of account. A customer's: invoices issued are debits; credit notes, and payments
 * received at what they paid off the invoice (in its currency), are credits; refunds are debits;
 * each currency keeps its own running balance (decision 0021). Whoever sees the customer sees
 * its whole statement. An employee's: the salary payouts the reader may see.
 */
@Service
public class Statements {

    /** How many of a customer's invoices a statement reads at most; statements are for customers, not for whole ledgers. */
    static final int MAX_INVOICES = 5000;

    private final InvoicePayments invoices;
    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final UserManagement users;
    private final RecordVisibility visibility;
    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    Statements(InvoicePayments invoices, CompanyManagement companies, ContactManagement contacts, UserManagement users,
            RecordVisibility visibility, JdbcClient jdbc, DatabaseVendor vendor) {
        this.invoices = invoices;
        this.companies = companies;
        this.contacts = contacts;
        this.users = users;
        this.visibility = visibility;
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /**
     * @param party a company or a contact (not both)
     * @throws RecordNotFoundException if the signed-in user may not see the customer
     */
    @Transactional(readOnly = true)
    public CustomerStatement customer(BillingParty party, LocalDate from, LocalDate to) {
        String name = party.companyId() != null
                ? companies.find(party.companyId()).map(CompanyView::name)
                        .orElseThrow(() -> new RecordNotFoundException("Company", party.companyId()))
                : contacts.find(party.contactId()).map(ContactView::fullName)
                        .orElseThrow(() -> new RecordNotFoundException("Contact", party.contactId()));
        List<Item> items = new ArrayList<>();
        invoices.recentFor(party, MAX_INVOICES).stream()
                .filter(invoice -> invoice.status() != InvoiceStatus.DRAFT && invoice.issuedOn() != null && !invoice.issuedOn().isAfter(to))
                .forEach(invoice -> items.add(item(invoice)));
        customerTransactions(party, to).forEach(row -> items.add(item(row.transaction())));
        items.sort(Comparator.comparing(Item::on).thenComparing(Item::order).thenComparing(Item::id));
        Map<CurrencyCode, List<Item>> byCurrency = new TreeMap<>();
        items.forEach(item -> byCurrency.computeIfAbsent(item.currency(), code -> new ArrayList<>()).add(item));
        List<CurrencyStatement> parts = byCurrency.entrySet().stream()
                .map(entry -> statement(entry.getKey(), entry.getValue(), from)).toList();
        return new CustomerStatement(party, name, from, to, parts);
    }

    /** @throws RecordNotFoundException if there is no such user */
    @Transactional(readOnly = true)
    public EmployeeStatement employee(long userId, LocalDate from, LocalDate to) {
        String name = users.find(userId).map(UserAccount::fullName).orElseThrow(() -> new RecordNotFoundException("User", userId));
        List<LedgerRow> payouts = new LedgerSql(visibility.viewer(), TransactionFilter.between(from, to))
                .and("t.kind = ?", TransactionKind.SALARY.name()).and("t.employee_user_id = ?", userId)
                .append("order by t.paid_on, t.id").list(jdbc, vendor);
        Map<CurrencyCode, Money> totals = new TreeMap<>();
        payouts.forEach(row -> totals.merge(row.transaction().amount().currency(), row.transaction().amount(), Money::plus));
        return new EmployeeStatement(userId, name, from, to, payouts, List.copyOf(totals.values()));
    }

    private List<LedgerRow> customerTransactions(BillingParty party, LocalDate to) {
        LedgerSql sql = new LedgerSql(null, new TransactionFilter(null, null, null, null, to, null))
                .and("t.kind in (?, ?)", TransactionKind.CUSTOMER_PAYMENT.name(), TransactionKind.REFUND.name());
        if (party.companyId() != null) {
            sql.and("t.company_id = ?", party.companyId());
        }
        else {
            sql.and("t.contact_id = ?", party.contactId());
        }
        return sql.list(jdbc, vendor);
    }

    private static CurrencyStatement statement(CurrencyCode currency, List<Item> items, LocalDate from) {
        Money zero = Money.zero(currency);
        Money opening = zero;
        Money debits = zero;
        Money credits = zero;
        List<StatementLine> lines = new ArrayList<>();
        Money balance = zero;
        for (Item item : items) {
            balance = balance.plus(item.debit()).minus(item.credit());
            if (item.on().isBefore(from)) {
                opening = balance;
                continue;
            }
            debits = debits.plus(item.debit());
            credits = credits.plus(item.credit());
            lines.add(new StatementLine(item.on(), item.entry(), item.reference(), item.invoiceId(), item.transactionId(),
                    item.debit().isZero() ? null : item.debit(), item.credit().isZero() ? null : item.credit(), balance));
        }
        return new CurrencyStatement(currency, opening, lines, debits, credits, balance);
    }

    private static Item item(InvoiceBalance invoice) {
        Money total = invoice.total();
        Money zero = Money.zero(total.currency());
        boolean credit = invoice.kind() == InvoiceKind.CREDIT_NOTE;
        return new Item(invoice.issuedOn(), 0, invoice.id(), credit ? Entry.CREDIT_NOTE : Entry.INVOICE, invoice.number(), invoice.id(),
                null, credit ? zero : total, credit ? new Money(total.amount().negate(), total.currency()) : zero);
    }

    private static Item item(TransactionView payment) {
        Money paid = payment.invoiceAmount() != null ? payment.invoiceAmount() : payment.amount();
        Money zero = Money.zero(paid.currency());
        boolean refund = payment.kind() == TransactionKind.REFUND;
        return new Item(payment.paidOn(), 1, payment.id(), refund ? Entry.REFUND : Entry.PAYMENT, payment.reference(),
                payment.invoiceId(), payment.id(), refund ? paid : zero, refund ? zero : paid);
    }

    private record Item(LocalDate on, int order, long id, Entry entry, String reference, Long invoiceId, Long transactionId, Money debit,
            Money credit) {

        CurrencyCode currency() {
            return debit.currency();
        }
    }
}
