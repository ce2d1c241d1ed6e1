package org.clientele.billing.documents;

import org.clientele.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/** A demo business with an address, a tax id and bank details, so demo documents print a complete header and footer. */
@Component
class SellerDemoData implements DemoDataContributor {

    private final SellerProfileManagement sellers;
    private final SellerRows rows;

    SellerDemoData(SellerProfileManagement sellers, SellerRows rows) {
        this.sellers = sellers;
        this.rows = rows;
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public void contribute(long administratorId) {
        if (rows.existsById(Seller.ID)) {
            return;
        }
        SellerProfileForm defaults = SellerProfileManagement.DEFAULTS;
        sellers.save(new SellerProfileForm("Clientele Demo GmbH", "Hauptstraße 12\n10115 Berlin\nGermany", "DE123456789",
                "billing@clientele.example", "+49 30 1234567", "Demo Bank\nIBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX",
                defaults.defaultLanguage(), defaults.paymentTermDays(), defaults.quoteValidityDays(), defaults.quoteNumberPattern(),
                defaults.invoiceNumberPattern(), defaults.creditNoteNumberPattern()));
    }
}
