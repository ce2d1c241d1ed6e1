package org.clientele.billing.invoices;

import java.util.Locale;

import org.clientele.billing.documents.SellerProfiles;
import org.clientele.platform.SupportedLanguages;
import org.springframework.stereotype.Component;

/** The language an invoice is written in: its own, else the seller's default. */
@Component
class InvoiceLanguages {

    private final SellerProfiles sellers;

    InvoiceLanguages(SellerProfiles sellers) {
        this.sellers = sellers;
    }

    Locale of(String language) {
        String tag = language != null ? language : sellers.current().defaultLanguage();
        return SupportedLanguages.closestTo(tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag));
    }
}
