package org.clientele.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Countries, cities, streets, postal codes and phone numbers for the generated data set. Phone
 * numbers vary the last digits of libphonenumber's example numbers, so each is valid in E.164.
 */
final class SamplePlaces {

    /**
     * A country the generated customers live in.
     *
     * @param weight how many customers in a hundred are there
     * @param postalPattern {@code 9} for a digit, {@code A} for a capital letter, anything else as is
     * @param cities "city/region" pairs
     */
    record Country(String code, int weight, String topLevelDomain, String postalPattern, List<String> legalForms,
            List<String> streets, List<String> cities, PhoneTemplate landline, PhoneTemplate mobile) {
    }

    /** A valid number's leading digits, after which {@code digits} random digits keep it valid. */
    record PhoneTemplate(String prefix, int digits, int bound) {

        String number(SplittableRandom random) {
            String tail = Integer.toString(random.nextInt(bound) + bound);
            return prefix + tail.substring(1);
        }
    }

    /** An address: street with number, postal code, city, region and country code. */
    record Place(Country country, String street, String postalCode, String city, String region) {
    }

    static final List<Country> COUNTRIES = List.of(
            country("DE", 30, "de", "99999", List.of("GmbH", "AG", "GmbH & Co. KG", "KG", "e.K."),
                    List.of("Hauptstraße", "Bahnhofstraße", "Industriestraße", "Gartenweg", "Schillerstraße", "Lindenallee",
                            "Am Markt", "Friedrichstraße", "Hafenstraße", "Mühlenweg"),
                    List.of("Berlin/Berlin", "Hamburg/Hamburg", "München/Bayern", "Köln/Nordrhein-Westfalen",
                            "Frankfurt am Main/Hessen", "Stuttgart/Baden-Württemberg", "Düsseldorf/Nordrhein-Westfalen",
                            "Leipzig/Sachsen", "Dresden/Sachsen", "Hannover/Niedersachsen", "Nürnberg/Bayern", "Bremen/Bremen",
                            "Freiburg im Breisgau/Baden-Württemberg", "Münster/Nordrhein-Westfalen", "Kiel/Schleswig-Holstein",
                            "Mainz/Rheinland-Pfalz", "Augsburg/Bayern", "Rostock/Mecklenburg-Vorpommern")),
            country("AT", 6, "at", "9999", List.of("GmbH", "AG", "KG", "OG"),
                    List.of("Hauptplatz", "Ringstraße", "Bahnhofstraße", "Landstraße", "Kirchengasse"),
                    List.of("Wien/Wien", "Graz/Steiermark", "Linz/Oberösterreich", "Salzburg/Salzburg", "Innsbruck/Tirol",
                            "Klagenfurt/Kärnten")),
            country("CH", 6, "ch", "9999", List.of("AG", "GmbH", "SA", "Sàrl"),
                    List.of("Bahnhofstrasse", "Industriestrasse", "Seestrasse", "Rue du Rhône", "Hauptgasse"),
                    List.of("Zürich/Zürich", "Genève/Genève", "Basel/Basel-Stadt", "Bern/Bern", "Lausanne/Vaud", "Luzern/Luzern",
                            "Zug/Zug")),
            country("FR", 8, "fr", "99999", List.of("SARL", "SAS", "SA", "EURL"),
                    List.of("Rue de la République", "Avenue Victor Hugo", "Rue Nationale", "Boulevard Pasteur", "Rue du Port",
                            "Place de la Gare"),
                    List.of("Paris/Île-de-France", "Lyon/Auvergne-Rhône-Alpes", "Marseille/Provence-Alpes-Côte d'Azur",
                            "Toulouse/Occitanie", "Nantes/Pays de la Loire", "Bordeaux/Nouvelle-Aquitaine", "Lille/Hauts-de-France",
                            "Strasbourg/Grand Est")),
            country("GB", 11, "co.uk", "AA9 9AA", List.of("Ltd", "PLC", "LLP"),
                    List.of("High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue"),
                    List.of("London/England", "Manchester/England", "Birmingham/England", "Leeds/England", "Bristol/England",
                            "Edinburgh/Scotland", "Glasgow/Scotland", "Cardiff/Wales", "Belfast/Northern Ireland")),
            country("NL", 6, "nl", "9999 AA", List.of("B.V.", "N.V.", "V.O.F."),
                    List.of("Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Havenstraat"),
                    List.of("Amsterdam/Noord-Holland", "Rotterdam/Zuid-Holland", "Utrecht/Utrecht", "Eindhoven/Noord-Brabant",
                            "Groningen/Groningen", "Den Haag/Zuid-Holland")),
            country("ES", 6, "es", "99999", List.of("S.L.", "S.A."),
                    List.of("Calle Mayor", "Avenida de la Constitución", "Calle Real", "Paseo del Prado", "Calle Nueva"),
                    List.of("Madrid/Comunidad de Madrid", "Barcelona/Cataluña", "Valencia/Comunidad Valenciana", "Sevilla/Andalucía",
                            "Bilbao/País Vasco", "Zaragoza/Aragón", "Málaga/Andalucía")),
            country("IT", 5, "it", "99999", List.of("S.r.l.", "S.p.A.", "S.a.s."),
                    List.of("Via Roma", "Via Garibaldi", "Corso Italia", "Via Dante", "Piazza del Duomo"),
                    List.of("Milano/Lombardia", "Roma/Lazio", "Torino/Piemonte", "Bologna/Emilia-Romagna", "Firenze/Toscana",
                            "Napoli/Campania", "Verona/Veneto")),
            country("US", 10, "com", "99999", List.of("Inc.", "LLC", "Corp."),
                    List.of("Main Street", "Oak Avenue", "Maple Drive", "Market Street", "Washington Boulevard", "Broadway"),
                    List.of("New York/NY", "Boston/MA", "Chicago/IL", "Austin/TX", "Denver/CO", "Seattle/WA", "San Francisco/CA",
                            "Atlanta/GA", "Philadelphia/PA")),
            country("PL", 4, "pl", "99-999", List.of("Sp. z o.o.", "S.A."),
                    List.of("ulica Długa", "ulica Polna", "ulica Lipowa", "aleja Jana Pawła II"),
                    List.of("Warszawa/mazowieckie", "Kraków/małopolskie", "Wrocław/dolnośląskie", "Gdańsk/pomorskie",
                            "Poznań/wielkopolskie")),
            country("SE", 3, "se", "999 99", List.of("AB", "HB"),
                    List.of("Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan"),
                    List.of("Stockholm/Stockholms län", "Göteborg/Västra Götalands län", "Malmö/Skåne län", "Uppsala/Uppsala län")),
            country("BE", 2, "be", "9999", List.of("BV", "NV", "SRL"),
                    List.of("Kerkstraat", "Rue de l'Église", "Stationsstraat", "Avenue Louise"),
                    List.of("Bruxelles/Bruxelles-Capitale", "Antwerpen/Antwerpen", "Gent/Oost-Vlaanderen", "Liège/Liège")),
            country("DK", 2, "dk", "9999", List.of("ApS", "A/S"),
                    List.of("Vestergade", "Østergade", "Nørregade", "Strandvejen"),
                    List.of("København/Hovedstaden", "Aarhus/Midtjylland", "Odense/Syddanmark")),
            country("IE", 1, "ie", "A99 A9A9", List.of("Ltd", "DAC"),
                    List.of("Main Street", "O'Connell Street", "Church Road", "Harbour Road"),
                    List.of("Dublin/Leinster", "Cork/Munster", "Galway/Connacht", "Limerick/Munster")));

