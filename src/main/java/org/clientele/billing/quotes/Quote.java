package org.clientele.billing.quotes;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clientele.billing.BillingParty;
import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.shared.ConflictException;
import org.clientele.shared.CurrencyCode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A quotation, one revision of it. It guards its own life: only a draft takes changes; a sent one
 * is answered once (accepted or declined), expires, or is superseded by a new revision; an
 * accepted one becomes one invoice.
 */
@Entity
@Table(name = "billing_quotes")
@Audited
class Quote {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String number;

    private int revision;

    private Long previousRevisionId;

    private String status;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;

    private String language;

    private LocalDate issueDate;

    private LocalDate validUntil;

    private BigDecimal documentDiscountPercent;

    private BigDecimal netTotal;

    private BigDecimal taxTotal;

    private BigDecimal grossTotal;

    private Long companyId;

    private Long contactId;

    private Long dealId;

    private Long invoiceId;

    private String terms;

    private String notes;

    private long ownerId;

    private Long teamId;

    private Instant sentAt;

    private String sentTo;

    private Instant decidedAt;

    private String decidedByName;

    private String decidedFromAddress;

    private String declineReason;

    private String linkNonce;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    @NotAudited
    private Long createdBy;

    protected Quote() {
    }

    /** A first revision, as a draft with the number just taken. */
    Quote(String number, QuoteForm form, DocumentAmounts amounts, Long createdBy, Instant now) {
        this.number = number;
        this.revision = 1;
        this.status = QuoteStatus.DRAFT.name();
        this.createdAt = now;
        this.createdBy = createdBy;
        this.linkNonce = freshNonce();
        apply(form, amounts);
    }

    /** The next revision of a quotation, as a draft with the same fields; the lines are copied beside it. */
    Quote nextRevision(Long createdBy, LocalDate today, int validityDays, Instant now) {
        Quote next = new Quote();
        next.number = number;
        next.revision = revision + 1;
        next.previousRevisionId = id;
        next.status = QuoteStatus.DRAFT.name();
        next.currency = currency;
        next.language = language;
        next.issueDate = today;
        next.validUntil = today.plusDays(validityDays);
        next.documentDiscountPercent = documentDiscountPercent;
        next.netTotal = netTotal;
        next.taxTotal = taxTotal;
        next.grossTotal = grossTotal;
        next.companyId = companyId;
        next.contactId = contactId;
        next.dealId = dealId;
        next.terms = terms;
        next.notes = notes;
        next.ownerId = ownerId;
        next.teamId = teamId;
        next.linkNonce = freshNonce();
        next.createdAt = now;
        next.updatedAt = now;
        next.createdBy = createdBy;
        return next;
    }

    /** Takes over a checked form and the amounts its lines come to. */
    void apply(QuoteForm form, DocumentAmounts amounts) {
        requireStatus(QuoteStatus.DRAFT, "quotes.conflict.not-draft");
        this.currency = form.currency();
        this.language = form.language();
        this.issueDate = form.issueDate();
        this.validUntil = form.validUntil();
        this.documentDiscountPercent = form.documentDiscountPercent();
        this.companyId = form.companyId();
        this.contactId = form.contactId();
        this.dealId = form.dealId();
        this.terms = form.terms();
        this.notes = form.notes();
        this.ownerId = form.ownerId();
        this.teamId = form.teamId();
        this.netTotal = amounts.net();
        this.taxTotal = amounts.tax();
        this.grossTotal = amounts.gross();
        touch();
    }

    void send(String to, Instant at) {
        requireStatus(QuoteStatus.DRAFT, "quotes.conflict.not-draft");
        this.status = QuoteStatus.SENT.name();
        this.sentAt = at;
        this.sentTo = to;
        touch();
    }

    /** The customer's answer: accepted or declined, by whom, when and from where. */
    void decide(QuoteStatus answer, String byName, String fromAddress, String reason, Instant at) {
        requireStatus(QuoteStatus.SENT, "quotes.conflict.not-open");
        this.status = answer.name();
        this.decidedAt = at;
        this.decidedByName = byName;
        this.decidedFromAddress = fromAddress;
        this.declineReason = reason;
        touch();
    }

    void expire() {
        requireStatus(QuoteStatus.SENT, "quotes.conflict.not-open");
        this.status = QuoteStatus.EXPIRED.name();
        touch();
    }

    void supersede() {
        if (!getStatus().revisable()) {
            throw new ConflictException("quotes.conflict.not-revisable", List.of());
        }
        this.status = QuoteStatus.SUPERSEDED.name();
        touch();
    }

    /** Back to what it was before its newer revision, which was deleted as a draft. */
    void reinstate(LocalDate today) {
        requireStatus(QuoteStatus.SUPERSEDED, "quotes.conflict.not-superseded");
        QuoteStatus before = decidedAt != null ? QuoteStatus.DECLINED
                : validUntil.isBefore(today) ? QuoteStatus.EXPIRED : QuoteStatus.SENT;
        this.status = before.name();
        touch();
    }

    void invoiced(long invoiceId) {
        requireStatus(QuoteStatus.ACCEPTED, "quotes.conflict.not-accepted");
        if (this.invoiceId != null) {
            throw new ConflictException("quotes.conflict.invoiced", List.of(Long.toString(this.invoiceId)));
        }
        this.invoiceId = invoiceId;
        touch();
    }

    void companyMerged(long survivorId) {
        this.companyId = survivorId;
        touch();
    }

    void contactMerged(long survivorId) {
        this.contactId = survivorId;
        touch();
    }

    private void requireStatus(QuoteStatus expected, String messageCode) {
        if (getStatus() != expected) {
            throw new ConflictException(messageCode, List.of());
        }
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    private static String freshNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    QuoteView toView(List<QuoteLineView> lines, DocumentAmounts amounts, List<QuoteRevision> revisions) {
        return new QuoteView(id, version, number, revision, previousRevisionId, getStatus(), CurrencyCode.of(currency), language,
                issueDate, validUntil, documentDiscountPercent, party(), dealId, invoiceId, terms, notes, ownerId, teamId, sentAt,
                sentTo, decidedAt, decidedByName, decidedFromAddress, declineReason, lines, amounts, revisions, createdAt,
                updatedAt, createdBy);
    }

    QuoteRevision toRevision() {
        return new QuoteRevision(id, revision, getStatus(), issueDate, grossTotal, createdAt);
    }

    BillingParty party() {
        return companyId == null && contactId == null ? null : new BillingParty(companyId, contactId);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getNumber() {
        return number;
    }

    int getRevision() {
        return revision;
    }

    Long getPreviousRevisionId() {
        return previousRevisionId;
    }

    QuoteStatus getStatus() {
        return QuoteStatus.valueOf(status);
    }

    CurrencyCode getCurrency() {
        return CurrencyCode.of(currency);
    }

    String getLanguage() {
        return language;
    }

    LocalDate getValidUntil() {
        return validUntil;
    }

    BigDecimal getDocumentDiscountPercent() {
        return documentDiscountPercent;
    }

    BigDecimal getGrossTotal() {
        return grossTotal;
    }

    Long getCompanyId() {
        return companyId;
    }

    Long getContactId() {
        return contactId;
    }

    Long getDealId() {
        return dealId;
    }

    Long getInvoiceId() {
        return invoiceId;
    }

    String getTerms() {
        return terms;
    }

    String getNotes() {
        return notes;
    }

    long getOwnerId() {
        return ownerId;
    }

    Long getTeamId() {
        return teamId;
    }

    String getLinkNonce() {
        return linkNonce;
    }
}
