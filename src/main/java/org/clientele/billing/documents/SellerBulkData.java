package org.clientele.billing.documents;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.springframework.stereotype.Component;

/**
 * A seller's profile with an address, a tax id and bank details, saved through its service unless
 * one exists, so generated documents print a complete header and footer; the number patterns stay
 * the defaults.
 */
@Component
class SellerBulkData implements BulkDataContributor {

    private final SellerProfileManagement sellers;
    private final SellerRows rows;

    SellerBulkData(SellerProfileManagement sellers, SellerRows rows) {
        this.sellers = sellers;
        this.rows = rows;
    }

    @Override
    public int order() {
        return 405;
    }

    @Override
    public void contribute(BulkData data) {
        if (rows.existsById(Seller.ID)) {
            return;
        }
        SellerProfileForm defaults = SellerProfileManagement.DEFAULTS;
        sellers.save(new SellerProfileForm("Nordwerk Packaging Systems GmbH", "Industriestraße 40\n70565 Stuttgart\nGermany",
                "DE287654321", "billing@nordwerk.example", "+49 711 2345670",
                "Kreissparkasse Stuttgart\nIBAN DE12 6005 0101 0002 3456 78\nBIC SOLADEST600", defaults.defaultLanguage(),
                defaults.paymentTermDays(), defaults.quoteValidityDays(), defaults.quoteNumberPattern(), defaults.invoiceNumberPattern(),
                defaults.creditNoteNumberPattern()));
    }
}