    private static final Country[] BY_WEIGHT = byWeight();

    private SamplePlaces() {
    }

    static Country country(SplittableRandom random) {
        return BY_WEIGHT[random.nextInt(BY_WEIGHT.length)];
    }

    static Place place(SplittableRandom random, Country country) {
        String city = country.cities().get(random.nextInt(country.cities().size()));
        int slash = city.indexOf('/');
        String street = country.streets().get(random.nextInt(country.streets().size()));
        int number = 1 + random.nextInt(180);
        String line = country.code().equals("FR") || country.code().equals("GB") || country.code().equals("US")
                || country.code().equals("IE") ? number + " " + street : street + " " + number;
        return new Place(country, line, postalCode(random, country.postalPattern()), city.substring(0, slash),
                city.substring(slash + 1));
    }

    static String postalCode(SplittableRandom random, String pattern) {
        char[] code = pattern.toCharArray();
        for (int i = 0; i < code.length; i++) {
            if (code[i] == '9') {
                code[i] = (char) ('0' + (i == 0 ? 1 + random.nextInt(9) : random.nextInt(10)));
            } else if (code[i] == 'A') {
                code[i] = (char) ('A' + random.nextInt(26));
            }
        }
        return new String(code);
    }

    private static Country country(String code, int weight, String topLevelDomain, String postalPattern, List<String> legalForms,
            List<String> streets, List<String> cities) {
        return new Country(code, weight, topLevelDomain, postalPattern, legalForms, streets, cities,
                template(code, PhoneNumberType.FIXED_LINE), template(code, PhoneNumberType.MOBILE));
    }

    /** The example number's leading digits, leaving as many random digits (six, else five) as keep every number valid. */
    private static PhoneTemplate template(String country, PhoneNumberType type) {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        PhoneNumber example = phones.getExampleNumberForType(country, type);
        String national = phones.getNationalSignificantNumber(example);
        for (int digits = 6; digits >= 4; digits--) {
            int bound = (int) Math.pow(10, digits);
            PhoneTemplate template = new PhoneTemplate("+" + example.getCountryCode() + national.substring(0, national.length() - digits),
                    digits, bound);
            if (allValid(phones, template, country)) {
                return template;
            }
        }
        throw new IllegalStateException("No phone number template for " + country);
    }

    private static boolean allValid(PhoneNumberUtil phones, PhoneTemplate template, String country) {
        SplittableRandom random = new SplittableRandom(template.prefix().hashCode());
        List<String> samples = new ArrayList<>();
        samples.add(template.prefix() + "0".repeat(template.digits()));
        samples.add(template.prefix() + "9".repeat(template.digits()));
        for (int i = 0; i < 200; i++) {
            samples.add(template.number(random));
        }
        return samples.stream().allMatch(number -> ContactDetails.phone(number, country) != null
                && ContactDetails.phone(number, country).equals(number));
    }

    private static Country[] byWeight() {
        List<Country> weighted = new ArrayList<>();
        COUNTRIES.forEach(country -> {
            for (int i = 0; i < country.weight(); i++) {
                weighted.add(country);
            }
        });
        return weighted.toArray(Country[]::new);
    }
}
