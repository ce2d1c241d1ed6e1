package org.clientele.billing.invoices;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.UserTeam;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices and credit notes for the signed-in user, on the ones they may see (owner or team, as
 * for deals); any other answers as missing. Drafts are created, changed and deleted; issuing gives
 * a draft its gapless number and freezes it for good: changing or deleting anything but a draft is
 * a {@link ConflictException}. Mistakes on an issued invoice are corrected by credit notes, and
 * voiding is a credit note for the whole of it.
 */
@Service
public class InvoiceManagement {

    private final Invoices invoices;
    private final DraftInvoices drafts;
    private final InvoiceIssuing issuing;
    private final CreditNotes creditNotes;
    private final RecordVisibility visibility;
    private final TeamDirectory teams;

    InvoiceManagement(Invoices invoices, DraftInvoices drafts, InvoiceIssuing issuing, CreditNotes creditNotes,
            RecordVisibility visibility, TeamDirectory teams) {
        this.invoices = invoices;
        this.drafts = drafts;
        this.issuing = issuing;
        this.creditNotes = creditNotes;
        this.visibility = visibility;
        this.teams = teams;
    }

    /** The user's first team, which a new draft of theirs goes to. */
    @Transactional(readOnly = true)
    public Long teamOf(long userId) {
        return teams.teamsOf(userId).stream().findFirst().map(UserTeam::teamId).orElse(null);
    }

    /**
     * Creates a draft owned by the creator. Its company and contact must be records the signed-in user may see.
     *
     * @throws InvalidInputException naming every field at fault
     */
    @Transactional
    public InvoiceView create(long creatorId, InvoiceDraft draft) {
        return drafts.create(creatorId, draft, true).toView();
    }

    /** The invoice or credit note, if it exists and the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<InvoiceView> find(long id) {
        return invoices.findById(id).filter(this::visible).map(Invoice::toView);
    }

    /** An invoice's number, whoever may see it: for the credit notes that refer to it. */
    @Transactional(readOnly = true)
    public Optional<String> numberOf(long id) {
        return invoices.findById(id).map(Invoice::getNumber);
    }

    /** The credit notes of an invoice, oldest first. */
    @Transactional(readOnly = true)
    public List<InvoiceView> creditNotesOf(long invoiceId) {
        visibleInvoice(invoiceId);
        return invoices.findByCreditedInvoiceIdOrderByIdAsc(invoiceId).stream().map(Invoice::toView).toList();
    }

    /**
     * Replaces a draft's contents.
     *
     * @param expectedVersion the version the change was made from, or {@code null} to skip that check
     * @throws ConflictException once it is issued
     * @throws ObjectOptimisticLockingFailureException if it was changed since the expected version
     */
    @Transactional
    public InvoiceView change(long id, InvoiceDraft draft, Long expectedVersion) {
        Invoice invoice = visibleInvoice(id);
        invoice.requireDraft();
        if (expectedVersion != null && expectedVersion != invoice.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Invoice.class, id);
        }
        drafts.change(invoice, draft);
        return invoice.toView();
    }

    /** @throws ConflictException once it is issued: an issued invoice is kept for good */
    @Transactional
    public void delete(long id) {
        Invoice invoice = visibleInvoice(id);
        invoice.requireDraft();
        invoices.delete(invoice);
    }

    /**
     * Issues a draft today (UTC): the next number of its series, the due date after its payment
     * term (or the seller's), and the billed party's name and address as they are now.
     *
     * @throws ConflictException if it is not a draft
     */
    @Transactional
    public InvoiceView issue(long id) {
        return issue(id, today());
    }

    /** Issues on the given day, in a transaction of its own unless the caller has one. */
    @Transactional
    InvoiceView issue(long id, LocalDate on) {
        Invoice invoice = visibleInvoice(id);
        issuing.issue(invoice, on, null);
        return invoice.toView();
    }

    /**
     * Credits an issued invoice with a new credit note, issued at once.
     *
     * @param lines what to credit, with positive quantities; {@code null} or empty for all that is not credited yet
     * @return the credit note
     * @throws ConflictException for a draft, a void invoice, a credit note or an invoice credited in full
     * @throws InvalidInputException for lines at fault, or lines that credit more than is left
     */
    @Transactional
    public InvoiceView creditNote(long invoiceId, List<DocumentLineInput> lines) {
        Invoice original = lockedVisible(invoiceId);
        return creditNotes.credit(original, lines, visibility.viewer().userId(), today()).toView();
    }

    /**
     * Voids an invoice nothing was paid on: a credit note for all that is not credited yet is
     * issued and the invoice becomes void, together or not at all.
     *
     * @return the credit note
     * @throws ConflictException if payments were made on it (refund them or credit it by lines),
     *         or it is a draft (delete it instead), void already, or a credit note
     */
    @Transactional
    public InvoiceView voidInvoice(long id, String reason) {
        Invoice invoice = lockedVisible(id);
        if (invoice.getKind() == InvoiceKind.CREDIT_NOTE || invoice.getStatus() == InvoiceStatus.DRAFT
                || invoice.getStatus() == InvoiceStatus.VOID) {
            throw new ConflictException("invoices.conflict.not-voidable", List.of(String.valueOf(id)));
        }
        if (invoice.getPaidTotal().signum() != 0) {
            throw new ConflictException("invoices.conflict.void-paid", List.of(String.valueOf(id)));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 500) {
            throw InvalidInputException.of("reason", "validation.invoices.too-long", 500);
        }
        Invoice note = creditNotes.credit(invoice, null, visibility.viewer().userId(), today());
        invoice.markVoid(why, note.getIssuedAt());
        invoices.flush();
        return note.toView();
    }

    private Invoice visibleInvoice(long id) {
        Invoice invoice = invoices.findById(id).orElseThrow(() -> new RecordNotFoundException(InvoiceSettlements.RECORD_TYPE, id));
        visibility.check(InvoiceSettlements.RECORD_TYPE, id, invoice.getOwnerId(), invoice.getTeamId(), List.of());
        return invoice;
    }

    private Invoice lockedVisible(long id) {
        visibleInvoice(id);
        return invoices.lockById(id).orElseThrow(() -> new RecordNotFoundException(InvoiceSettlements.RECORD_TYPE, id));
    }

    private boolean visible(Invoice invoice) {
        return visibility.canSee(invoice.getOwnerId(), invoice.getTeamId(), List.of());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
