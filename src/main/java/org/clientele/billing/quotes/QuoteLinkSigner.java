package org.clientele.billing.quotes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.crypto.Mac;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs and checks public links with HMAC-SHA256 over the quotation's id, revision, link nonce and
 * the link's expiry. A link expires at the end of the quotation's last valid day (UTC), or after
 * {@code clientele.billing.quote-link-max-days} days (90 by default) if that comes first.
 */
@Component
class QuoteLinkSigner {

    private final QuoteLinkKey key;
    private final Duration maximum;

    QuoteLinkSigner(QuoteLinkKey key, @Value("${clientele.billing.quote-link-max-days:90}") int maximumDays) {
        this.key = key;
        this.maximum = Duration.ofDays(maximumDays);
    }

    QuoteLink linkFor(Quote quote, Instant now) {
        Instant endOfValidity = quote.getValidUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        Instant latest = now.plus(maximum);
        return expiringAt(quote, endOfValidity.isBefore(latest) ? endOfValidity : latest);
    }

    /** A link that expires at the given moment (whole seconds). */
    QuoteLink expiringAt(Quote quote, Instant expires) {
        long seconds = expires.getEpochSecond();
        return new QuoteLink(quote.getId(), seconds, signature(quote, seconds));
    }

    /** Whether the signature is the one this quotation's link with that expiry carries; compared in constant time. */
    boolean signedFor(Quote quote, long expires, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(signature(quote, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(Quote quote, long expires) {
        String payload = "quote:" + quote.getId() + ":" + quote.getRevision() + ":" + quote.getLinkNonce() + ":" + expires;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.get());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
        }
    }
}
