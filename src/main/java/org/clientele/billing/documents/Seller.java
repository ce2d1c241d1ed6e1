package org.clientele.billing.documents;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * The one row of the seller's profile. The logo lives in the same row but is read and written
 * with plain SQL ({@link SellerLogos}), so it is neither loaded with every profile nor kept in
 * each audited revision.
 */
@Entity
@Table(name = "billing_seller_profile")
@Audited
class Seller {

    static final int ID = 1;

    @Id
    private Integer id;

    @Version
    private long version;

    private String name;
    private String address;
    private String taxId;
    private String email;
    private String phone;
    private String bankDetails;
    private String defaultLanguage;
    private int paymentTermDays;
    private int quoteValidityDays;
    private String quoteNumberPattern;
    private String invoiceNumberPattern;
    private String creditNoteNumberPattern;

    @NotAudited
    private Instant updatedAt;

    protected Seller() {
    }

    Seller(SellerProfileForm form) {
        this.id = ID;
        change(form);
    }

    void change(SellerProfileForm form) {
        this.name = form.name();
        this.address = form.address();
        this.taxId = form.taxId();
        this.email = form.email();
        this.phone = form.phone();
        this.bankDetails = form.bankDetails();
        this.defaultLanguage = form.defaultLanguage();
        this.paymentTermDays = form.paymentTermDays();
        this.quoteValidityDays = form.quoteValidityDays();
        this.quoteNumberPattern = form.quoteNumberPattern();
        this.invoiceNumberPattern = form.invoiceNumberPattern();
        this.creditNoteNumberPattern = form.creditNoteNumberPattern();
        this.updatedAt = Instant.now();
    }

    SellerProfileForm toForm() {
        return new SellerProfileForm(name, address, taxId, email, phone, bankDetails, defaultLanguage, paymentTermDays, quoteValidityDays,
                quoteNumberPattern, invoiceNumberPattern, creditNoteNumberPattern);
    }
}
