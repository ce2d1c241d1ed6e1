package org.clientele.billing.invoices;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.SplittableRandom;

import org.clientele.billing.pricing.GeneratedLines;
import org.clientele.billing.pricing.PairedDocuments;
import org.clientele.platform.BulkData;
import org.clientele.platform.BulkTable;

/** What every generated invoice is drawn from, and the deal (with its customer, owner and team) each is made for. */
record InvoicesContext(BulkData data, GeneratedLines lines, GeneratedBilledParties parties, long seed, int count, LocalDate today,
        int invoices, BitSet voided) {

    /** One in fifty invoices is voided by a credit note. */
    private static final int VOID_PERCENT = 2;

    /**
     * The context for a planned count of rows: so many invoices, and a credit note for each void
     * one, that the rows come to the count exactly (the last invoice is not voided when its credit
     * note would pass it).
     */
    static InvoicesContext of(BulkData data, GeneratedLines lines, GeneratedBilledParties parties, long seed, int count, LocalDate today) {
        PairedDocuments plan = PairedDocuments.plan(seed, count, VOID_PERCENT);
        return new InvoicesContext(data, lines, parties, seed, count, today, plan.documents(), plan.paired());
    }

    boolean voided(int index) {
        return voided.get(index);
    }

    /** The deal an invoice is made for, drawn apart from the invoice so every pass agrees without drawing it. */
    int deal(int index) {
        return new SplittableRandom(seed - index).nextInt(data.shared("deals").length);
    }

    BilledParty billed(int deal) {
        return parties.of(data.shared("deals.company")[deal], data.shared("deals.contact")[deal]);
    }

    Long company(int deal) {
        return nullIfZero(data.shared("deals.company")[deal]);
    }

    Long contact(int deal) {
        return nullIfZero(data.shared("deals.contact")[deal]);
    }

    long owner(int deal) {
        return data.shared("deals.owner")[deal];
    }

    Long team(int deal) {
        return nullIfZero(data.shared("deals.team")[deal]);
    }

    BulkTable invoicesTable() {
        return data.table("billing_invoices", "id", "version", "kind", "credited_invoice_id", "status", "series", "number_year",
                "number_seq", "number", "issued_on", "issued_at", "due_on", "payment_term_days", "currency", "language",
                "document_discount_percent", "net_total", "tax_total", "gross_total", "paid_total", "credited_total", "company_id",
                "contact_id", "billed_name", "billed_address", "billed_tax_id", "billed_email", "deal_id", "quote_id", "terms", "notes",
                "void_reason", "voided_at", "owner_id", "team_id", "reminder_level", "last_reminder_on", "created_at", "updated_at",
                "created_by");
    }

    private static Long nullIfZero(long id) {
        return id == 0 ? null : id;
    }
}
