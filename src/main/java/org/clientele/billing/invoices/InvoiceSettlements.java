package org.clientele.billing.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.clientele.billing.BillingParty;
import org.clientele.shared.ConflictException;
import org.clientele.shared.Money;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How ledger payments settle invoices ({@link InvoicePayments}). The invoice's row is locked for
 * the caller's transaction, so concurrent payments on one invoice take turns and none is lost. A
 * payment counts once per invoice (by its id). On a credit note amounts are negative: a refund
 * paid out. These reads and writes act for the system; the ledger decides who may do what.
 */
@Service
class InvoiceSettlements implements InvoicePayments {

    static final String RECORD_TYPE = "Invoice";

    private final Invoices invoices;
    private final AppliedPayments applied;
    private final InvoiceQueries queries;
    private final ApplicationEventPublisher events;

    InvoiceSettlements(Invoices invoices, AppliedPayments applied, InvoiceQueries queries, ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.applied = applied;
        this.queries = queries;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InvoiceBalance> balance(long invoiceId) {
        return invoices.findById(invoiceId).map(Invoice::toBalance);
    }

    @Override
    @Transactional
    public InvoiceBalance applyPayment(long invoiceId, long paymentId, Money amount, LocalDate paidOn) {
        Invoice invoice = locked(invoiceId);
        requireSettleable(invoice, amount);
        BigDecimal outstanding = invoice.outstanding();
        if (amount.amount().signum() == 0 || amount.amount().signum() != outstanding.signum()
                || amount.amount().abs().compareTo(outstanding.abs()) > 0) {
            throw new ConflictException("invoices.conflict.overpaid", List.of(String.valueOf(invoiceId)));
        }
        if (applied.existsById(new AppliedPayment.Key(invoiceId, paymentId))) {
            throw new ConflictException("invoices.conflict.payment-applied", List.of(String.valueOf(paymentId)));
        }
        Instant now = Instant.now();
        applied.save(new AppliedPayment(invoiceId, paymentId, amount.amount(), paidOn, now));
        invoice.pay(amount.amount(), today());
        invoices.flush();
        if (invoice.getStatus() == InvoiceStatus.PAID) {
            events.publishEvent(new InvoicePaid(invoiceId, invoice.getNumber(), invoice.getCompanyId(), invoice.getContactId(),
                    new Money(invoice.getGrossTotal(), invoice.getCurrency()), now));
        }
        return invoice.toBalance();
    }

    @Override
    @Transactional
    public InvoiceBalance withdrawPayment(long invoiceId, long paymentId, Money amount) {
        Invoice invoice = locked(invoiceId);
        requireSettleable(invoice, amount);
        AppliedPayment payment = applied.findById(new AppliedPayment.Key(invoiceId, paymentId))
                .filter(found -> found.getAmount().compareTo(amount.amount()) == 0)
                .orElseThrow(() -> new ConflictException("invoices.conflict.payment-unknown", List.of(String.valueOf(paymentId))));
        applied.delete(payment);
        invoice.pay(amount.amount().negate(), today());
        invoices.flush();
        return invoice.toBalance();
    }

    @Override
    @Transactional(readOnly = true)
    public List<InvoiceBalance> openFor(BillingParty party) {
        return invoices.findAllById(queries.openFor(party)).stream().map(Invoice::toBalance)
                .sorted(Comparator.comparing(InvoiceBalance::dueOn).thenComparing(InvoiceBalance::id)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<InvoiceBalance> recentFor(BillingParty party, int limit) {
        return invoices.findAllById(queries.recentFor(party, limit)).stream().map(Invoice::toBalance)
                .sorted(Comparator.comparing(InvoiceBalance::id).reversed()).toList();
    }

    private Invoice locked(long invoiceId) {
        return invoices.lockById(invoiceId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, invoiceId));
    }

    private static void requireSettleable(Invoice invoice, Money amount) {
        if (invoice.getStatus() == InvoiceStatus.DRAFT || invoice.getStatus() == InvoiceStatus.VOID) {
            throw new ConflictException("invoices.conflict.not-payable", List.of(String.valueOf(invoice.getId())));
        }
        if (!amount.currency().equals(invoice.getCurrency())) {
            throw new ConflictException("invoices.conflict.payment-currency", List.of(String.valueOf(invoice.getId())));
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
