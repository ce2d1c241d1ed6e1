package org.clientele.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientele.billing.invoices.InvoiceFixture.draft;
import static org.clientele.billing.invoices.InvoiceFixture.line;

import java.time.LocalDate;

import org.clientele.billing.BillingParty;
import org.clientele.shared.ConflictException;
import org.clientele.shared.Money;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Drafts for other areas and payments settling invoices, through the two interfaces other areas call. */
@ClienteleTest
@RecordApplicationEvents
class InvoicePaymentsTests {

    @Autowired
    InvoiceDrafts drafts;

    @Autowired
    InvoicePayments payments;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    InvoiceFixture fixture;

    @BeforeEach
    void signIn() {
        fixture = new InvoiceFixture(context).signIn();
    }

    @AfterEach
    void signOut() {
        InvoiceFixture.signOut();
    }

    @Test
    void aDraftForAnotherAreaNeedsNobodySignedInAndBelongsToItsCreator() {
        long company = fixture.company("Quoted");
        InvoiceFixture.signOut();

        long id = drafts.createDraft(fixture.adminId(), draft(company, "EUR", line("Consulting", "3", "120.00")));

        InvoiceBalance balance = payments.balance(id).orElseThrow();
        assertThat(balance.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(balance.number()).isNull();
        assertThat(balance.total()).isEqualTo(Money.of("360.00", "EUR"));
        assertThat(balance.party()).isEqualTo(BillingParty.company(company));
        fixture.signIn();
        InvoiceView view = invoices.find(id).orElseThrow();
        assertThat(view.ownerId()).isEqualTo(fixture.adminId());
        assertThat(view.billed().name()).startsWith("Quoted");
    }

    @Test
    void aPartialThenAFullPaymentMakeItPartlyPaidThenPaidAndPublishInvoicePaid() {
        long id = issued("Payer", "100.00");

        InvoiceBalance partly = transactions.execute(status -> payments.applyPayment(id, 9001, Money.of("40.00", "EUR"), today()));
        assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(partly.outstanding()).isEqualTo(Money.of("60.00", "EUR"));
        assertThat(events.stream(InvoicePaid.class)).isEmpty();

        InvoiceBalance paid = transactions.execute(status -> payments.applyPayment(id, 9002, Money.of("60.00", "EUR"), today()));
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.paid().amount()).isEqualByComparingTo("100.00");
        assertThat(paid.outstanding().isZero()).isTrue();
        assertThat(events.stream(InvoicePaid.class)).singleElement().satisfies(event -> {
            assertThat(event.invoiceId()).isEqualTo(id);
            assertThat(event.number()).isEqualTo(paid.number());
            assertThat(event.total().amount()).isEqualByComparingTo("100.00");
        });
    }

    @Test
    void overpaymentsDraftsRepeatsAndOtherCurrenciesAreRefused() {
        long id = issued("Careful", "50.00");
        long draftId = drafts.createDraft(fixture.adminId(), draft(fixture.company("Drafty"), "EUR", line("Work", "1", "10")));

        assertThatThrownBy(() -> payments.applyPayment(id, 1, Money.of("50.01", "EUR"), today()))
                .isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageCode()).isEqualTo("invoices.conflict.overpaid"));
        assertThatThrownBy(() -> payments.applyPayment(id, 1, Money.of("10.00", "USD"), today()))
                .isInstanceOfSatisfying(ConflictException.class,
                        ex -> assertThat(ex.messageCode()).isEqualTo("invoices.conflict.payment-currency"));
        assertThatThrownBy(() -> payments.applyPayment(draftId, 1, Money.of("5.00", "EUR"), today()))
                .isInstanceOfSatisfying(ConflictException.class,
                        ex -> assertThat(ex.messageCode()).isEqualTo("invoices.conflict.not-payable"));
        transactions.executeWithoutResult(status -> payments.applyPayment(id, 77, Money.of("10.00", "EUR"), today()));
        assertThatThrownBy(() -> payments.applyPayment(id, 77, Money.of("10.00", "EUR"), today()))
                .isInstanceOfSatisfying(ConflictException.class,
                        ex -> assertThat(ex.messageCode()).isEqualTo("invoices.conflict.payment-applied"));
        assertThat(payments.balance(id).orElseThrow().paid().amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void withdrawingAPaymentOpensAPaidInvoiceAgain() {
        long id = issued("Refunded", "80.00");
        transactions.executeWithoutResult(status -> payments.applyPayment(id, 501, Money.of("80.00", "EUR"), today()));

        InvoiceBalance reopened = transactions.execute(status -> payments.withdrawPayment(id, 501, Money.of("80.00", "EUR")));

        assertThat(reopened.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(reopened.outstanding().amount()).isEqualByComparingTo("80.00");
        assertThatThrownBy(() -> payments.withdrawPayment(id, 501, Money.of("80.00", "EUR")))
                .isInstanceOf(ConflictException.class);
        assertThat(payments.openFor(reopened.party())).extracting(InvoiceBalance::id).containsExactly(id);
        assertThat(payments.recentFor(reopened.party(), 5)).extracting(InvoiceBalance::id).containsExactly(id);
    }

    private long issued(String company, String price) {
        long id = invoices.create(fixture.adminId(), draft(fixture.company(company), "EUR", line("Service", "1", price))).id();
        return invoices.issue(id).id();
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }
}
