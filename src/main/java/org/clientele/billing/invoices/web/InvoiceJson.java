package org.clientele.billing.invoices.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.clientele.billing.invoices.BilledParty;
import org.clientele.billing.invoices.InvoiceView;
import org.clientele.billing.pricing.LineAmounts;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.billing.pricing.TaxShare;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.clientele.shared.web.Ids;
import org.clientele.shared.web.MoneyJson;

/**
 * An invoice or credit note as the API writes it: ids as strings, money as {@link MoneyJson} at
 * the currency's minor unit, quantities, prices and percentages as decimal strings exactly as entered.
 */
record InvoiceJson(String id, long version, String kind, String status, String number, String creditedInvoiceId, LocalDate issuedOn,
        LocalDate dueOn, Integer paymentTermDays, String currency, String language, String documentDiscountPercent, String companyId,
        String contactId, BilledParty billed, String dealId, String quoteId, String terms, String notes, List<LineJson> lines,
        MoneyJson subtotal, MoneyJson documentDiscount, List<TaxJson> taxes, MoneyJson net, MoneyJson tax, MoneyJson total,
        MoneyJson paid, MoneyJson credited, MoneyJson outstanding, String ownerId, String teamId, int reminderLevel,
        LocalDate lastReminderOn, String voidReason, Instant issuedAt, Instant createdAt, Instant updatedAt) {

    static InvoiceJson of(InvoiceView invoice) {
        CurrencyCode currency = invoice.currency();
        List<LineJson> lines = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            lines.add(LineJson.of(invoice.lines().get(i), invoice.amounts().lines().get(i), currency));
        }
        return new InvoiceJson(Ids.of(invoice.id()), invoice.version(), invoice.kind().name(), invoice.status().name(), invoice.number(),
                Ids.of(invoice.creditedInvoiceId()), invoice.issuedOn(), invoice.dueOn(), invoice.paymentTermDays(), currency.value(),
                invoice.language(), plain(invoice.documentDiscountPercent()), Ids.of(invoice.party().companyId()),
                Ids.of(invoice.party().contactId()), invoice.billed(), Ids.of(invoice.dealId()), Ids.of(invoice.quoteId()),
                invoice.terms(), invoice.notes(), lines, money(invoice.amounts().subtotal(), currency),
                money(invoice.amounts().documentDiscount(), currency),
                invoice.amounts().taxes().stream().map(share -> TaxJson.of(share, currency)).toList(),
                money(invoice.amounts().net(), currency), money(invoice.amounts().tax(), currency), MoneyJson.rounded(invoice.total()),
                MoneyJson.rounded(invoice.paid()), MoneyJson.rounded(invoice.credited()), MoneyJson.rounded(invoice.outstanding()),
                Ids.of(invoice.ownerId()), Ids.of(invoice.teamId()), invoice.reminderLevel(), invoice.lastReminderOn(),
                invoice.voidReason(), invoice.issuedAt(), invoice.createdAt(), invoice.updatedAt());
    }

    /**
     * A line as entered, with the tax rate copied on and what it comes to: listAmount is quantity ×
     * unitPrice, discount what the line's discount takes off, amount the rest (including tax when taxIncluded).
     */
    record LineJson(String productId, String description, String quantity, String unit, String unitPrice, String discountPercent,
            String taxRateId, String taxName, String taxPercent, boolean taxIncluded, MoneyJson listAmount, MoneyJson discount,
            MoneyJson amount) {

        static LineJson of(ResolvedLine line, LineAmounts amounts, CurrencyCode currency) {
            return new LineJson(Ids.of(line.productId()), line.description(), plain(line.quantity()), line.unit(), plain(line.unitPrice()),
                    plain(line.discountPercent()), Ids.of(line.taxRateId()), line.taxName(), plain(line.taxPercent()), line.taxIncluded(),
                    money(amounts.listAmount(), currency), money(amounts.discount(), currency), money(amounts.amount(), currency));
        }
    }

    /** The tax share of one rate: the net amount taxed at it, the tax, and both together. */
    record TaxJson(String percent, MoneyJson net, MoneyJson tax, MoneyJson gross) {

        static TaxJson of(TaxShare share, CurrencyCode currency) {
            return new TaxJson(plain(share.percent()), money(share.net(), currency), money(share.tax(), currency),
                    money(share.gross(), currency));
        }
    }

    static MoneyJson money(BigDecimal amount, CurrencyCode currency) {
        return MoneyJson.rounded(new Money(amount, currency));
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
