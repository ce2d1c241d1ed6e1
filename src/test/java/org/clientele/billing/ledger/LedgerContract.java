package org.clientele.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.clientele.billing.BillingParty;
import org.clientele.billing.invoices.InvoiceBalance;
import org.clientele.billing.invoices.InvoicePayments;
import org.clientele.billing.invoices.InvoiceStatus;
import org.clientele.identity.Role;
import org.clientele.sales.currencies.ExchangeRateForm;
import org.clientele.sales.currencies.ExchangeRateManagement;
import org.clientele.shared.ConflictException;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.Money;
import org.clientele.shared.PageRequest;
import org.clientele.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The ledger against the real invoices: payments settle invoices in one transaction, foreign
 * currency, statements, revenue, the export and the checks. Tests that read across customers
 * (revenue, export, lists) use their own years, so rows other tests write cannot change the
 * answers. Subclasses pick the database.
 */
@RecordApplicationEvents
abstract class LedgerContract {

    @Autowired
    LedgerManagement ledger;

    @Autowired
    LedgerList list;

    @Autowired
    Statements statements;

    @Autowired
    RevenueReport revenue;

    @Autowired
    LedgerExport export;

    @Autowired
    TransactionCategoryManagement categories;

    @Autowired
    InvoicePayments invoices;

    @Autowired
    ExchangeRateManagement rates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    LedgerFixture fixture;

    @BeforeEach
    void signIn() {
        fixture = new LedgerFixture(context).signIn();
    }

    @AfterEach
    void signOut() {
        LedgerFixture.signOut();
    }

