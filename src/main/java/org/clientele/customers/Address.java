package org.clientele.customers;

/**
 * A postal address. Every part is optional.
 *
 * @param country ISO 3166-1 alpha-2 code, such as {@code DE}
 */
public record Address(String street, String postalCode, String city, String region, String country) {

    public static Address empty() {
        return new Address(null, null, null, null, null);
    }

    /** Whether no part is filled in. */
    public boolean blank() {
        return blank(street) && blank(postalCode) && blank(city) && blank(region) && blank(country);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
