package org.clientele.customers;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Names of people and companies for the generated data set, with the plain ASCII forms e-mail
 * addresses and web domains are made of.
 */
final class SampleNames {

    static final String[] FIRST_NAMES = split("""
            Anna Ben Clara David Elena Felix Greta Hugo Ines Jonas Katharina Leon Mia Noah Olivia Paul Rosa Samuel Tara Vera
            William Zoe Amir Bianca Carlos Dana Emil Fatima Georg Hanna Ivan Julia Karim Lena Marco Nina Oscar Petra Rafael Sara
            Tobias Ulrike Victor Yara Lukas Sophie Maximilian Marie Alexander Emma Finn Lea Elias Lina Jakob Johanna Moritz
            Charlotte Henrik Ida Anton Frieda Jan Luisa Matteo Giulia Lorenzo Chiara Francesca Alessandro Sofia Luca Martina
            Pablo Lucía Javier Carmen Diego Marta Álvaro Paula Sergio Laura Camille Louis Chloé Théo Léa Gabriel Manon Arthur
            Inès Jules Oliver Amelia George Isla Harry Ava Jack Emily Thomas Grace James Magdalena Liam Nora Ethan Madison
            Michael Sarah Daniel Jessica Matthew Ashley Jana Eva Piotr Agnieszka Tomasz Katarzyna Lars Ingrid Erik Astrid Sven
            Karin Jens Mette Søren Freja Niamh Seán Aoife Cian Sanne Daan Fleur Bram Lotte Ruben Priya Arjun Mei Hiroshi Yuki
            Ahmed Leyla Mehmet Elif Kwame Amara Tomás Joana Nikos Eleni Dmitri Olga""");

    static final String[] LAST_NAMES = split("""
            Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf
            Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Köhler
            Huber Gruber Pichler Steiner Moser Keller Brunner Baumann Frei Rossi Russo Ferrari Esposito Bianchi Romano Colombo
            Ricci Marino Greco Conti Galli García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Ruiz
            Navarro Moreno Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel
            Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green
            Hall Wood Jackson Clarke Miller Davis Anderson Moore Harris Young Allen King Scott Baker Adams Nelson Carter Mitchell
            Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Andersson Johansson Karlsson Nilsson Eriksson Larsson Jensen
            Nielsen Hansen Pedersen Andersen Christensen Murphy Kelly O'Sullivan Walsh Byrne Ryan Jansen Visser Bakker Smit
            Janssens Peeters Maes Jacobs Mertens Willems Yilmaz Kaya Demir Öztürk Papadopoulos Novak Horvat Kovačević Silva
            Santos Ferreira Costa Oliveira Pereira Tanaka Suzuki Chen Wang Li Zhang Singh Patel Khan Okafor Mensah Ivanov Petrov
            Berger Vogel Frank Roth Beck Lorenz Baumgartner Winkler Sommer Graf Kaiser Fuchs Peters Jung Hahn Schubert Vogt
            Busch Bergmann Pohl Engel Horn Sauer Arnold Thiel Ludwig Voigt Kraft Schuster Stein Jäger Otto Seidel Franke""");

    static final String[] TITLES = split("""
            CEO|Managing Director|Chief Financial Officer|Head of Purchasing|Purchasing Manager|Buyer|Sales Manager|
            Head of Sales|Account Manager|IT Manager|Head of IT|Office Manager|Project Manager|Operations Manager|
            Marketing Manager|Head of Marketing|Accountant|Controller|HR Manager|Assistant to the Board|Logistics Manager|
            Quality Manager|Product Manager|Customer Service|Technical Director|Founder|Owner|Consultant|Engineer|
            Team Lead|Procurement Specialist|Facility Manager""".replace("\n", ""), "\\|");

    private static final String[] COMPANY_WORDS = split("""
            Nordlicht Alpen Rhein Elbe Donau Atlas Aurora Bergmann Blau Brandt Castell Delta Eich Falken Fjord Grün Hansa
            Horizon Iris Jade Kessler Kristall Lindner Lotus Meridian Nova Oak Orion Polar Quarz Ritter Saphir Silber Sonnen
            Stern Summit Tannen Vega Weiss Zenit Apex Beacon Cedar Crest Evergreen Granite Harbor Keystone Lighthouse Maple
            Northwind Pinnacle Redwood Riverside Sterling Willow Albion Avalon Bellevue Corona Solaris Terra Marina Vento
            Luce Sole Monte Costa Verde Rio Sierra Viento Alba Lumière Océan Soleil Étoile Mistral Vista Prima Forte Nuovo
            Baltic Nordic Vestas Hafen Burg Linden Brücke Quelle Feld Wald Stein Kraft Fels Adler Löwen Wolf Bär Hirsch""");

    private static final String[] COMPANY_SECOND = split("""
            Logistik Maschinenbau Software Consulting Systems Solutions Technik Medien Bau Energie Handel Pharma Foods Textil
            Elektro Design Analytics Robotics Labs Partners Digital Networks Capital Services Trading Industries Holding
            Werkzeuge Automation Optics Bio Hotels Immobilien Versicherung Finanz Verlag Druck Metall Kunststoff Chemie Agrar
            Transport Reisen Gastronomie Sensorik Mobility Security Health Data Cloud Studio Works Group Ventures Dynamics
            Components Instruments Materials Engineering Interiors Furniture Logistics Kitchens Motors Coffee Brewing Print""");