    @Test
    void aPartialThenAFullPaymentMakeTheInvoicePartlyPaidThenPaid() {
        long company = fixture.company("Payer");
        long invoice = fixture.issuedInvoice(company, "EUR", "100.00");
        LocalDate today = LocalDate.now();

        TransactionView first = ledger.record(TransactionForm.invoicePayment(invoice, Money.of("40.00", "EUR"), today,
                PaymentMethod.BANK_TRANSFER, "first part"));
        assertThat(invoices.balance(invoice).orElseThrow()).satisfies(balance -> {
            assertThat(balance.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
            assertThat(balance.outstanding().amount()).isEqualByComparingTo("60.00");
        });
        TransactionView second = ledger.record(TransactionForm.invoicePayment(invoice, Money.of("60.00", "EUR"), today,
                PaymentMethod.CARD, "rest"));

        assertThat(invoices.balance(invoice).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(rows(invoice)).containsExactly(
                tuple(first.id(), "IN", "CUSTOMER_PAYMENT", company, "40.0000", "EUR", "40.0000", "EUR", null, "BANK_TRANSFER", "first part"),
                tuple(second.id(), "IN", "CUSTOMER_PAYMENT", company, "60.0000", "EUR", "60.0000", "EUR", null, "CARD", "rest"));
        assertThat(first.ownerId()).as("the customer's owner").isEqualTo(fixture.adminId());
        assertThat(events.stream(PaymentRecorded.class).filter(event -> event.transactionId() == second.id()))
                .singleElement().satisfies(event -> {
                    assertThat(event.companyId()).isEqualTo(company);
                    assertThat(event.invoiceId()).isEqualTo(invoice);
                    assertThat(event.kind()).isEqualTo(TransactionKind.CUSTOMER_PAYMENT);
                    assertThat(event.amount()).isEqualTo(second.amount());
                });
    }

    @Test
    void aPaymentTheInvoiceRefusesLeavesNothingWritten() {
        long company = fixture.company("Overpayer");
        long invoice = fixture.issuedInvoice(company, "EUR", "50.00");
        long draft = fixture.draftInvoice(company, "30.00");
        long before = count();

        assertThatThrownBy(() -> ledger.record(TransactionForm.invoicePayment(invoice, Money.of("50.01", "EUR"), LocalDate.now(),
                PaymentMethod.CASH, null)))
                .isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageCode()).isEqualTo("invoices.conflict.overpaid"));
        assertThatThrownBy(() -> ledger.record(TransactionForm.invoicePayment(draft, Money.of("10.00", "EUR"), LocalDate.now(),
                PaymentMethod.CASH, null)))
                .isInstanceOf(ConflictException.class);

        assertThat(count()).as("no payment row was kept").isEqualTo(before);
        assertThat(rows(invoice)).isEmpty();
        InvoiceBalance balance = invoices.balance(invoice).orElseThrow();
        assertThat(balance.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(balance.outstanding().amount()).isEqualByComparingTo("50.00");
    }

    @Test
    void aForeignCurrencyPaymentSettlesTheInvoiceWithItsExchangeDifference() {
        rates.create(new ExchangeRateForm("EUR", "SEK", "9.0000", "1999-02-01"));
        long company = fixture.company("Swedish payer");
        long invoice = fixture.issuedInvoice(company, "EUR", "100.00");

        TransactionView payment = ledger.record(TransactionForm.invoicePayment(invoice, Money.of("901.00", "SEK"),
                LocalDate.of(1999, 2, 10), PaymentMethod.BANK_TRANSFER, "SE-1"));

        assertThat(rows(invoice)).containsExactly(tuple(payment.id(), "IN", "CUSTOMER_PAYMENT", company, "901.0000", "SEK", "100.0000",
                "EUR", "0.1100", "BANK_TRANSFER", "SE-1"));
        assertThat(payment.exchangeDifference()).as("901 SEK are 100.11 EUR; 100.00 were outstanding")
                .isEqualTo(new Money(new BigDecimal("0.11"), Money.of("0", "EUR").currency()));
        assertThat(invoices.balance(invoice).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void deletingAPaymentTakesItBackFromTheInvoice() {
        long company = fixture.company("Reverser");
        long invoice = fixture.issuedInvoice(company, "EUR", "80.00");
        TransactionView payment = ledger.record(TransactionForm.invoicePayment(invoice, Money.of("80.00", "EUR"), LocalDate.now(),
                PaymentMethod.CASH, null));

        ledger.delete(payment.id());

        assertThat(rows(invoice)).isEmpty();
        InvoiceBalance reopened = invoices.balance(invoice).orElseThrow();
        assertThat(reopened.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(reopened.outstanding().amount()).isEqualByComparingTo("80.00");
    }

    @Test
    void aStatementHasDebitsCreditsAndARunningBalancePerCurrency() {
        long company = fixture.company("Stated");
        long january = fixture.issuedInvoice(company, "EUR", "200.00");
        fixture.dated(january, LocalDate.of(2001, 1, 10), LocalDate.of(2001, 1, 24));
        long february = fixture.issuedInvoice(company, "EUR", "300.00");
        fixture.dated(february, LocalDate.of(2001, 2, 5), LocalDate.of(2001, 2, 19));
        long dollars = fixture.issuedInvoice(company, "USD", "50.00");
        fixture.dated(dollars, LocalDate.of(2001, 2, 10), LocalDate.of(2001, 2, 24));
        ledger.record(TransactionForm.invoicePayment(january, Money.of("150.00", "EUR"), LocalDate.of(2001, 1, 20), PaymentMethod.CASH, "P1"));
        ledger.record(TransactionForm.invoicePayment(february, Money.of("100.00", "EUR"), LocalDate.of(2001, 2, 15), PaymentMethod.CASH, "P2"));
        ledger.record(customer(TransactionKind.REFUND, company, "20.00", "EUR", LocalDate.of(2001, 2, 20)));

        CustomerStatement statement = statements.customer(BillingParty.company(company), LocalDate.of(2001, 2, 1), LocalDate.of(2001, 2, 28));

        assertThat(statement.currencies()).extracting(part -> part.currency().value()).containsExactly("EUR", "USD");
        CurrencyStatement euros = statement.currencies().get(0);
        assertThat(euros.opening().amount()).as("200 invoiced, 150 paid in January").isEqualByComparingTo("50.00");
        assertThat(euros.lines()).extracting(StatementLine::on, StatementLine::entry, line -> plain(line.debit()), line -> plain(line.credit()),
                line -> plain(line.balance())).containsExactly(
                tuple(LocalDate.of(2001, 2, 5), StatementLine.Entry.INVOICE, "300.00", null, "350.00"),
                tuple(LocalDate.of(2001, 2, 15), StatementLine.Entry.PAYMENT, null, "100.00", "250.00"),
                tuple(LocalDate.of(2001, 2, 20), StatementLine.Entry.REFUND, "20.00", null, "270.00"));
        assertThat(plain(euros.debits())).isEqualTo("320.00");
        assertThat(plain(euros.credits())).isEqualTo("100.00");
        assertThat(plain(euros.closing())).isEqualTo("270.00");
        CurrencyStatement usd = statement.currencies().get(1);
        assertThat(plain(usd.opening())).isEqualTo("0.00");
        assertThat(plain(usd.closing())).isEqualTo("50.00");
    }

    @Test
    void revenueIsCustomerPaymentsMinusRefundsPerMonthAndCurrency() {
        long company = fixture.company("Revenue");
        ledger.record(customer(TransactionKind.CUSTOMER_PAYMENT, company, "100.00", "EUR", LocalDate.of(1985, 3, 5)));
        ledger.record(customer(TransactionKind.CUSTOMER_PAYMENT, company, "50.25", "EUR", LocalDate.of(1985, 3, 20)));
        ledger.record(customer(TransactionKind.REFUND, company, "30.00", "EUR", LocalDate.of(1985, 3, 25)));
        ledger.record(customer(TransactionKind.CUSTOMER_PAYMENT, company, "70.00", "USD", LocalDate.of(1985, 5, 1)));
        ledger.record(payee(TransactionKind.THIRD_PARTY_PAYMENT, "Landlord", "999.00", LocalDate.of(1985, 3, 1), null));

        List<RevenueMonth> months = revenue.monthly(YearMonth.of(1985, 3), YearMonth.of(1985, 5));

        assertThat(months).extracting(RevenueMonth::month).containsExactly(YearMonth.of(1985, 3), YearMonth.of(1985, 4), YearMonth.of(1985, 5));
        assertThat(months.get(0).amounts()).extracting(LedgerContract::plain).containsExactly("120.25");
        assertThat(months.get(0).amounts()).extracting(money -> money.currency().value()).containsExactly("EUR");
        assertThat(months.get(1).amounts()).isEmpty();
        assertThat(months.get(2).amounts()).extracting(LedgerContract::plain).containsExactly("70.00");
        assertThatThrownBy(() -> revenue.monthly(YearMonth.of(1985, 5), YearMonth.of(1985, 3))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theExportHasOneRowPerTransactionForTheAccountant() throws IOException {
        long rent = categories.ensure("Rent").id();
        long employee = TestAccounts.create(context, "Paid Person", java.util.Set.of(Role.SALES)).user().id();
        long company = fixture.company("Exported");
        long invoice = fixture.issuedInvoice(company, "EUR", "10.00");
        String number = invoices.balance(invoice).orElseThrow().number();
        ledger.record(payee(TransactionKind.THIRD_PARTY_PAYMENT, "=Landlord, Ltd", "1200.5", LocalDate.of(1986, 6, 1), rent));
        ledger.record(new TransactionForm(TransactionKind.SALARY, null, null, null, employee, null, null, new BigDecimal("3000"), "EUR",
                LocalDate.of(1986, 6, 28), PaymentMethod.BANK_TRANSFER, "June", null, null));
        ledger.record(TransactionForm.invoicePayment(invoice, Money.of("10.00", "EUR"), LocalDate.of(1986, 6, 30), PaymentMethod.CARD, "R-1"));
        ledger.record(payee(TransactionKind.THIRD_PARTY_PAYMENT, "Outside", "1.00", LocalDate.of(1986, 7, 1), null));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(LocalDate.of(1986, 6, 1), LocalDate.of(1986, 6, 30), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "date,direction,kind,counterparty,category,method,reference,invoice number,amount,currency,exchange difference\r\n"
                + "1986-06-01,OUT,THIRD_PARTY_PAYMENT,\"'=Landlord, Ltd\",Rent,BANK_TRANSFER,,,1200.50,EUR,\r\n"
                + "1986-06-28,OUT,SALARY,Paid Person,,BANK_TRANSFER,June,,3000.00,EUR,\r\n"
                + "1986-06-30,IN,CUSTOMER_PAYMENT," + companyName(company) + ",,CARD,R-1," + number + ",10.00,EUR,\r\n");
    }

    @Test
    void aSalaryNeedsAnExistingUserAndEachKindItsOwnCounterparty() {
        assertThatThrownBy(() -> ledger.record(new TransactionForm(TransactionKind.SALARY, null, null, null, 999_999_999L, null, null,
                new BigDecimal("100"), "EUR", LocalDate.now(), PaymentMethod.BANK_TRANSFER, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
                        .extracting(InvalidInputException.FieldProblem::field, InvalidInputException.FieldProblem::messageCode)
                        .containsExactly(tuple("employeeUserId", "validation.ledger.employee-unknown")));
        assertThatThrownBy(() -> ledger.record(new TransactionForm(TransactionKind.THIRD_PARTY_PAYMENT, TransactionDirection.IN,
                fixture.company("Wrong"), null, null, null, null, new BigDecimal("-1"), "XYZ", LocalDate.of(1969, 12, 31), null, null, null,
                null)))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
                        .extracting(InvalidInputException.FieldProblem::field, InvalidInputException.FieldProblem::messageCode)
                        .containsExactlyInAnyOrder(tuple("direction", "validation.ledger.direction-fixed"),
                                tuple("companyId", "validation.ledger.not-for-kind"), tuple("payeeName", "validation.ledger.required"),
                                tuple("amount", "validation.ledger.amount-positive"), tuple("currency", "validation.ledger.currency-unknown"),
                                tuple("paidOn", "validation.ledger.date-range"), tuple("method", "validation.ledger.required")));
    }

    @Test
    void theListFiltersByCounterpartyAndPagesByAmount() {
        String payee = "Keyset supplier " + System.nanoTime();
        for (String amount : List.of("30.00", "10.00", "20.00")) {
            ledger.record(payee(TransactionKind.THIRD_PARTY_PAYMENT, payee, amount, LocalDate.of(1987, 1, 15), null));
        }
        TransactionFilter filter = new TransactionFilter(TransactionDirection.OUT, TransactionKind.THIRD_PARTY_PAYMENT, null,
                LocalDate.of(1987, 1, 1), LocalDate.of(1987, 1, 31), payee.toUpperCase());

        CursorPage<LedgerRow> first = list.page(filter, PageRequest.of(2, "amount", null, LedgerList.DEFAULT_SORT));
        CursorPage<LedgerRow> second = list.page(filter, PageRequest.of(2, "amount", first.next(), LedgerList.DEFAULT_SORT));

        assertThat(first.data()).extracting(row -> plain(row.transaction().amount())).containsExactly("10.00", "20.00");
        assertThat(first.data()).extracting(LedgerRow::counterparty).containsOnly(payee);
        assertThat(second.data()).extracting(row -> plain(row.transaction().amount())).containsExactly("30.00");
        assertThat(second.next()).isNull();
    }

    @Test
    void anEmployeeStatementTotalsTheSalariesOfThePeriod() {
        long employee = TestAccounts.create(context, "Salaried", java.util.Set.of(Role.SALES)).user().id();
        for (String month : List.of("1988-01-28", "1988-02-28", "1988-03-28")) {
            ledger.record(new TransactionForm(TransactionKind.SALARY, null, null, null, employee, null, null, new BigDecimal("2500.50"), "EUR",
                    LocalDate.parse(month), PaymentMethod.BANK_TRANSFER, null, null, null));
        }

        EmployeeStatement statement = statements.employee(employee, LocalDate.of(1988, 2, 1), LocalDate.of(1988, 3, 31));

        assertThat(statement.name()).isEqualTo("Salaried");
        assertThat(statement.payouts()).extracting(row -> row.transaction().paidOn()).containsExactly(LocalDate.of(1988, 2, 28),
                LocalDate.of(1988, 3, 28));
        assertThat(statement.totals()).extracting(LedgerContract::plain).containsExactly("5001.00");
    }

    static TransactionForm customer(TransactionKind kind, long companyId, String amount, String currency, LocalDate on) {
        return new TransactionForm(kind, null, companyId, null, null, null, null, new BigDecimal(amount), currency, on,
                PaymentMethod.BANK_TRANSFER, null, null, null);
    }

    static TransactionForm payee(TransactionKind kind, String payee, String amount, LocalDate on, Long categoryId) {
        return new TransactionForm(kind, null, null, null, null, payee, categoryId, new BigDecimal(amount), "EUR", on,
                PaymentMethod.BANK_TRANSFER, null, null, null);
    }

    static String plain(Money money) {
        return money == null ? null : money.rounded().amount().toPlainString();
    }

    private String companyName(long company) {
        return jdbc.sql("select name from companies where id = ?").param(company).query(String.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from billing_transactions").query(Long.class).single();
    }

    private List<org.assertj.core.groups.Tuple> rows(long invoiceId) {
        return jdbc.sql("select id, direction, kind, company_id, amount, currency, invoice_amount, invoice_currency, exchange_difference, "
                + "method, reference from billing_transactions where invoice_id = ? order by id").param(invoiceId)
                .query((rs, n) -> tuple(rs.getLong("id"), rs.getString("direction"), rs.getString("kind"), rs.getLong("company_id"),
                        rs.getBigDecimal("amount").toPlainString(), rs.getString("currency"), text(rs.getBigDecimal("invoice_amount")),
                        rs.getString("invoice_currency"), text(rs.getBigDecimal("exchange_difference")), rs.getString("method"),
                        rs.getString("reference")))
                .list();
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
