package org.clientele.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.clientele.billing.BillingParty;
import org.clientele.billing.invoices.InvoiceBalance;
import org.clientele.billing.invoices.InvoiceKind;
import org.clientele.billing.invoices.InvoiceStatus;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.junit.jupiter.api.Test;

/** The rule of decision 0021 on its own: what a payment pays off an invoice, and when a remainder is an exchange difference. */
class InvoiceSettlementTests {

    private static final LocalDate PAID_ON = LocalDate.of(2026, 3, 10);

    /** USD to EUR at 1 EUR = 1.0850 USD, divided at 34 digits as the real rates do; the only pair these tests convert. */
    private final ExchangeRates rates = new ExchangeRates() {
        @Override
        public CurrencyCode reportingCurrency() {
            return CurrencyCode.of("EUR");
        }

        @Override
        public Money convert(Money money, CurrencyCode target, LocalDate on) {
            assertThat(money.currency()).isEqualTo(CurrencyCode.of("USD"));
            assertThat(target).isEqualTo(CurrencyCode.of("EUR"));
            assertThat(on).isEqualTo(PAID_ON);
            return new Money(money.amount().divide(new BigDecimal("1.0850"), java.math.MathContext.DECIMAL128), target);
        }
    };

    @Test
    void aPaymentInTheInvoicesCurrencyPaysExactlyItsAmount() {
        InvoiceSettlement settlement = InvoiceSettlement.of(Money.of("40.00", "EUR"), PAID_ON, outstanding("100.00"), rates);

        assertThat(settlement.applied()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(settlement.exchangeDifference()).isNull();
    }

    @Test
    void aConvertedPaymentNearTheOutstandingAmountSettlesItAndKeepsTheRemainder() {
        InvoiceSettlement over = InvoiceSettlement.of(Money.of("108.51", "USD"), PAID_ON, outstanding("100.00"), rates);
        assertThat(over.applied()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(over.exchangeDifference()).isEqualTo(Money.of("0.01", "EUR"));

        InvoiceSettlement under = InvoiceSettlement.of(Money.of("108.00", "USD"), PAID_ON, outstanding("100.00"), rates);
        assertThat(under.applied()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(under.exchangeDifference()).as("99.54 EUR converted").isEqualTo(Money.of("-0.46", "EUR"));
    }

    @Test
    void aConvertedPaymentFurtherOffIsAPartPaymentOrAnOverpayment() {
        InvoiceSettlement part = InvoiceSettlement.of(Money.of("54.25", "USD"), PAID_ON, outstanding("100.00"), rates);
        assertThat(part.applied()).isEqualTo(Money.of("50.00", "EUR"));
        assertThat(part.exchangeDifference()).isNull();

        InvoiceSettlement over = InvoiceSettlement.of(Money.of("110.00", "USD"), PAID_ON, outstanding("100.00"), rates);
        assertThat(over.applied()).as("101.38 EUR, more than 1 % over: the invoice refuses it").isEqualTo(Money.of("101.38", "EUR"));
        assertThat(over.exchangeDifference()).isNull();
    }

    @Test
    void theToleranceIsAtLeastOneMinorUnit() {
        InvoiceSettlement settlement = InvoiceSettlement.of(Money.of("1.10", "USD"), PAID_ON, outstanding("1.00"), rates);

        assertThat(settlement.applied()).as("1.01 EUR converted").isEqualTo(Money.of("1.00", "EUR"));
        assertThat(settlement.exchangeDifference()).isEqualTo(Money.of("0.01", "EUR"));
    }

    private static InvoiceBalance outstanding(String amount) {
        Money money = Money.of(amount, "EUR");
        return new InvoiceBalance(1, "INV-1", InvoiceKind.INVOICE, InvoiceStatus.ISSUED, BillingParty.company(1), money,
                Money.zero(CurrencyCode.of("EUR")), money, PAID_ON.minusDays(10), PAID_ON.plusDays(4));
    }
}
