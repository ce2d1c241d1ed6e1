package org.clientele.billing.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** One movement of money in the ledger. It is recorded once and deleted, never changed. */
@Entity
@Table(name = "billing_transactions")
@Audited
class LedgerTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private TransactionDirection direction;

    @Enumerated(EnumType.STRING)
    private TransactionKind kind;

    private Long companyId;

    private Long contactId;

    private Long employeeUserId;

    private String payeeName;

    private Long categoryId;

    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;

    private LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    private String reference;

    private Long invoiceId;

    private BigDecimal invoiceAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String invoiceCurrency;

    private BigDecimal exchangeDifference;

    private String notes;

    private long ownerId;

    private Long teamId;

    @NotAudited
    private Long createdBy;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected LedgerTransaction() {
    }

    /** A transaction with the fields of a checked form; the direction is the kind's, or the form's for {@code OTHER}. */
    LedgerTransaction(TransactionForm form, BillingCounterparty party, long ownerId, Long teamId, long createdBy, Instant now) {
        this.kind = form.kind();
        this.direction = form.kind().fixedDirection() != null ? form.kind().fixedDirection() : form.direction();
        this.companyId = party.companyId();
        this.contactId = party.contactId();
        this.employeeUserId = form.employeeUserId();
        this.payeeName = form.payeeName();
        this.categoryId = form.categoryId();
        this.amount = form.amount();
        this.currency = CurrencyCode.of(form.currency()).value();
        this.paidOn = form.paidOn();
        this.method = form.method();
        this.reference = form.reference();
        this.invoiceId = form.invoiceId();
        this.notes = form.notes();
        this.ownerId = ownerId;
        this.teamId = teamId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Notes what the payment paid off its invoice, in the invoice's currency. */
    void settle(InvoiceSettlement settlement) {
        this.invoiceAmount = settlement.applied().amount();
        this.invoiceCurrency = settlement.applied().currency().value();
        this.exchangeDifference = settlement.exchangeDifference() == null ? null : settlement.exchangeDifference().amount();
    }

    Long getId() {
        return id;
    }

    long getOwnerId() {
        return ownerId;
    }

    Long getTeamId() {
        return teamId;
    }

    TransactionView view() {
        CurrencyCode invoiceCode = invoiceCurrency == null ? null : CurrencyCode.of(invoiceCurrency);
        return new TransactionView(id, direction, kind, companyId, contactId, employeeUserId, payeeName, categoryId,
                new Money(amount, CurrencyCode.of(currency)), paidOn, method, reference, invoiceId,
                invoiceAmount == null ? null : new Money(invoiceAmount, invoiceCode),
                exchangeDifference == null ? null : new Money(exchangeDifference, invoiceCode), notes, ownerId, teamId, createdBy,
                version, createdAt);
    }
}
