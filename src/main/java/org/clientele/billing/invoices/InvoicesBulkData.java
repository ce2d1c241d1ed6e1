package org.clientele.billing.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.clientele.billing.documents.NumberPattern;
import org.clientele.billing.documents.SellerProfiles;
import org.clientele.billing.numbering.DocumentNumbers;
import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.billing.pricing.DocumentCalculator;
import org.clientele.billing.pricing.GeneratedLines;
import org.clientele.billing.pricing.LineAmounts;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.billing.pricing.TaxRates;
import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.clientele.sales.products.ProductCatalog;
import org.springframework.stereotype.Component;

/**
 * Generated invoices for the generated deals' customers, issued day after day over three years so
 * their numbers run in date order through each year's invoice series, with the series' counters,
 * in every state ({@link InvoiceDraw}); void ones with the credit note that settled them, numbered
 * in the credit note series. Payments are applied as the ledger would apply them: their ids are
 * taken here and shared ({@code payments} and its invoice, amount in cents, day, customer, owner,
 * team and the invoice's number year and sequence) for the ledger to write the transactions.
 */
@Component
class InvoicesBulkData implements BulkDataContributor {

    private static final int DAYS = 3 * 365;
    private static final long MIX = 0xBF58476D1CE4E5B9L;
    private static final String TERMS = "Payable without deduction within the payment term.";
    private static final String VOID_REASON = "Billed to the wrong company";

    private final ProductCatalog catalog;
    private final TaxRates taxRates;
    private final SellerProfiles sellers;

    InvoicesBulkData(ProductCatalog catalog, TaxRates taxRates, SellerProfiles sellers) {
        this.catalog = catalog;
        this.taxRates = taxRates;
        this.sellers = sellers;
    }

    @Override
    public int order() {
        return 420;
    }

    @Override
    public void contribute(BulkData data) {
        int count = data.count("invoices");
        long[] deals = data.shared("deals");
        if (count == 0 || deals.length == 0) {
            new GeneratedPayments(0, 0).share(data);
            return;
        }
        InvoicesContext context = InvoicesContext.of(data, GeneratedLines.of(data, catalog, taxRates, InvoiceDraw.CURRENCY.value()),
                new GeneratedBilledParties(data, data.shared("deals.company"), data.shared("deals.contact")),
                data.random("invoices").nextLong(), count, LocalDate.ofInstant(data.now(), ZoneOffset.UTC));
        long first = data.nextId("billing_invoices");
        GeneratedPayments payments = new GeneratedPayments(data.nextId("billing_transactions"), count);
        int documents = context.invoices();
        List<CreditNote> notes = new ArrayList<>();
        TreeMap<Integer, Long> invoiceSequences = new TreeMap<>();
        TreeMap<Integer, Long> noteSequences = new TreeMap<>();
        String invoicePattern = sellers.numberPattern(DocumentNumbers.INVOICES);
        String notePattern = sellers.numberPattern(DocumentNumbers.CREDIT_NOTES);
        try (BulkTable invoices = context.invoicesTable()) {
            for (int i = 0; i < documents; i++) {
                InvoiceDraw invoice = draw(context, i);
                int deal = context.deal(i);
                long id = first + i;
                BilledParty billed = context.billed(deal);
                Long sequence = invoice.issued() ? invoiceSequences.merge(invoice.day.getYear(), 1L, Long::sum) : null;
                String number = sequence == null ? null : NumberPattern.format(invoicePattern, invoice.day.getYear(), sequence);
                BigDecimal gross = invoice.amounts.gross();
                BigDecimal paid = BigDecimal.valueOf(invoice.paidCents(), 2);
                BigDecimal credited = invoice.status == InvoiceStatus.VOID ? gross : BigDecimal.ZERO;
                Instant voidedAt = invoice.status == InvoiceStatus.VOID ? InvoiceDraw.before(data.now(),
                        invoice.creditedOn.atTime(11, 0).toInstant(ZoneOffset.UTC)) : null;
                invoices.row(id, 0, InvoiceKind.INVOICE, null, invoice.status, sequence == null ? null : DocumentNumbers.INVOICES,
                        sequence == null ? null : invoice.day.getYear(), sequence, number, invoice.issued() ? invoice.day : null,
                        invoice.issuedAt, invoice.dueOn, invoice.termDays, InvoiceDraw.CURRENCY.value(), "en", invoice.documentDiscount,
                        invoice.amounts.net(), invoice.amounts.tax(), gross, paid, credited, context.company(deal), context.contact(deal),
                        billed.name(), GeneratedBilledParties.addressText(billed), billed.taxId(), billed.email(), deals[deal], null, TERMS,
                        null, invoice.status == InvoiceStatus.VOID ? VOID_REASON : null, voidedAt, context.owner(deal),
                        context.team(deal), invoice.reminderLevel, invoice.lastReminderOn, invoice.createdAt,
                        voidedAt != null ? voidedAt : invoice.updatedAt(data.now()), context.owner(deal));
                for (int p = 0; p < invoice.paymentCents.length; p++) {
                    payments.add(id, invoice.paymentCents[p], invoice.paidOn[p], context.company(deal), context.contact(deal),
                            context.owner(deal), context.team(deal), invoice.day.getYear(), sequence);
                }
                if (invoice.status == InvoiceStatus.VOID) {
                    notes.add(new CreditNote(i, invoice.creditedOn));
                }
            }
            notes.sort(Comparator.comparing(CreditNote::on).thenComparing(CreditNote::index));
            for (int n = 0; n < notes.size(); n++) {
                CreditNote note = notes.get(n);
                InvoiceDraw original = draw(context, note.index());
                DocumentAmounts amounts = creditNoteAmounts(original);
                int deal = context.deal(note.index());
                BilledParty billed = context.billed(deal);
                long sequence = noteSequences.merge(note.on().getYear(), 1L, Long::sum);
                Instant at = InvoiceDraw.before(data.now(), note.on().atTime(11, 0).toInstant(ZoneOffset.UTC));
                invoices.row(first + documents + n, 0, InvoiceKind.CREDIT_NOTE, first + note.index(), InvoiceStatus.PAID,
                        DocumentNumbers.CREDIT_NOTES, note.on().getYear(), sequence,
                        NumberPattern.format(notePattern, note.on().getYear(), sequence), note.on(), at, note.on(), 0,
                        InvoiceDraw.CURRENCY.value(), "en", original.documentDiscount, amounts.net(), amounts.tax(), amounts.gross(),
                        BigDecimal.ZERO, amounts.gross(), context.company(deal), context.contact(deal), billed.name(),
                        GeneratedBilledParties.addressText(billed), billed.taxId(), billed.email(), deals[deal], null, null, null, null,
                        null, context.owner(deal), context.team(deal), 0, null, at, at, context.owner(deal));
            }
        }
        new InvoiceLinesWriter(data, first).write(context, notes.stream().mapToInt(CreditNote::index).toArray());
        payments.writeApplied(data);
        try (BulkTable series = data.table("billing_number_series", "series", "year", "last_sequence")) {
            invoiceSequences.forEach((year, last) -> series.row(DocumentNumbers.INVOICES, year, last));
            noteSequences.forEach((year, last) -> series.row(DocumentNumbers.CREDIT_NOTES, year, last));
        }
        payments.share(data);
    }