    private static final String[] COMPANY_THIRD = split("""
            - International Europe Nord Süd West Ost Tech Plus Pro One Direct Hub Team Service Consult Trade Net Partner Center""");

    /** Invented words and family names, as company names begin. */
    private static final String[] COMPANY_FIRST = distinctByAscii(COMPANY_WORDS, LAST_NAMES);

    private static final String[] PUBLIC_MAIL = {"gmail.com", "outlook.com", "web.de", "gmx.de", "yahoo.com", "hotmail.com",
            "icloud.com", "gmx.at", "bluewin.ch", "orange.fr", "libero.it", "posteo.de", "t-online.de", "proton.me"};

    private static final String[] FIRST_ASCII = ascii(FIRST_NAMES);
    private static final String[] LAST_ASCII = ascii(LAST_NAMES);
    private static final String[] COMPANY_FIRST_ASCII = ascii(COMPANY_FIRST);
    private static final String[] COMPANY_SECOND_ASCII = ascii(COMPANY_SECOND);
    private static final String[] COMPANY_THIRD_ASCII = ascii(COMPANY_THIRD);

    /** How many different company names the parts make before a number is added. */
    static final long COMPANY_NAME_COMBINATIONS = (long) COMPANY_FIRST.length * COMPANY_SECOND.length * COMPANY_THIRD.length;

    private SampleNames() {
    }

    /** A company name and its web domain's name, distinct for every index below {@link #COMPANY_NAME_COMBINATIONS}. */
    record CompanyName(String name, String slug) {
    }

    /**
     * The index-th company name: the three parts are spread by a multiplicative step coprime to the
     * number of combinations, so that neighbours differ and no combination repeats before all are used.
     */
    static CompanyName companyName(long index, String legalForm) {
        long combination = Math.floorMod(index * 1_000_003L, COMPANY_NAME_COMBINATIONS);
        int third = (int) (combination % COMPANY_THIRD.length);
        long rest = combination / COMPANY_THIRD.length;
        int second = (int) (rest % COMPANY_SECOND.length);
        int first = (int) (rest / COMPANY_SECOND.length);
        long round = index / COMPANY_NAME_COMBINATIONS;
        StringBuilder name = new StringBuilder(COMPANY_FIRST[first]).append(' ').append(COMPANY_SECOND[second]);
        StringBuilder slug = new StringBuilder(COMPANY_FIRST_ASCII[first]).append('-').append(COMPANY_SECOND_ASCII[second]);
        if (!COMPANY_THIRD[third].equals("-")) {
            name.append(' ').append(COMPANY_THIRD[third]);
            slug.append('-').append(COMPANY_THIRD_ASCII[third]);
        }
        if (round > 0) {
            name.append(' ').append(round + 1);
            slug.append(round + 1);
        }
        return new CompanyName(name.append(' ').append(legalForm).toString(), slug.toString());
    }

    static int firstName(SplittableRandom random) {
        return random.nextInt(FIRST_NAMES.length);
    }

    static int lastName(SplittableRandom random) {
        return random.nextInt(LAST_NAMES.length);
    }

    static String title(SplittableRandom random) {
        return TITLES[random.nextInt(TITLES.length)];
    }

    /** A company address for a person: {@code first.last}, {@code f.last} or {@code firstlast}, as the company's habit is. */
    static String workEmail(int habit, int first, int last, String domain) {
        String local = switch (habit) {
            case 0 -> FIRST_ASCII[first] + "." + LAST_ASCII[last];
            case 1 -> FIRST_ASCII[first].charAt(0) + "." + LAST_ASCII[last];
            default -> FIRST_ASCII[first] + LAST_ASCII[last];
        };
        return local + "@" + domain;
    }

    /** A private address at a public mail service, with a number as people take when their name is gone. */
    static String privateEmail(SplittableRandom random, int first, int last) {
        return FIRST_ASCII[first] + "." + LAST_ASCII[last] + random.nextInt(1, 10_000) + "@"
                + PUBLIC_MAIL[random.nextInt(PUBLIC_MAIL.length)];
    }

    static List<String> publicMailDomains() {
        return List.of(PUBLIC_MAIL);
    }

    private static String[] split(String words) {
        return split(words, "\\s+");
    }

    private static String[] split(String words, String separator) {
        return java.util.Arrays.stream(words.strip().split(separator)).map(String::strip).filter(word -> !word.isEmpty())
                .toArray(String[]::new);
    }

    /** Lower case ASCII letters and digits: diacritics dropped, ß as ss, ø as o, everything else removed. */
    static String ascii(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l");
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replaceAll("[^a-z0-9]", "");
    }

    /** The words of both lists, without those whose ASCII form an earlier one has, so that web domains stay distinct. */
    private static String[] distinctByAscii(String[] first, String[] second) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(second))
                .filter(word -> seen.add(ascii(word))).toArray(String[]::new);
    }

    private static String[] ascii(String[] words) {
        return java.util.Arrays.stream(words).map(SampleNames::ascii).toArray(String[]::new);
    }
}
