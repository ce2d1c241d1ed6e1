package org.clientele.billing.quotes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clientele.billing.documents.SellerProfiles;
import org.clientele.billing.invoices.InvoiceDraft;
import org.clientele.billing.invoices.InvoiceDrafts;
import org.clientele.billing.numbering.DocumentNumbers;
import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.billing.pricing.TaxRateView;
import org.clientele.billing.pricing.TaxRates;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.UserTeam;
import org.clientele.sales.deals.DealManagement;
import org.clientele.sales.deals.DealView;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotations: drafts with their lines, a number from the quote series at creation, sending by
 * mail with the PDF and the customer's signed link, revisions, the customer's answer as a user
 * records it, and the invoice made from an accepted one. Everything but {@link #create} acts for
 * the signed-in user and only on the quotations they may see (owner, team); any other answers as
 * missing. Only a draft changes ({@link ConflictException} otherwise).
 */
@Service
public class QuoteManagement {

    static final String RECORD_TYPE = "Quote";

    private final Quotes quotes;
    private final QuotePricing pricing;
    private final QuoteChecks checks;
    private final DocumentNumbers numbers;
    private final SellerProfiles sellers;
    private final QuoteMails mails;
    private final QuoteDocuments documents;
    private final QuoteLinkSigner links;
    private final QuoteDecisions decisions;
    private final InvoiceDrafts invoices;
    private final RecordVisibility visibility;
    private final TeamDirectory teams;
    private final DealManagement deals;
    private final TaxRates taxRates;

    QuoteManagement(Quotes quotes, QuotePricing pricing, QuoteChecks checks, DocumentNumbers numbers, SellerProfiles sellers,
            QuoteMails mails, QuoteDocuments documents, QuoteLinkSigner links, QuoteDecisions decisions, InvoiceDrafts invoices,
            RecordVisibility visibility, TeamDirectory teams, DealManagement deals, TaxRates taxRates) {
        this.quotes = quotes;
        this.pricing = pricing;
        this.checks = checks;
        this.numbers = numbers;
        this.sellers = sellers;
        this.mails = mails;
        this.documents = documents;
        this.links = links;
        this.decisions = decisions;
        this.invoices = invoices;
        this.visibility = visibility;
        this.teams = teams;
        this.deals = deals;
        this.taxRates = taxRates;
    }

    /** An empty form owned by the user, in their first team, issued today and valid for the seller's usual days. */
    @Transactional(readOnly = true)
    public QuoteForm newForm(long userId, Long companyId, Long contactId, String currency) {
        Long teamId = teams.teamsOf(userId).stream().findFirst().map(UserTeam::teamId).orElse(null);
        LocalDate today = LocalDate.now();
        return new QuoteForm(companyId, contactId, currency, null, today, today.plusDays(sellers.current().quoteValidityDays()), null,
                null, null, null, userId, teamId, List.of());
    }

    /**
     * A form made from a deal the signed-in user may see: its company, contact, currency and
     * product lines, each line with the default tax rate.
     *
     * @throws RecordNotFoundException if there is no such deal or the user may not see it
     */
    @Transactional(readOnly = true)
    public QuoteForm newFormFromDeal(long userId, long dealId) {
        DealView deal = deals.find(dealId).orElseThrow(() -> new RecordNotFoundException("Deal", dealId));
        Long taxRateId = taxRates.defaultRate().map(TaxRateView::id).orElse(null);
        List<DocumentLineInput> lines = deal.lines().stream().map(line -> new DocumentLineInput(line.productId(), line.description(),
                line.quantity(), null, line.unitPrice(), line.discountPercent(), taxRateId, null)).toList();
        QuoteForm blank = newForm(userId, deal.companyId(), deal.contactId(), deal.currency().value());
        return new QuoteForm(blank.companyId(), blank.contactId(), blank.currency(), null, blank.issueDate(), blank.validUntil(), null,
                dealId, null, null, userId, blank.teamId(), lines);
    }

    /**
     * Creates a draft with the next number of the quote series for its issue year.
     *
     * @param creatorId the user who creates it, recorded as its creator
     * @throws InvalidInputException naming every field at fault, lines as {@code lines[i].field}
     */
    @Transactional
    public QuoteView create(long creatorId, QuoteForm form) {
        return create(creatorId, form, true);
    }

    /** Creates a draft on a user's behalf without a signed-in user (demo data): its links are not checked for visibility. */
    QuoteView createOnBehalf(long creatorId, QuoteForm form) {
        return create(creatorId, form, false);
    }

    private QuoteView create(long creatorId, QuoteForm form, boolean signedIn) {
        QuoteForm checked = checks.check(form, null, signedIn);
        QuotePricing.Priced priced = pricing.price(checked);
        String number = numbers.next(DocumentNumbers.QUOTES, checked.issueDate().getYear()).text();
        Quote quote = quotes.save(new Quote(number, checked, priced.amounts(), creatorId, Instant.now()));
        pricing.store(quote.getId(), priced);
        return view(quote);
    }

    /** The quotation, if it exists and the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<QuoteView> find(long id) {
        return quotes.findById(id).filter(this::visible).map(this::view);
    }

    /**
     * Changes a draft: its fields and all its lines.
     *
     * @param expectedVersion the version the change was made from, or {@code null} to skip that check
     * @throws ConflictException if it is not a draft
     * @throws ObjectOptimisticLockingFailureException if it was changed since the expected version
     */
    @Transactional
    public QuoteView change(long id, QuoteForm form, Long expectedVersion) {
        Quote quote = visibleQuote(id);
        if (expectedVersion != null && expectedVersion != quote.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Quote.class, id);
        }
        requireDraft(quote);
        QuoteForm checked = checks.check(form, view(quote));
        QuotePricing.Priced priced = pricing.price(checked);
        quote.apply(checked, priced.amounts());
        pricing.store(id, priced);
        quotes.flush();
        return view(quote);
    }

    /**
     * Deletes a draft. A draft revision gives way to the revision before it, which is as it was
     * before being revised (sent, declined or expired).
     *
     * @throws ConflictException if it is not a draft
     */
    @Transactional
    public void delete(long id) {
        Quote quote = visibleQuote(id);
        requireDraft(quote);
        pricing.delete(id);
        quotes.delete(quote);
        quotes.flush();
        if (quote.getPreviousRevisionId() != null) {
            quotes.findById(quote.getPreviousRevisionId()).ifPresent(previous -> previous.reinstate(LocalDate.now()));
        }
    }

    /** The mail {@link #send} sends when nothing is changed. */
    @Transactional(readOnly = true)
    public QuoteMail mailDefaults(long id) {
        return mails.defaults(view(visibleQuote(id)));
    }

    /**
     * Sends a draft to the customer: it becomes {@code SENT}, and the mail goes out in its
     * language with the PDF and the customer's signed link. If the mail cannot be sent, nothing changes.
     *
     * @throws InvalidInputException on {@code to}, {@code subject} or {@code message}
     * @throws ConflictException if it is not a draft, or no mail server takes the mail
     */
    @Transactional
    public QuoteView send(long id, QuoteMail mail) {
        Quote quote = visibleQuote(id);
        requireDraft(quote);
        QuoteMail checked = mails.checked(view(quote), mail);
        Instant now = Instant.now();
        quote.send(checked.to(), now);
        quotes.flush();
        QuoteView sent = view(quote);
        mails.send(sent, checked, links.linkFor(quote, now), documents.pdf(sent));
        return sent;
    }

    /** Marks a draft as sent without mail, such as when it was handed over in person. @throws ConflictException if it is not a draft */
    @Transactional
    public QuoteView markSent(long id) {
        Quote quote = visibleQuote(id);
        requireDraft(quote);
        quote.send(null, Instant.now());
        quotes.flush();
        return view(quote);
    }

    /** The customer's link to the quotation while it awaits their answer. */
    @Transactional(readOnly = true)
    public Optional<QuoteLink> publicLink(long id) {
        Quote quote = visibleQuote(id);
        return quote.getStatus().open() ? Optional.of(links.linkFor(quote, Instant.now())) : Optional.empty();
    }

    /**
     * Makes the next revision: a draft with the same number, fields and lines, issued today. The
     * quotation revised stays as it was, {@code SUPERSEDED}.
     *
     * @throws ConflictException unless it is sent, declined or expired
     */
    @Transactional
    public QuoteView revise(long id, long userId) {
        Quote quote = visibleQuote(id);
        quote.supersede();
        quotes.flush();
        Quote next = quotes.save(quote.nextRevision(userId, LocalDate.now(), sellers.current().quoteValidityDays(), Instant.now()));
        pricing.copy(quote.getId(), next.getId());
        return view(next);
    }

    /**
     * Records that the customer accepted a sent quotation, as a user heard it.
     *
     * @param acceptedBy who accepted it at the customer
     * @throws InvalidInputException on {@code name} when it is missing
     * @throws ConflictException if it is not sent
     */
    @Transactional
    public QuoteView recordAcceptance(long id, String acceptedBy) {
        Quote quote = visibleQuote(id);
        decisions.accept(quote, acceptedBy, null, Instant.now());
        return view(quote);
    }

    /** Records that the customer declined a sent quotation. @throws ConflictException if it is not sent */
    @Transactional
    public QuoteView recordDecline(long id, String declinedBy, String reason) {
        Quote quote = visibleQuote(id);
        decisions.decline(quote, declinedBy, reason, null, Instant.now());
        return view(quote);
    }

    /**
     * Turns an accepted quotation into a draft invoice for the same party, currency, language,
     * lines, discount and deal.
     *
     * @return the draft invoice's id
     * @throws ConflictException if it is not accepted, or already has its invoice (named as the candidate)
     */
    @Transactional
    public long createInvoice(long id, long userId) {
        Quote quote = visibleQuote(id);
        if (quote.getStatus() != QuoteStatus.ACCEPTED) {
            throw new ConflictException("quotes.conflict.not-accepted", List.of());
        }
        if (quote.getInvoiceId() != null) {
            throw new ConflictException("quotes.conflict.invoiced", List.of(Long.toString(quote.getInvoiceId())));
        }
        QuoteView view = view(quote);
        long invoiceId = invoices.createDraft(userId, new InvoiceDraft(view.party(), view.currency(), view.language(),
                view.lines().stream().map(QuoteLineView::toInput).toList(), view.documentDiscountPercent(), null, view.dealId(),
                view.id(), view.terms(), view.notes()));
        quote.invoiced(invoiceId);
        quotes.flush();
        return invoiceId;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        return documents.pdf(view(visibleQuote(id)));
    }

    QuoteView view(Quote quote) {
        List<QuoteLineView> lines = pricing.of(quote.getId());
        DocumentAmounts amounts = QuotePricing.amounts(quote.getCurrency(), lines, quote.getDocumentDiscountPercent());
        List<QuoteRevision> revisions = quotes.findByNumberOrderByRevisionAsc(quote.getNumber()).stream().map(Quote::toRevision)
                .toList();
        return quote.toView(lines, amounts, revisions);
    }

    private static void requireDraft(Quote quote) {
        if (!quote.getStatus().editable()) {
            throw new ConflictException("quotes.conflict.not-draft", List.of());
        }
    }

    private Quote visibleQuote(long id) {
        Quote quote = quotes.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        visibility.check(RECORD_TYPE, id, quote.getOwnerId(), quote.getTeamId(), Set.of());
        return quote;
    }

    private boolean visible(Quote quote) {
        return visibility.canSee(quote.getOwnerId(), quote.getTeamId(), Set.of());
    }
}
