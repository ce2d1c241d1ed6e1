package org.clientele.billing.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.billing.pricing.DocumentCalculator;
import org.clientele.billing.pricing.GeneratedLines;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.shared.CurrencyCode;

/**
 * One generated invoice, drawn so that its state fits its dates and its payments: recent drafts;
 * issued ones not yet due, some partly or fully paid; older ones mostly paid, the rest overdue with
 * the reminders they have reached; a few voided by a credit note.
 */
final class InvoiceDraw {

    static final CurrencyCode CURRENCY = CurrencyCode.of("EUR");
    private static final int[] REMINDER_DAYS = {7, 14, 30};
    private static final BigDecimal[] DOCUMENT_DISCOUNTS = {new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("5")};

    final LocalDate day;
    final InvoiceStatus status;
    final int termDays;
    final LocalDate dueOn;
    final Instant createdAt;
    final Instant issuedAt;
    final BigDecimal documentDiscount;
    final List<ResolvedLine> lines;
    final DocumentAmounts amounts;
    /** Payments in cents and the days they were paid, oldest first. */
    final long[] paymentCents;
    final LocalDate[] paidOn;
    final int reminderLevel;
    final LocalDate lastReminderOn;
    /** For a void invoice: the day of the credit note that settled it. */
    final LocalDate creditedOn;

    /** @param voided whether a credit note voided it (decided apart, so the number of credit notes is known ahead) */
    InvoiceDraw(SplittableRandom random, GeneratedLines lineSource, LocalDate day, Instant now, boolean voided) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.day = day;
        long age = ChronoUnit.DAYS.between(day, today);
        termDays = random.nextInt(10) < 7 ? 14 : 30;
        documentDiscount = random.nextInt(100) < 6 ? DOCUMENT_DISCOUNTS[random.nextInt(DOCUMENT_DISCOUNTS.length)] : null;
        lines = lineSource.draw(random);
        amounts = DocumentCalculator.calculate(CURRENCY, lines.stream().map(ResolvedLine::priced).toList(), documentDiscount);
        createdAt = before(now, day.atTime(8, 0).toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(8 * 3600)));
        int roll = random.nextInt(100);
        long gross = amounts.gross().movePointRight(2).longValueExact();
        if (!voided && age <= 30 && roll < 30) {
            status = InvoiceStatus.DRAFT;
            dueOn = null;
            issuedAt = null;
            creditedOn = null;
            paymentCents = new long[0];
            paidOn = new LocalDate[0];
            reminderLevel = 0;
            lastReminderOn = null;
            return;
        }
        issuedAt = before(now, createdAt.plusSeconds(300 + random.nextInt(4 * 3600)));
        dueOn = day.plusDays(termDays);
        boolean due = dueOn.isBefore(today);
        int state = random.nextInt(100);
        if (voided) {
            status = InvoiceStatus.VOID;
            LocalDate credited = day.plusDays(1 + random.nextInt(10));
            creditedOn = credited.isAfter(today) ? today : credited;
            paymentCents = new long[0];
        }
        else if (!due) {
            status = state < 45 ? InvoiceStatus.ISSUED : state < 70 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.PAID;
            creditedOn = null;
            paymentCents = payments(random, gross, status);
        }
        else {
            boolean unpaid = state < (age <= 90 ? 30 : 4);
            InvoiceStatus overdue = unpaid ? InvoiceStatus.OVERDUE : InvoiceStatus.PAID;
            status = overdue;
            creditedOn = null;
            paymentCents = payments(random, gross, unpaid && random.nextInt(10) < 3 ? InvoiceStatus.PARTIALLY_PAID
                    : unpaid ? InvoiceStatus.OVERDUE : InvoiceStatus.PAID);
        }
        paidOn = new LocalDate[paymentCents.length];
        LocalDate from = day;
        for (int i = 0; i < paidOn.length; i++) {
            long latest = Math.max(0, ChronoUnit.DAYS.between(from, today));
            long within = status == InvoiceStatus.PAID ? Math.min(latest, termDays + 15) : latest;
            paidOn[i] = from.plusDays(random.nextLong(within + 1));
            from = paidOn[i];
        }
        int level = 0;
        if (status == InvoiceStatus.OVERDUE) {
            long late = ChronoUnit.DAYS.between(dueOn, today);
            for (int i = 0; i < REMINDER_DAYS.length; i++) {
                level = late >= REMINDER_DAYS[i] ? i + 1 : level;
            }
        }
        reminderLevel = level;
        lastReminderOn = level == 0 ? null : dueOn.plusDays(REMINDER_DAYS[level - 1]);
    }

    boolean issued() {
        return status != InvoiceStatus.DRAFT;
    }

    long paidCents() {
        long sum = 0;
        for (long cents : paymentCents) {
            sum += cents;
        }
        return sum;
    }

    /** When it last changed: its last payment, reminder, credit note or its issue. */
    Instant updatedAt(Instant now) {
        LocalDate last = creditedOn != null ? creditedOn : paidOn.length > 0 ? paidOn[paidOn.length - 1] : null;
        if (lastReminderOn != null && (last == null || lastReminderOn.isAfter(last))) {
            last = lastReminderOn;
        }
        Instant issued = issuedAt != null ? issuedAt : createdAt;
        Instant at = last == null ? issued : before(now, last.atTime(10, 0).toInstant(ZoneOffset.UTC));
        return at.isBefore(issued) ? issued : at;
    }

    /** All of it in one or two payments, part of it in one, or nothing. */
    private static long[] payments(SplittableRandom random, long gross, InvoiceStatus status) {
        return switch (status) {
            case PAID -> {
                if (gross < 2 || random.nextInt(100) < 85) {
                    yield new long[] {gross};
                }
                long first = gross * (30 + random.nextInt(41)) / 100;
                yield new long[] {first, gross - first};
            }
            case PARTIALLY_PAID -> new long[] {Math.max(1, Math.min(gross - 1, gross * (20 + random.nextInt(61)) / 100))};
            default -> new long[0];
        };
    }

    static Instant before(Instant now, Instant at) {
        Instant latest = now.minusSeconds(60);
        return at.isAfter(latest) ? latest : at;
    }
}
