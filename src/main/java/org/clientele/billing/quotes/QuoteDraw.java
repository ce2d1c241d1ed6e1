package org.clientele.billing.quotes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.billing.pricing.DocumentCalculator;
import org.clientele.billing.pricing.GeneratedLines;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.shared.CurrencyCode;

/**
 * One revision of a generated quotation, drawn so that its state fits its dates: one still valid
 * may be a draft, sent or answered; one past its validity was answered, expired or revised.
 */
final class QuoteDraw {

    static final CurrencyCode CURRENCY = CurrencyCode.of("EUR");
    static final int VALID_DAYS = 30;
    private static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Ines",
            "Jonas", "Karin", "Lukas", "Marta", "Noah", "Olga", "Paul", "Rosa", "Simon", "Tanja", "Victor");
    private static final List<String> LAST_NAMES = List.of("Berger", "Costa", "Dubois", "Fischer", "García", "Hansen", "Jansen", "Keller",
            "Lindqvist", "Moreau", "Novak", "Olsen", "Peters", "Rossi", "Schmidt", "Tanaka", "Vogel", "Weber", "Young", "Zimmermann");
    private static final List<String> DECLINE_REASONS = List.of("The budget moved to next year.", "We chose another supplier.",
            "The delivery time is too long.", "The project was put on hold.");
    private static final BigDecimal[] DOCUMENT_DISCOUNTS = {new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("5")};

    final LocalDate issueDate;
    final LocalDate validUntil;
    final QuoteStatus status;
    final Instant createdAt;
    final Instant sentAt;
    final Instant decidedAt;
    final String decidedByName;
    final String decidedFromAddress;
    final String declineReason;
    final String linkNonce;
    final BigDecimal documentDiscount;
    final List<ResolvedLine> lines;
    final DocumentAmounts amounts;

    /**
     * @param superseded whether a later revision replaced this one; it then went out and stayed unanswered
     */
    QuoteDraw(SplittableRandom random, GeneratedLines lineSource, LocalDate issueDate, Instant now, boolean superseded) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.issueDate = issueDate;
        this.validUntil = issueDate.plusDays(VALID_DAYS);
        boolean open = !validUntil.isBefore(today);
        int roll = random.nextInt(100);
        status = superseded ? QuoteStatus.SUPERSEDED : open ? (roll < 30 ? QuoteStatus.DRAFT : roll < 70 ? QuoteStatus.SENT
                : roll < 88 ? QuoteStatus.ACCEPTED : QuoteStatus.DECLINED)
                : (roll < 40 ? QuoteStatus.ACCEPTED : roll < 68 ? QuoteStatus.DECLINED : QuoteStatus.EXPIRED);
        createdAt = before(now, issueDate.atTime(8, 0).toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(9 * 3600)));
        sentAt = status == QuoteStatus.DRAFT ? null : before(now, createdAt.plusSeconds(600 + random.nextInt(30 * 3600)));
        boolean decided = status == QuoteStatus.ACCEPTED || status == QuoteStatus.DECLINED;
        long answerWindow = Math.max(60, Math.min(validUntil.atStartOfDay(ZoneOffset.UTC).toInstant().getEpochSecond(),
                now.getEpochSecond()) - (sentAt == null ? 0 : sentAt.getEpochSecond()));
        decidedAt = decided ? before(now, sentAt.plusSeconds(60 + random.nextLong(answerWindow))) : null;
        String person = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        decidedByName = status == QuoteStatus.ACCEPTED || (decided && random.nextBoolean()) ? person : null;
        decidedFromAddress = decided ? "203.0.113." + (1 + random.nextInt(254)) : null;
        declineReason = status == QuoteStatus.DECLINED && random.nextInt(3) > 0 ? DECLINE_REASONS.get(random.nextInt(DECLINE_REASONS.size()))
                : null;
        linkNonce = String.format("%016x%016x", random.nextLong(), random.nextLong());
        documentDiscount = random.nextInt(100) < 8 ? DOCUMENT_DISCOUNTS[random.nextInt(DOCUMENT_DISCOUNTS.length)] : BigDecimal.ZERO;
        lines = lineSource.draw(random);
        amounts = DocumentCalculator.calculate(CURRENCY, lines.stream().map(ResolvedLine::priced).toList(), documentDiscount);
    }

    /** When it last changed: its answer, its sending or its making. */
    Instant updatedAt() {
        return decidedAt != null ? decidedAt : sentAt != null ? sentAt : createdAt;
    }

    private static Instant before(Instant now, Instant at) {
        Instant latest = now.minusSeconds(60);
        return at.isAfter(latest) ? latest : at;
    }
}
