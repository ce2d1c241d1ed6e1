package org.clientele.customers;

import jakarta.persistence.Embeddable;

/** How an entity keeps an {@link Address}: one column per part. */
@Embeddable
class PostalAddress {

    private String street;

    private String postalCode;

    private String city;

    private String region;

    private String country;

    protected PostalAddress() {
    }

    PostalAddress(Address address) {
        this.street = address.street();
        this.postalCode = address.postalCode();
        this.city = address.city();
        this.region = address.region();
        this.country = address.country();
    }

    Address toAddress() {
        return new Address(street, postalCode, city, region, country);
    }
}
