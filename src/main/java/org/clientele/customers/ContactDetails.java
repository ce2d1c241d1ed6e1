package org.clientele.customers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Checks and normalises how a customer is reached: e-mail addresses (trimmed, lower case),
 * phone numbers (E.164, read in the country of the address unless they start with +), web
 * addresses (https:// added when no scheme is given) and the country code.
 */
final class ContactDetails {

    static final int MAX_ENTRIES = 10;

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Deliberately plain: one @, no spaces, a dot in the domain; delivery is the real test. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ContactDetails() {
    }

    static List<String> emails(FieldChecks checks, String field, List<String> values) {
        List<String> normalized = new ArrayList<>();
        List<String> given = nonBlank(values);
        if (given.size() > MAX_ENTRIES) {
            checks.reject(field, "validation.customers.too-many", MAX_ENTRIES);
            return List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            String email = given.get(i).toLowerCase(Locale.ROOT);
            if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
                checks.reject(field + "[" + i + "]", "validation.customers.email-invalid", given.get(i));
            }
            else {
                normalized.add(email);
            }
        }
        return distinct(normalized);
    }

    /**
     * @param country ISO code of the address, the region numbers without + are read in; may be {@code null}
     */
    static List<String> phones(FieldChecks checks, String field, List<String> values, String country) {
        List<String> normalized = new ArrayList<>();
        List<String> given = nonBlank(values);
        if (given.size() > MAX_ENTRIES) {
            checks.reject(field, "validation.customers.too-many", MAX_ENTRIES);
            return List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            String phone = phone(given.get(i), country);
            if (phone == null) {
                checks.reject(field + "[" + i + "]", "validation.customers.phone-invalid", given.get(i));
            }
            else {
                normalized.add(phone);
            }
        }
        return distinct(normalized);
    }

    /** One optional e-mail address, trimmed and in lower case; a problem if it is not one. */
    static String email(FieldChecks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String email = value.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            checks.reject(field, "validation.customers.email-invalid", value.strip());
            return value.strip();
        }
        return email;
    }

    /** One optional phone number in E.164, read in the given country unless it starts with +; a problem if it is not one. */
    static String phone(FieldChecks checks, String field, String value, String country) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String phone = phone(value.strip(), country);
        if (phone == null) {
            checks.reject(field, "validation.customers.phone-invalid", value.strip());
            return value.strip();
        }
        return phone;
    }

    /** The number in E.164 (such as {@code +4930123456}), or {@code null} if it is not a valid number. */
    static String phone(String value, String country) {
        try {
            PhoneNumber number = PHONES.parse(value, Countries.isKnown(country) ? country : "ZZ");
            return PHONES.isValidNumber(number) ? PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException ex) {
            return null;
        }
    }


    static String website(FieldChecks checks, String field, String value) {
        String website = checks.optional(field, value, 500);
        if (website == null) {
            return null;
        }
        String withScheme = website.contains("://") ? website : "https://" + website;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getHost().contains(".")) {
                return withScheme;
            }
        }
        catch (URISyntaxException ex) {
            // reported below
        }
        checks.reject(field, "validation.customers.website-invalid");
        return website;
    }

    static String country(FieldChecks checks, String field, String value) {
        String code = Countries.normalize(value);
        if (code != null && !Countries.isKnown(code)) {
            checks.reject(field, "validation.customers.country-unknown");
        }
        return code;
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static List<String> distinct(List<String> values) {
        Set<String> unique = new LinkedHashSet<>(values);
        return List.copyOf(unique);
    }
}
