package org.clientele.billing.quotes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.billing.pricing.DocumentCalculator;
import org.clientele.billing.pricing.DocumentLines;
import org.clientele.billing.pricing.PricedLine;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.customers.CompanyManagement;
import org.clientele.shared.CurrencyCode;
import org.springframework.stereotype.Component;

/**
 * A quotation's lines: resolved against the catalogue (the company's type picks the price list)
 * and the tax rates, priced by {@link DocumentCalculator}, and stored in order. Stored lines give
 * the same figures again, so a quotation's amounts are worked out from them when it is read.
 */
@Component
class QuotePricing {

    private static final int STEP = 10;

    private final DocumentLines documentLines;
    private final QuoteLines lines;
    private final CompanyManagement companies;

    QuotePricing(DocumentLines documentLines, QuoteLines lines, CompanyManagement companies) {
        this.documentLines = documentLines;
        this.lines = lines;
        this.companies = companies;
    }

    /** Lines checked and priced, not stored yet. */
    record Priced(List<ResolvedLine> lines, DocumentAmounts amounts) {
    }

    /** @throws org.clientele.shared.InvalidInputException naming every line's problems */
    Priced price(QuoteForm form) {
        Long companyType = form.companyId() == null ? null : companies.typeOf(form.companyId()).orElse(null);
        List<ResolvedLine> resolved = documentLines.resolve(CurrencyCode.of(form.currency()), companyType, form.lines());
        return new Priced(resolved, DocumentCalculator.calculate(CurrencyCode.of(form.currency()),
                resolved.stream().map(ResolvedLine::priced).toList(), form.documentDiscountPercent()));
    }

    /** Replaces the quotation's lines with the priced ones. */
    void store(long quoteId, Priced priced) {
        lines.deleteByQuoteId(quoteId);
        lines.flush();
        for (int i = 0; i < priced.lines().size(); i++) {
            lines.save(new QuoteLine(quoteId, (i + 1) * STEP, priced.lines().get(i), priced.amounts().lines().get(i)));
        }
    }

    /** Copies every line of one revision onto the next. */
    void copy(long fromQuoteId, long toQuoteId) {
        lines.findByQuoteIdOrderByPositionAscIdAsc(fromQuoteId).forEach(line -> lines.save(line.copyFor(toQuoteId)));
    }

    void delete(long quoteId) {
        lines.deleteByQuoteId(quoteId);
    }

    List<QuoteLineView> of(long quoteId) {
        return lines.findByQuoteIdOrderByPositionAscIdAsc(quoteId).stream().map(QuoteLine::toView).toList();
    }

    /** What stored lines come to with the quotation's discount. */
    static DocumentAmounts amounts(CurrencyCode currency, List<QuoteLineView> stored, BigDecimal discountPercent) {
        List<PricedLine> priced = new ArrayList<>(stored.size());
        stored.forEach(line -> priced.add(line.line().priced()));
        return DocumentCalculator.calculate(currency, priced, discountPercent);
    }
}
