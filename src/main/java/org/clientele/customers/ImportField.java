package org.clientele.customers;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a column of an imported file can hold. E-mail addresses and phone numbers may come from
 * several columns (the first one is the main one); every other field from one column at most.
 */
public enum ImportField {
    FIRST_NAME("firstName", false),
    LAST_NAME("lastName", false),
    FULL_NAME("fullName", false),
    TITLE("title", false),
    COMPANY("company", false),
    EMAIL("email", true),
    PHONE("phone", true),
    BIRTHDAY("birthday", false),
    STREET("street", false),
    POSTAL_CODE("postalCode", false),
    CITY("city", false),
    REGION("region", false),
    COUNTRY("country", false);

    private final String key;
    private final boolean repeatable;

    ImportField(String key, boolean repeatable) {
        this.key = key;
        this.repeatable = repeatable;
    }

    /** The name used in mappings, the API and message keys ({@code imports.field.firstName}). */
    public String key() {
        return key;
    }

    public boolean repeatable() {
        return repeatable;
    }

    public static Optional<ImportField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }
}
