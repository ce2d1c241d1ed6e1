package org.clientele.customers;

import java.util.List;
import java.util.SplittableRandom;

import org.clientele.customers.SamplePlaces.Country;
import org.clientele.customers.SamplePlaces.Place;

/**
 * The generated data set's company number {@code index}, the same every time it is asked for, so
 * that the contacts at it and the lead it was converted from can be made to match it.
 *
 * @param emailHabit how the company forms its people's addresses (see {@link SampleNames#workEmail})
 * @param otherPhones further numbers after the main one, possibly none
 */
record GeneratedCompany(long index, String name, String alternativeNames, String domain, String website, String email, String phone,
        List<String> otherPhones, Place place, String registrationNumber, String description, int emailHabit) {

    private static final String[] MAILBOXES = {"info", "contact", "office", "hello", "sales", "mail", "service"};

    private static final String[] DESCRIPTIONS = {
            "Family-owned business in its third generation.", "Long-standing customer; orders mostly in spring.",
            "Fast-growing start-up, decisions by the founders.", "Part of a larger group; purchasing is centralised.",
            "Met at the trade fair; interested in the premium range.", "Framework agreement renewed every year.",
            "Prefers to be contacted by e-mail.", "Several sites; the head office decides.",
            "Price-sensitive, compares offers carefully.", "Public tenders only.", "Expanding into new markets next year.",
            "Reliable payer, usually within ten days."};

    static GeneratedCompany of(long seed, long index) {
        SplittableRandom random = new SplittableRandom(seed ^ (index * 0xD1B54A32D192ED03L + 0x632BE59BD9B4E019L));
        Country country = SamplePlaces.country(random);
        String legalForm = country.legalForms().get(random.nextInt(country.legalForms().size()));
        SampleNames.CompanyName name = SampleNames.companyName(index, legalForm);
        String domain = name.slug() + "." + country.topLevelDomain();
        String website = random.nextInt(10) < 8 ? "https://www." + domain : random.nextInt(2) == 0 ? "https://" + domain : null;
        String email = random.nextInt(10) < 9 ? MAILBOXES[random.nextInt(MAILBOXES.length)] + "@" + domain : null;
        String phone = random.nextInt(10) < 9 ? country.landline().number(random) : null;
        List<String> otherPhones = random.nextInt(100) < 15 ? List.of(country.mobile().number(random)) : List.of();
        Place place = SamplePlaces.place(random, country);
        String registration = random.nextInt(2) == 0 ? registration(random, country.code()) : null;
        String description = random.nextInt(10) < 3 ? DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)] : null;
        String alternativeNames = random.nextInt(100) < 5 ? initials(name.name()) : null;
        return new GeneratedCompany(index, name.name(), alternativeNames, domain, website, email, phone, otherPhones, place,
                registration, description, random.nextInt(3));
    }

    /** Every e-mail address, the main one first, as the web domain is worked out from them. */
    List<String> emails() {
        return email == null ? List.of() : List.of(email);
    }

    /** What the search finds it by, as {@link SearchWords} indexes it. */
    String searchText() {
        return alternativeNames == null ? name : name + " " + alternativeNames;
    }

    private static String registration(SplittableRandom random, String country) {
        int number = 10_000 + random.nextInt(890_000);
        return switch (country) {
            case "DE" -> (random.nextInt(4) == 0 ? "HRA " : "HRB ") + number;
            case "AT" -> "FN " + number + (char) ('a' + random.nextInt(26));
            case "CH" -> "CHE-" + (100 + random.nextInt(900)) + "." + (100 + random.nextInt(900)) + "." + (100 + random.nextInt(900));
            case "GB", "IE" -> String.format("%08d", number);
            default -> Integer.toString(number * 10 + random.nextInt(10));
        };
    }

    /** "NLI" for "Nordlicht Logistik International GmbH": the capitals of the words before the legal form. */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.contains(".")) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() < 2 ? null : initials.toString();
    }
}
