package org.clientele.billing.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkTable;

/**
 * The payments generated invoices received, with ids taken ahead for the ledger's transactions:
 * applied to their invoices here, shared for the ledger to record.
 */
final class GeneratedPayments {

    private final long firstId;
    private int size;
    private long[] invoices;
    private long[] cents;
    private long[] days;
    private long[] companies;
    private long[] contacts;
    private long[] owners;
    private long[] teams;
    private long[] numberYears;
    private long[] numberSequences;

    GeneratedPayments(long firstId, int expected) {
        this.firstId = firstId;
        int capacity = Math.max(16, expected);
        invoices = new long[capacity];
        cents = new long[capacity];
        days = new long[capacity];
        companies = new long[capacity];
        contacts = new long[capacity];
        owners = new long[capacity];
        teams = new long[capacity];
        numberYears = new long[capacity];
        numberSequences = new long[capacity];
    }

    void add(long invoiceId, long amountCents, LocalDate paidOn, Long companyId, Long contactId, long ownerId, Long teamId, int numberYear,
            Long numberSequence) {
        if (size == invoices.length) {
            grow();
        }
        invoices[size] = invoiceId;
        cents[size] = amountCents;
        days[size] = paidOn.toEpochDay();
        companies[size] = companyId == null ? 0 : companyId;
        contacts[size] = contactId == null ? 0 : contactId;
        owners[size] = ownerId;
        teams[size] = teamId == null ? 0 : teamId;
        numberYears[size] = numberYear;
        numberSequences[size] = numberSequence == null ? 0 : numberSequence;
        size++;
    }

    /** The invoices' side of each payment, as the ledger applies one. */
    void writeApplied(BulkData data) {
        try (BulkTable applied = data.table("billing_invoice_payments", "invoice_id", "payment_id", "amount", "paid_on", "applied_at")) {
            for (int i = 0; i < size; i++) {
                LocalDate paidOn = LocalDate.ofEpochDay(days[i]);
                var at = paidOn.atTime(10, 0).toInstant(ZoneOffset.UTC);
                applied.row(invoices[i], firstId + i, BigDecimal.valueOf(cents[i], 2), paidOn, at.isAfter(data.now()) ? data.now() : at);
            }
        }
    }

    void share(BulkData data) {
        long[] ids = new long[size];
        for (int i = 0; i < size; i++) {
            ids[i] = firstId + i;
        }
        data.share("payments", ids);
        data.share("payments.invoice", Arrays.copyOf(invoices, size));
        data.share("payments.amount", Arrays.copyOf(cents, size));
        data.share("payments.paidOn", Arrays.copyOf(days, size));
        data.share("payments.company", Arrays.copyOf(companies, size));
        data.share("payments.contact", Arrays.copyOf(contacts, size));
        data.share("payments.owner", Arrays.copyOf(owners, size));
        data.share("payments.team", Arrays.copyOf(teams, size));
        data.share("payments.numberYear", Arrays.copyOf(numberYears, size));
        data.share("payments.numberSequence", Arrays.copyOf(numberSequences, size));
    }

    private void grow() {
        int capacity = invoices.length * 2;
        invoices = Arrays.copyOf(invoices, capacity);
        cents = Arrays.copyOf(cents, capacity);
        days = Arrays.copyOf(days, capacity);
        companies = Arrays.copyOf(companies, capacity);
        contacts = Arrays.copyOf(contacts, capacity);
        owners = Arrays.copyOf(owners, capacity);
        teams = Arrays.copyOf(teams, capacity);
        numberYears = Arrays.copyOf(numberYears, capacity);
        numberSequences = Arrays.copyOf(numberSequences, capacity);
    }
}
