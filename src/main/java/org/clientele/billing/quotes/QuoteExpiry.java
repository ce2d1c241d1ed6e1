package org.clientele.billing.quotes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marks sent quotations whose last valid day has passed as expired; the daily job of {@link QuoteExpiryJob} runs it. */
@Service
public class QuoteExpiry {

    /** How often the job looks. */
    static final Duration EVERY = Duration.ofDays(1);

    private final Quotes quotes;

    QuoteExpiry(Quotes quotes) {
        this.quotes = quotes;
    }

    /**
     * @param today the first day on which a quotation valid until the day before counts as expired
     * @return the ids of the quotations it expired
     */
    @Transactional
    public List<Long> expireBefore(LocalDate today) {
        List<Quote> due = quotes.findByStatusAndValidUntilBefore(QuoteStatus.SENT.name(), today);
        due.forEach(Quote::expire);
        return due.stream().map(Quote::getId).toList();
    }
}
