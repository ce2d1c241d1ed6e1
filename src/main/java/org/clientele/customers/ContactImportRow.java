package org.clientele.customers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clientele.shared.InvalidInputException;

/**
 * One row of a contact import read through its mapping and checked with the contact forms' rules
 * ({@link ContactFormChecks}). Countries may be given as codes or as their names in English,
 * German or Spanish; birthdays as 2024-12-31, 31.12.2024 or 31/12/2024.
 *
 * @param form the contact as it would be created, owned by the importer; {@code null} if the row is refused
 * @param companyName the company the person works at, by name
 * @param problems what is wrong, by field (as the contact forms name them)
 */
record ContactImportRow(int line, ContactForm form, String companyName, List<InvalidInputException.FieldProblem> problems) {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));
    private static final Map<String, String> COUNTRY_NAMES = countryNames();

    boolean valid() {
        return problems.isEmpty();
    }

    /** The field a problem names, as a column: "emails[1]" is the second e-mail column, "address.city" the city. */
    static ImportField fieldOf(String problemField) {
        String base = problemField.replaceAll("\\[\\d+]$", "");
        return switch (base) {
            case "firstName" -> ImportField.FIRST_NAME;
            case "lastName" -> ImportField.LAST_NAME;
            case "title" -> ImportField.TITLE;
            case "emails" -> ImportField.EMAIL;
            case "phones" -> ImportField.PHONE;
            case "birthday" -> ImportField.BIRTHDAY;
            case "address.street" -> ImportField.STREET;
            case "address.postalCode" -> ImportField.POSTAL_CODE;
            case "address.city" -> ImportField.CITY;
            case "address.region" -> ImportField.REGION;
            case "address.country" -> ImportField.COUNTRY;
            case "company" -> ImportField.COMPANY;
            default -> null;
        };
    }

    static ContactImportRow read(int line, List<String> cells, List<ImportField> mapping, long ownerId, Long teamId) {
        Map<ImportField, String> single = new EnumMap<>(ImportField.class);
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < mapping.size() && i < cells.size(); i++) {
            ImportField field = mapping.get(i);
            String value = cells.get(i);
            if (field == null || value == null || value.isBlank()) {
                continue;
            }
            switch (field) {
                case EMAIL -> emails.add(value);
                case PHONE -> phones.add(value);
                default -> single.putIfAbsent(field, value.strip());
            }
        }
        FieldChecks checks = new FieldChecks();
        String firstName = single.get(ImportField.FIRST_NAME);
        String lastName = single.get(ImportField.LAST_NAME);
        String fullName = single.get(ImportField.FULL_NAME);
        if (firstName == null && lastName == null && fullName != null) {
            int space = fullName.lastIndexOf(' ');
            firstName = space < 0 ? null : fullName.substring(0, space);
            lastName = space < 0 ? fullName : fullName.substring(space + 1);
        }
        LocalDate birthday = date(checks, single.get(ImportField.BIRTHDAY));
        Address address = new Address(single.get(ImportField.STREET), single.get(ImportField.POSTAL_CODE),
                single.get(ImportField.CITY), single.get(ImportField.REGION), country(single.get(ImportField.COUNTRY)));
        ContactForm raw = new ContactForm(firstName, lastName, single.get(ImportField.TITLE), null, emails, phones, birthday,
                address, ownerId, teamId, Set.of());
        ContactForm form = ContactFormChecks.normalized(checks, raw, country -> country);
        String companyName = checks.optional("company", single.get(ImportField.COMPANY), 200);
        List<InvalidInputException.FieldProblem> problems = List.of();
        try {
            checks.throwIfAny();
        }
        catch (InvalidInputException ex) {
            problems = ex.problems();
        }
        return new ContactImportRow(line, problems.isEmpty() ? form : null, companyName, problems);
    }

    private static LocalDate date(FieldChecks checks, String value) {
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            }
            catch (DateTimeParseException ex) {
                // the next format may read it
            }
        }
        checks.reject("birthday", "validation.imports.date-unreadable", value);
        return null;
    }

    private static String country(String value) {
        if (value == null) {
            return null;
        }
        return COUNTRY_NAMES.getOrDefault(value.toLowerCase(Locale.ROOT), value);
    }

    private static Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("es"))) {
                names.put(country.getDisplayCountry(language).toLowerCase(Locale.ROOT), code);
            }
        }
        names.put("usa", "US");
        names.put("uk", "GB");
        return Map.copyOf(names);
    }
}
