package org.clientele.billing.quotes;

import java.time.Instant;

import org.clientele.shared.InvalidInputException;
import org.clientele.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records a customer's answer to a sent quotation and tells the rest of the application. */
@Component
class QuoteDecisions {

    static final int MAX_NAME = 200;
    static final int MAX_REASON = 1000;

    private final Quotes quotes;
    private final ApplicationEventPublisher events;

    QuoteDecisions(Quotes quotes, ApplicationEventPublisher events) {
        this.quotes = quotes;
        this.events = events;
    }

    /**
     * @throws InvalidInputException on {@code name} when it is missing or too long
     * @throws org.clientele.shared.ConflictException when the quotation is not open for an answer
     */
    void accept(Quote quote, String name, String fromAddress, Instant at) {
        String byName = required(name);
        quote.decide(QuoteStatus.ACCEPTED, byName, fromAddress, null, at);
        quotes.flush();
        events.publishEvent(new QuoteAccepted(quote.getId(), quote.getNumber(), quote.getRevision(), quote.getCompanyId(),
                quote.getContactId(), new Money(quote.getGrossTotal(), quote.getCurrency()), byName, at));
    }

    /** @throws InvalidInputException on {@code reason} when it is too long, or {@code name} */
    void decline(Quote quote, String name, String reason, String fromAddress, Instant at) {
        String byName = name == null || name.isBlank() ? null : required(name);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "validation.quotes.too-long", MAX_REASON);
        }
        quote.decide(QuoteStatus.DECLINED, byName, fromAddress, why, at);
        quotes.flush();
        events.publishEvent(new QuoteDeclined(quote.getId(), quote.getNumber(), quote.getRevision(), quote.getCompanyId(),
                quote.getContactId(), byName, why, at));
    }

    private static String required(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "validation.quotes.name-required");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME) {
            throw InvalidInputException.of("name", "validation.quotes.too-long", MAX_NAME);
        }
        return stripped;
    }
}
