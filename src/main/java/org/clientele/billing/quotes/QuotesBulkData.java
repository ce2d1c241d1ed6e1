package org.clientele.billing.quotes;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.clientele.billing.documents.NumberPattern;
import org.clientele.billing.documents.SellerProfiles;
import org.clientele.billing.numbering.DocumentNumbers;
import org.clientele.billing.pricing.GeneratedLines;
import org.clientele.billing.pricing.PairedDocuments;
import org.clientele.billing.pricing.LineAmounts;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.billing.pricing.TaxRates;
import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.clientele.sales.products.ProductCatalog;
import org.springframework.stereotype.Component;

/**
 * Generated quotations for the generated deals' customers, issued day after day over three years,
 * so their numbers run in date order through the quote series of each year (whose counters are
 * written too, so the next quotation made in the application takes the next number). Every state
 * shows; a few that went out unanswered were revised, each second revision a quotation of its
 * own under the same number. Each belongs to its deal's owner and team. The quotations are
 * written first, then their lines, each drawn again from its own random source.
 */
@Component
class QuotesBulkData implements BulkDataContributor {

    private static final int DAYS = 3 * 365;
    private static final long MIX = 0xD1B54A32D192ED03L;

    private final ProductCatalog catalog;
    private final TaxRates taxRates;
    private final SellerProfiles sellers;

    QuotesBulkData(ProductCatalog catalog, TaxRates taxRates, SellerProfiles sellers) {
        this.catalog = catalog;
        this.taxRates = taxRates;
        this.sellers = sellers;
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public void contribute(BulkData data) {
        int count = data.count("quotes");
        long[] deals = data.shared("deals");
        if (count == 0 || deals.length == 0) {
            return;
        }
        Context context = Context.of(data, GeneratedLines.of(data, catalog, taxRates, QuoteDraw.CURRENCY.value()),
                data.random("quotes").nextLong(), count, LocalDate.ofInstant(data.now(), ZoneOffset.UTC));
        long first = data.nextId("billing_quotes");
        String pattern = sellers.numberPattern(DocumentNumbers.QUOTES);
        TreeMap<Integer, Long> sequences = new TreeMap<>();
        long id = first;
        long[] owners = data.shared("deals.owner");
        long[] teams = data.shared("deals.team");
        long[] companies = data.shared("deals.company");
        long[] contacts = data.shared("deals.contact");
        try (BulkTable quotes = data.table("billing_quotes", "id", "version", "number", "revision", "previous_revision_id", "status",
                "currency", "language", "issue_date", "valid_until", "document_discount_percent", "net_total", "tax_total", "gross_total",
                "company_id", "contact_id", "deal_id", "invoice_id", "terms", "notes", "owner_id", "team_id", "sent_at", "sent_to",
                "decided_at", "decided_by_name", "decided_from_address", "decline_reason", "link_nonce", "created_at", "updated_at",
                "created_by")) {
            for (int i = 0; i < context.documents(); i++) {
                List<QuoteDraw> revisions = draw(context, i);
                int year = revisions.get(0).issueDate.getYear();
                long sequence = sequences.merge(year, 1L, Long::sum);
                String number = NumberPattern.format(pattern, year, sequence);
                int deal = context.deal(i);
                for (int revision = 0; revision < revisions.size(); revision++) {
                    QuoteDraw quote = revisions.get(revision);
                    long owner = owners[deal];
                    quotes.row(id, 0, number, revision + 1, revision == 0 ? null : id - 1, quote.status, QuoteDraw.CURRENCY.value(), "en",
                            quote.issueDate, quote.validUntil, quote.documentDiscount, quote.amounts.net(), quote.amounts.tax(),
                            quote.amounts.gross(), nullIfZero(companies[deal]), nullIfZero(contacts[deal]), deals[deal], null,
                            "Prices in euros. Delivery ex works; payable within 30 days of the invoice.", null, owner, nullIfZero(teams[deal]),
                            quote.sentAt, null, quote.decidedAt, quote.decidedByName, quote.decidedFromAddress, quote.declineReason,
                            quote.linkNonce, quote.createdAt, quote.updatedAt(), owner);
                    id++;
                }
            }
        }
        writeLines(data, context, first);
        try (BulkTable series = data.table("billing_number_series", "series", "year", "last_sequence")) {
            sequences.forEach((year, last) -> series.row(DocumentNumbers.QUOTES, year, last));
        }
    }

    private static void writeLines(BulkData data, Context context, long first) {
        long lineId = data.nextId("billing_quote_lines");
        long quoteId = first;
        try (BulkTable lines = data.table("billing_quote_lines", "id", "quote_id", "position", "product_id", "description", "quantity",
                "unit", "unit_price", "discount_percent", "tax_rate_id", "tax_rate_name", "tax_percent", "tax_included", "list_amount",
                "discount_amount", "amount")) {
            for (int i = 0; i < context.documents(); i++) {
                for (QuoteDraw quote : draw(context, i)) {
                    for (int j = 0; j < quote.lines.size(); j++) {
                        ResolvedLine line = quote.lines.get(j);
                        LineAmounts amounts = quote.amounts.lines().get(j);
                        lines.row(lineId++, quoteId, (j + 1) * 10, line.productId(), line.description(), line.quantity(), line.unit(),
                                line.unitPrice(), line.discountPercent(), line.taxRateId(), line.taxName(), line.taxPercent(),
                                line.taxIncluded(), amounts.listAmount(), amounts.discount(), amounts.amount());
                    }
                    quoteId++;
                }
            }
        }
    }

    /** The quotation's revisions: one, or a superseded first and its second. */
    private static List<QuoteDraw> draw(Context context, int index) {
        SplittableRandom random = new SplittableRandom(context.seed() ^ (index * MIX + 0x2545F4914F6CDD1DL));
        LocalDate issued = context.today().minusDays(DAYS - (long) index * DAYS / Math.max(1, context.documents() - 1));
        boolean revised = context.revised().get(index);
        QuoteDraw first = new QuoteDraw(random, context.lines(), issued, context.data().now(), revised);
        if (!revised) {
            return List.of(first);
        }
        LocalDate reissued = issued.plusDays(3 + random.nextInt(18));
        return List.of(first, new QuoteDraw(random, context.lines(), reissued.isAfter(context.today()) ? context.today() : reissued,
                context.data().now(), false));
    }

    private static Long nullIfZero(long id) {
        return id == 0 ? null : id;
    }

    /** The quotations to draw: so many, some revised, that their revisions come to the planned count of rows exactly. */
    private record Context(BulkData data, GeneratedLines lines, long seed, int documents, BitSet revised, LocalDate today) {

        /** Six quotations in a hundred are revised once. */
        private static final int REVISED_PERCENT = 6;

        static Context of(BulkData data, GeneratedLines lines, long seed, int count, LocalDate today) {
            PairedDocuments plan = PairedDocuments.plan(seed, count, REVISED_PERCENT);
            return new Context(data, lines, seed, plan.documents(), plan.paired(), today);
        }

        /** The deal a quotation is made for, drawn apart from the quotation so both passes agree without drawing it. */
        int deal(int index) {
            return new SplittableRandom(seed + index).nextInt(data.shared("deals").length);
        }
    }
}
