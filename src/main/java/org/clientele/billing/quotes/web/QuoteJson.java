package org.clientele.billing.quotes.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.billing.pricing.TaxShare;
import org.clientele.billing.quotes.QuoteLineView;
import org.clientele.billing.quotes.QuoteRevision;
import org.clientele.billing.quotes.QuoteView;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.clientele.shared.web.Ids;
import org.clientele.shared.web.MoneyJson;

/**
 * A quotation as the API writes it: ids as strings, money as {@link MoneyJson}, quantities,
 * prices and percents as decimal strings exactly as kept.
 *
 * @param publicLink the customer's link while it is sent, for users who may change quotations; else left out
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
record QuoteJson(String id, long version, String number, int revision, String label, String previousRevisionId, String status,
        String currency, String language, LocalDate issueDate, LocalDate validUntil, String documentDiscountPercent, String companyId,
        String contactId, String dealId, String invoiceId, String terms, String notes, String ownerId, String teamId, Instant sentAt,
        String sentTo, Instant decidedAt, String decidedByName, String decidedFromAddress, String declineReason, List<LineJson> lines,
        AmountsJson amounts, List<RevisionJson> revisions, String publicLink, Instant createdAt, Instant updatedAt, String createdBy) {

    static QuoteJson of(QuoteView quote, String publicLink) {
        CurrencyCode currency = quote.currency();
        return new QuoteJson(Ids.of(quote.id()), quote.version(), quote.number(), quote.revision(), quote.label(),
                Ids.of(quote.previousRevisionId()), quote.status().name(), currency.value(), quote.language(), quote.issueDate(),
                quote.validUntil(), plain(quote.documentDiscountPercent()), Ids.of(quote.companyId()), Ids.of(quote.contactId()),
                Ids.of(quote.dealId()), Ids.of(quote.invoiceId()), quote.terms(), quote.notes(), Ids.of(quote.ownerId()),
                Ids.of(quote.teamId()), quote.sentAt(), quote.sentTo(), quote.decidedAt(), quote.decidedByName(),
                quote.decidedFromAddress(), quote.declineReason(), quote.lines().stream().map(line -> LineJson.of(line, currency)).toList(),
                AmountsJson.of(quote.amounts()), quote.revisions().stream().map(RevisionJson::of).toList(), publicLink, quote.createdAt(),
                quote.updatedAt(), Ids.of(quote.createdBy()));
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** A line: quantity, unit price and percents as typed; the amounts at the currency's minor unit. */
    record LineJson(String id, int position, String productId, String description, String quantity, String unit, String unitPrice,
            String discountPercent, String taxRateId, String taxRateName, String taxPercent, boolean taxIncluded, MoneyJson listAmount,
            MoneyJson discount, MoneyJson amount) {

        static LineJson of(QuoteLineView view, CurrencyCode currency) {
            var line = view.line();
            return new LineJson(Ids.of(view.id()), view.position(), Ids.of(line.productId()), line.description(), plain(line.quantity()),
                    line.unit(), plain(line.unitPrice()), plain(line.discountPercent()), Ids.of(line.taxRateId()), line.taxName(),
                    plain(line.taxPercent()), line.taxIncluded(), money(view.amounts().listAmount(), currency),
                    money(view.amounts().discount(), currency), money(view.amounts().amount(), currency));
        }
    }

    /** What the quotation comes to: {@code net + tax = gross}, with one tax share per rate. */
    record AmountsJson(MoneyJson subtotal, MoneyJson documentDiscount, MoneyJson net, MoneyJson tax, MoneyJson gross,
            List<TaxJson> taxes) {

        static AmountsJson of(DocumentAmounts amounts) {
            CurrencyCode currency = amounts.currency();
            return new AmountsJson(money(amounts.subtotal(), currency), money(amounts.documentDiscount(), currency),
                    money(amounts.net(), currency), money(amounts.tax(), currency), money(amounts.gross(), currency),
                    amounts.taxes().stream().map(share -> TaxJson.of(share, currency)).toList());
        }
    }

    record TaxJson(String percent, MoneyJson net, MoneyJson tax) {

        static TaxJson of(TaxShare share, CurrencyCode currency) {
            return new TaxJson(plain(share.percent()), money(share.net(), currency), money(share.tax(), currency));
        }
    }

    record RevisionJson(String id, int revision, String status, LocalDate issueDate, Instant createdAt) {

        static RevisionJson of(QuoteRevision revision) {
            return new RevisionJson(Ids.of(revision.id()), revision.revision(), revision.status().name(), revision.issueDate(),
                    revision.createdAt());
        }
    }

    private static MoneyJson money(BigDecimal amount, CurrencyCode currency) {
        return MoneyJson.rounded(new Money(amount, currency));
    }
}