    /** The credit note for all of an invoice: its lines with the quantities negated, and its document discount. */
    static DocumentAmounts creditNoteAmounts(InvoiceDraw original) {
        return DocumentCalculator.calculate(InvoiceDraw.CURRENCY, negated(original.lines).stream().map(ResolvedLine::priced).toList(),
                original.documentDiscount);
    }

    static List<ResolvedLine> negated(List<ResolvedLine> lines) {
        return lines.stream().map(line -> new ResolvedLine(line.productId(), line.description(), line.quantity().negate(), line.unit(),
                line.unitPrice(), line.discountPercent(), line.taxRateId(), line.taxName(), line.taxPercent(), line.taxIncluded()))
                .toList();
    }

    static InvoiceDraw draw(InvoicesContext context, int index) {
        SplittableRandom random = new SplittableRandom(context.seed() ^ (index * MIX + 0x94D049BB133111EBL));
        LocalDate day = context.today().minusDays(DAYS - (long) index * DAYS / Math.max(1, context.invoices() - 1));
        return new InvoiceDraw(random, context.lines(), day, context.data().now(), context.voided(index));
    }

    /** A void invoice's credit note, by the invoice's index. */
    private record CreditNote(int index, LocalDate on) {
    }

    /** Writes every invoice's lines, then the credit notes' (the originals' lines negated). */
    private record InvoiceLinesWriter(BulkData data, long first) {

        void write(InvoicesContext context, int[] creditedIndexes) {
            long lineId = data.nextId("billing_invoice_lines");
            try (BulkTable lines = data.table("billing_invoice_lines", "id", "invoice_id", "position", "product_id", "description",
                    "quantity", "unit", "unit_price", "discount_percent", "tax_rate_id", "tax_name", "tax_percent", "tax_included",
                    "list_amount", "discount_amount", "amount")) {
                for (int i = 0; i < context.invoices(); i++) {
                    InvoiceDraw invoice = draw(context, i);
                    lineId = rows(lines, lineId, first + i, invoice.lines, invoice.amounts);
                }
                for (int n = 0; n < creditedIndexes.length; n++) {
                    InvoiceDraw original = draw(context, creditedIndexes[n]);
                    lineId = rows(lines, lineId, first + context.invoices() + n, negated(original.lines), creditNoteAmounts(original));
                }
            }
        }

        private static long rows(BulkTable table, long lineId, long invoiceId, List<ResolvedLine> lines, DocumentAmounts amounts) {
            for (int j = 0; j < lines.size(); j++) {
                ResolvedLine line = lines.get(j);
                LineAmounts figures = amounts.lines().get(j);
                table.row(lineId++, invoiceId, (j + 1) * 10, line.productId(), line.description(), line.quantity(), line.unit(),
                        line.unitPrice(), line.discountPercent(), line.taxRateId(), line.taxName(), line.taxPercent(), line.taxIncluded(),
                        figures.listAmount(), figures.discount(), figures.amount());
            }
            return lineId;
        }
    }
}
