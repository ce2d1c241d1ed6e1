package org.clientele.billing.quotes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.clientele.billing.documents.SellerProfiles;
import org.clientele.billing.quotes.QuoteLinkRefusedException.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's side of a quotation, reached through its signed public link without signing in:
 * reading it, its PDF, and accepting or declining it. A link is refused, and nothing changes, when
 * its signature does not match its quotation, revision and expiry, when it has expired, or when
 * the quotation is no longer {@code SENT} or its validity has passed.
 */
@Service
public class QuoteAnswers {

    private final Quotes quotes;
    private final QuoteManagement management;
    private final QuoteLinkSigner signer;
    private final QuoteDecisions decisions;
    private final QuoteDocuments documents;
    private final QuoteParties parties;
    private final SellerProfiles sellers;

    QuoteAnswers(Quotes quotes, QuoteManagement management, QuoteLinkSigner signer, QuoteDecisions decisions, QuoteDocuments documents,
            QuoteParties parties, SellerProfiles sellers) {
        this.quotes = quotes;
        this.management = management;
        this.signer = signer;
        this.decisions = decisions;
        this.documents = documents;
        this.parties = parties;
        this.sellers = sellers;
    }

    /** @throws QuoteLinkRefusedException if the link does not open the quotation */
    @Transactional(readOnly = true)
    public PublicQuote open(long id, long expires, String signature) {
        return shown(opened(id, expires, signature), expires, signature);
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long id, long expires, String signature) {
        return documents.pdf(management.view(opened(id, expires, signature)));
    }

    /**
     * @param name the full name the customer typed
     * @param fromAddress the address the answer came from
     * @throws org.clientele.shared.InvalidInputException on {@code name} when it is missing or too long
     */
    @Transactional
    public PublicQuote accept(long id, long expires, String signature, String name, String fromAddress) {
        Quote quote = opened(id, expires, signature);
        decisions.accept(quote, name, fromAddress, Instant.now());
        return shown(quote, expires, signature);
    }

    /** @param reason what the customer said, or {@code null} */
    @Transactional
    public PublicQuote decline(long id, long expires, String signature, String name, String reason, String fromAddress) {
        Quote quote = opened(id, expires, signature);
        decisions.decline(quote, name, reason, fromAddress, Instant.now());
        return shown(quote, expires, signature);
    }

    private Quote opened(long id, long expires, String signature) {
        Quote quote = quotes.findById(id).orElseThrow(() -> new QuoteLinkRefusedException(Reason.BAD_SIGNATURE));
        if (!signer.signedFor(quote, expires, signature)) {
            throw new QuoteLinkRefusedException(Reason.BAD_SIGNATURE);
        }
        if (Instant.ofEpochSecond(expires).isBefore(Instant.now())) {
            throw new QuoteLinkRefusedException(Reason.EXPIRED);
        }
        if (!quote.getStatus().open() || quote.getValidUntil().isBefore(LocalDate.now(ZoneOffset.UTC))) {
            throw new QuoteLinkRefusedException(Reason.CLOSED);
        }
        return quote;
    }

    private PublicQuote shown(Quote quote, long expires, String signature) {
        QuoteParties.PartyNames names = parties.names(quote.party());
        return new PublicQuote(management.view(quote), sellers.current(), names.name(), names.contactName(),
                new QuoteLink(quote.getId(), expires, signature));
    }
}
