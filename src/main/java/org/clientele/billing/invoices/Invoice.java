package org.clientele.billing.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clientele.billing.BillingParty;
import org.clientele.billing.numbering.DocumentNumber;
import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.billing.pricing.DocumentCalculator;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.shared.ConflictException;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * An invoice or credit note. Only a draft takes new contents ({@link #replace}); issuing freezes
 * the lines, the totals and the billed party, and from then on only what money and reminders do
 * to it changes: payments, credits, the status they give, voiding.
 */
@Entity
@Table(name = "billing_invoices")
@Audited
class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private InvoiceKind kind;

    private Long creditedInvoiceId;

    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;

    private String series;

    private Integer numberYear;

    @Column(name = "number_seq")
    private Long numberSequence;

    private String number;

    private LocalDate issuedOn;

    private Instant issuedAt;

    private LocalDate dueOn;

    private Integer paymentTermDays;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;

    private String language;

    private BigDecimal documentDiscountPercent;

    private BigDecimal netTotal;

    private BigDecimal taxTotal;

    private BigDecimal grossTotal;

    private BigDecimal paidTotal = BigDecimal.ZERO;

    private BigDecimal creditedTotal = BigDecimal.ZERO;

    private Long companyId;

    private Long contactId;

    private String billedName;

    private String billedAddress;

    private String billedTaxId;

    private String billedEmail;

    private Long dealId;

    private Long quoteId;

    private String terms;

    private String notes;

    private String voidReason;

    private Instant voidedAt;

    private long ownerId;

    private Long teamId;

    private int reminderLevel;

    private LocalDate lastReminderOn;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    @NotAudited
    private Long createdBy;

    protected Invoice() {
    }

    Invoice(InvoiceKind kind, Long creditedInvoiceId, long ownerId, Long teamId, Long createdBy, Instant now) {
        this.kind = kind;
        this.creditedInvoiceId = creditedInvoiceId;
        this.status = InvoiceStatus.DRAFT;
        this.ownerId = ownerId;
        this.teamId = teamId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes over a checked draft with its resolved lines; only a draft may. */
    void replace(InvoiceDraft draft, List<ResolvedLine> resolved, BilledParty billed) {
        requireDraft();
        this.currency = draft.currency().value();
        this.language = draft.language();
        this.documentDiscountPercent = draft.documentDiscountPercent();
        this.paymentTermDays = draft.paymentTermDays();
        this.companyId = draft.party().companyId();
        this.contactId = draft.party().contactId();
        this.dealId = draft.dealId();
        this.quoteId = draft.quoteId();
        this.terms = draft.terms();
        this.notes = draft.notes();
        DocumentAmounts amounts = DocumentCalculator.calculate(draft.currency(), resolved.stream().map(ResolvedLine::priced).toList(),
                documentDiscountPercent);
        lines.clear();
        for (int i = 0; i < resolved.size(); i++) {
            lines.add(new InvoiceLine(this, (i + 1) * 10, resolved.get(i), amounts.lines().get(i)));
        }
        this.netTotal = amounts.net();
        this.taxTotal = amounts.tax();
        this.grossTotal = amounts.gross();
        bill(billed);
        touch();
    }

    /** Gives the draft its number and dates and freezes who it is billed to. */
    void issue(DocumentNumber documentNumber, LocalDate on, int termDays, BilledParty billed, Instant now) {
        requireDraft();
        this.series = documentNumber.series();
        this.numberYear = documentNumber.year();
        this.numberSequence = documentNumber.sequence();
        this.number = documentNumber.text();
        this.issuedOn = on;
        this.issuedAt = now;
        this.paymentTermDays = termDays;
        this.dueOn = on.plusDays(termDays);
        this.status = InvoiceStatus.ISSUED;
        bill(billed);
        touch();
    }

    /** Adds a payment (negative on a credit note: a refund paid out) and sets the status it gives. */
    void pay(BigDecimal amount, LocalDate today) {
        this.paidTotal = paidTotal.add(amount);
        settle(today);
    }

    /** Adds what a credit note takes off (an invoice) or settles of its invoice (a credit note, negative). */
    void credit(BigDecimal amount, LocalDate today) {
        this.creditedTotal = creditedTotal.add(amount);
        settle(today);
    }

    void markVoid(String reason, Instant now) {
        this.status = InvoiceStatus.VOID;
        this.voidReason = reason;
        this.voidedAt = now;
        touch();
    }

    void markOverdue() {
        this.status = InvoiceStatus.OVERDUE;
        touch();
    }

    void reminded(int level, LocalDate on) {
        this.reminderLevel = level;
        this.lastReminderOn = on;
        touch();
    }

    /** Paid once nothing is outstanding; past its due date overdue; else partly paid or issued. */
    private void settle(LocalDate today) {
        if (outstanding().signum() == 0) {
            status = InvoiceStatus.PAID;
        }
        else if (dueOn != null && dueOn.isBefore(today)) {
            status = InvoiceStatus.OVERDUE;
        }
        else {
            status = paidTotal.signum() == 0 && creditedTotal.signum() == 0 ? InvoiceStatus.ISSUED : InvoiceStatus.PARTIALLY_PAID;
        }
        touch();
    }

    void requireDraft() {
        if (status != InvoiceStatus.DRAFT) {
            throw new ConflictException("invoices.conflict.issued", List.of(String.valueOf(id)));
        }
    }

    BigDecimal outstanding() {
        return grossTotal.subtract(paidTotal).subtract(creditedTotal);
    }

    private void bill(BilledParty billed) {
        this.billedName = billed.name();
        this.billedAddress = billed.addressLines().isEmpty() ? null : String.join("\n", billed.addressLines());
        this.billedTaxId = billed.taxId();
        this.billedEmail = billed.email();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    InvoiceView toView() {
        CurrencyCode code = getCurrency();
        List<ResolvedLine> resolved = lines.stream().map(InvoiceLine::resolved).toList();
        DocumentAmounts amounts = DocumentCalculator.calculate(code, resolved.stream().map(ResolvedLine::priced).toList(),
                documentDiscountPercent);
        return new InvoiceView(id, version, kind, status, creditedInvoiceId, number, issuedOn, dueOn, paymentTermDays, code, language,
                documentDiscountPercent, getParty(), getBilled(), dealId, quoteId, terms, notes, resolved, amounts,
                money(grossTotal), money(paidTotal), money(creditedTotal), money(outstanding()), ownerId, teamId, reminderLevel,
                lastReminderOn, voidReason, issuedAt, createdAt, updatedAt);
    }

    InvoiceBalance toBalance() {
        return new InvoiceBalance(id, number, kind, status, getParty(), money(grossTotal), money(paidTotal), money(outstanding()),
                issuedOn, dueOn);
    }

    /** Every stored amount is at the currency's minor unit; the columns keep four decimals. */
    private Money money(BigDecimal amount) {
        return new Money(amount, getCurrency()).rounded();
    }

    BilledParty getBilled() {
        return new BilledParty(billedName, billedAddress == null ? List.of() : Arrays.asList(billedAddress.split("\n")), billedTaxId,
                billedEmail);
    }

    BillingParty getParty() {
        return companyId == null && contactId == null ? null : new BillingParty(companyId, contactId);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    InvoiceKind getKind() {
        return kind;
    }

    InvoiceStatus getStatus() {
        return status;
    }

    String getNumber() {
        return number;
    }

    CurrencyCode getCurrency() {
        return CurrencyCode.of(currency);
    }

    String getLanguage() {
        return language;
    }

    Integer getPaymentTermDays() {
        return paymentTermDays;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    BigDecimal getGrossTotal() {
        return grossTotal;
    }

    BigDecimal getPaidTotal() {
        return paidTotal;
    }

    BigDecimal getCreditedTotal() {
        return creditedTotal;
    }

    Long getCreditedInvoiceId() {
        return creditedInvoiceId;
    }

    Long getCompanyId() {
        return companyId;
    }

    Long getContactId() {
        return contactId;
    }

    long getOwnerId() {
        return ownerId;
    }

    Long getTeamId() {
        return teamId;
    }

    int getReminderLevel() {
        return reminderLevel;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }
}
