package org.clientele.customers;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserSummary;
import org.clientele.platform.DemoDataContributor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Companies across Europe and North America with the people who work there, owned by the demo
 * colleagues and so spread over their teams (each record goes to its owner's first team).
 */
@Component
class CustomersDemoData implements DemoDataContributor {

    private static final String COLLEAGUES = "@demo.clientele.test";

    private static final List<DemoCompany> COMPANIES = List.of(
            company("Brandt Maschinenbau GmbH", "Brandt MB", "brandt-maschinenbau", "+49 711 123456", "Industriestraße 12", "70565",
                    "Stuttgart", "Baden-Württemberg", "DE", "HRB 734512", "Family-owned maker of packaging machines.", "tom.becker",
                    person("Klaus", "Brandt", "Managing Director", "+49 151 23456789", LocalDate.of(1964, 5, 2)),
                    person("Petra", "Lehmann", "Head of Purchasing", null, null),
                    person("Jonas", "Weber", "Service Engineer", "+49 170 1234567", null)),
            company("Nordlicht Logistik AG", null, "nordlicht-logistik", "+49 40 3012345", "Am Sandtorkai 5", "20457", "Hamburg", null,
                    "DE", "HRB 98765", "Port logistics and warehousing.", "maria.schneider",
                    person("Sabine", "Krüger", "COO", null, LocalDate.of(1975, 11, 19)),
                    person("Henrik", "Jansen", "IT Manager", null, null),
                    person("Ole", "Hansen", "Warehouse Lead", null, null)),
            company("Grünwald Bio-Feinkost KG", "Grünwald Bio", "gruenwald-bio", "+49 89 2154321", "Viktualienmarkt 3", "80331",
                    "München", "Bayern", "DE", "HRA 45678", "Organic delicatessen with twelve shops.", "tom.becker",
                    person("Lena", "Grünwald", "Owner", null, LocalDate.of(1981, 2, 14)),
                    person("Felix", "Hofmann", "Store Operations", null, null)),
            company("Alpenblick Hotels GmbH", null, "alpenblick-hotels", "+43 512 567890", "Maria-Theresien-Straße 18", "6020",
                    "Innsbruck", "Tirol", "AT", "FN 123456a", "Four mountain hotels; winter season from December.", "tom.becker",
                    person("Andreas", "Pichler", "General Manager", "+43 664 1234567", null),
                    person("Eva", "Gruber", "Front Office", null, null)),
            company("Seetal Präzision AG", null, "seetal-praezision", "+41 41 7601234", "Industriestrasse 4", "6300", "Zug", "Zug",
                    "CH", "CHE-123.456.789", "Precision parts for medical devices.", "maria.schneider",
                    person("Reto", "Meier", "CEO", "+41 79 123 45 67", LocalDate.of(1970, 8, 30)),
                    person("Nadia", "Keller", "Quality Manager", null, null),
                    person("Luca", "Brunner", "Purchasing", null, null)),
            company("Olivares del Sur S.L.", null, "olivares-del-sur", "+34 954 123 456", "Calle Sierpes 40", "41004", "Sevilla",
                    "Andalucía", "ES", "B41234567", "Olive oil producer exporting to twenty countries.", "lucas.fernandez",
                    person("Carmen", "Ruiz Ortega", "Export Director", "+34 612 345 678", null),
                    person("Javier", "Morales", "Logistics", null, null),
                    person("Lucía", "Navarro", "Finance", null, LocalDate.of(1988, 3, 7))),
            company("Tecnologías Cantábricas S.A.", "TecCan", "teccan", "+34 942 123 456", "Paseo de Pereda 22", "39004", "Santander",
                    "Cantabria", "ES", "A39876543", "Industrial IoT sensors.", "lucas.fernandez",
                    person("Pablo", "Fernández Díaz", "CTO", null, null),
                    person("Marta", "Gómez", "Procurement", null, null)),
            company("Rossi & Figli Arredamenti S.r.l.", "Rossi Arredamenti", "rossi-arredamenti", "+39 02 1234 5678", "Via Tortona 31",
                    "20144", "Milano", "Lombardia", "IT", "MI-1234567", "Furniture for hotels and offices.", "sofia.rossi",
                    person("Giulia", "Bianchi", "Sales Director", "+39 347 123 4567", null),
                    person("Marco", "Conti", "Project Manager", null, null),
                    person("Francesca", "Ricci", "Accounts Payable", null, null)),
            company("Vigneti Colle Alto", null, "colle-alto", "+39 055 123 4567", "Via Chiantigiana 88", "50126", "Firenze",
                    "Toscana", "IT", null, "Chianti wine estate with an agriturismo.", "sofia.rossi",
                    person("Lorenzo", "Galli", "Owner", null, LocalDate.of(1959, 9, 21)),
                    person("Chiara", "Galli", "Marketing", null, null)),
            company("Atelier Lumière SARL", null, "atelier-lumiere", "+33 4 72 12 34 56", "12 Rue de la République", "69002", "Lyon",
                    "Auvergne-Rhône-Alpes", "FR", "RCS Lyon 812 345 678", "Lighting design studio.", "sofia.rossi",
                    person("Camille", "Dubois", "Founder", "+33 6 12 34 56 78", null),
                    person("Hugo", "Lefèvre", "Designer", null, null)),
            company("Thistle & Finch Ltd", null, "thistle-finch", "+44 131 496 0123", "18 Rose Street", "EH2 2PR", "Edinburgh",
                    "Scotland", "GB", "SC123456", "Tweed and knitwear; long-standing customer.", "aisha.khan",
                    person("Fiona", "MacLeod", "Managing Director", "+44 7911 123456", LocalDate.of(1968, 1, 25)),
                    person("Callum", "Stewart", "Operations", null, null)),
            company("Harbourside Analytics Ltd", null, "harbourside-analytics", "+44 117 496 0456", "1 Canons Way", "BS1 5LL",
                    "Bristol", "England", "GB", "09876543", "Data consultancy for retailers.", "aisha.khan",
                    person("Priya", "Patel", "Head of Data", null, null),
                    person("Tom", "Hughes", "Account Manager", null, null),
                    person("Grace", "Evans", "Office Manager", null, null)),
            company("Van Dijk Fietsen B.V.", "Van Dijk Bikes", "vandijk-fietsen", "+31 30 123 4567", "Oudegracht 150", "3511 AZ",
                    "Utrecht", "Utrecht", "NL", "KvK 12345678", "E-bikes for commuters and couriers.", "maria.schneider",
                    person("Sanne", "van Dijk", "CEO", "+31 6 12345678", null),
                    person("Daan", "Bakker", "Fleet Sales", null, null)),
            company("Cedar Ridge Outdoor Supply", "Cedar Ridge", "cedarridge-outdoor", "+1 303 555 0142", "1550 Wynkoop St", "80202",
                    "Denver", "Colorado", "US", null, "Outdoor gear retailer with 30 stores.", "daniel.okafor",
                    person("Megan", "Carter", "VP Merchandising", "+1 303 555 0187", null),
                    person("Jason", "Reed", "Buyer", null, null),
                    person("Aaron", "Wells", "Store Operations", null, null)),
            company("Bluewater Software Inc.", null, "bluewater-software", "+1 512 555 0178", "500 W 2nd St", "78701", "Austin",
                    "Texas", "US", null, "Scheduling software for clinics.", "daniel.okafor",
                    person("Olivia", "Nguyen", "Chief Revenue Officer", "+1 512 555 0134", LocalDate.of(1983, 6, 11)),
                    person("Marcus", "Johnson", "Procurement Lead", null, null),
                    person("Emily", "Brooks", "Customer Success", null, null)),
            company("Maple & Stone Architects", null, "maplestone", "+1 416 555 0199", "200 King St W", "M5H 3T4", "Toronto",
                    "Ontario", "CA", null, "Architecture firm; interested in our project module.", "daniel.okafor",
                    person("Ethan", "Tremblay", "Partner", "+1 416 555 0111", null),
                    person("Sophie", "Martin", "Office Manager", null, null)));

    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final UserDirectory users;
    private final TimelineEntries timelineEntries;
    private final ReferenceDataManagement referenceData;

    CustomersDemoData(CompanyManagement companies, ContactManagement contacts, UserDirectory users,
            TimelineEntries timelineEntries, ReferenceDataManagement referenceData) {
        this.companies = companies;
        this.contacts = contacts;
        this.users = users;
        this.timelineEntries = timelineEntries;
        this.referenceData = referenceData;
    }

    /** After identity's colleagues and teams. */
    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(long administratorId) {
        Map<String, Long> colleagues = colleagues();
        List<ReferenceEntry> types = referenceData.offeredTo(ReferenceKind.COMPANY_TYPE, administratorId);
        List<ReferenceEntry> industries = referenceData.offeredTo(ReferenceKind.INDUSTRY, administratorId);
        List<ReferenceEntry> sources = referenceData.offeredTo(ReferenceKind.LEAD_SOURCE, administratorId);
        int index = 0;
        for (DemoCompany demo : COMPANIES) {
            index++;
            long ownerId = colleagues.getOrDefault(demo.owner(), administratorId);
            Long teamId = companies.newForm(ownerId).teamId();
            String domain = demo.domain() + ".example";
            CompanyView company = companies.create(administratorId, new CompanyForm(demo.name(), demo.alternativeNames(),
                    "https://www." + domain, List.of("info@" + domain), List.of(demo.phone()),
                    new Address(demo.street(), demo.postalCode(), demo.city(), demo.region(), demo.country()), demo.registrationNumber(),
                    demo.description(), ownerId, teamId, Set.of(), pick(types, index),
                    industries.isEmpty() ? Set.of() : Set.of(pick(industries, index * 5)),
                    pick(sources, index * 3)));
            long firstContact = -1;
            for (DemoPerson person : demo.people()) {
                String email = mailbox(person.firstName() + "." + person.lastName()) + "@" + domain;
                ContactView contact = contacts.create(administratorId, new ContactForm(person.firstName(), person.lastName(), person.title(), company.id(),
                        List.of(email), person.phone() == null ? List.of() : List.of(person.phone()), person.birthday(),
                        new Address(null, null, demo.city(), null, demo.country()), ownerId, teamId, Set.of()));
                firstContact = firstContact < 0 ? contact.id() : firstContact;
            }
            addTimeline(TimelineSubject.company(company.id()), firstContact < 0 ? null : TimelineSubject.contact(firstContact),
                    ownerId, demo);
        }
    }

    /** One of the shipped entries, spread over the demo companies. */
    private static Long pick(List<ReferenceEntry> entries, int index) {
        return entries.isEmpty() ? null : entries.get(index % entries.size()).id();
    }

    /**
     * A first meeting, a note about it and a follow-up call, dated in the past weeks, written by
     * the company's owner as if through the pages.
     */
    private void addTimeline(TimelineSubject company, TimelineSubject contact, long ownerId, DemoCompany demo) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        int offset = Math.floorMod(demo.name().hashCode(), 10);
        timelineEntries.save(new TimelineEntry(new TimelineEntryDraft(company, TimelineKind.MEETING,
                now.minus(Duration.ofDays(21 + offset)), ownerId, null, demo.people().isEmpty() ? null : demo.people().get(0).firstName()
                + " " + demo.people().get(0).lastName(), null, null, null, "Introduction", "<p>First meeting to understand their needs.</p>",
                60, demo.city(), null, null)));
        timelineEntries.save(new TimelineEntry(new TimelineEntryDraft(company, TimelineKind.NOTE,
                now.minus(Duration.ofDays(20 + offset)), ownerId, null, null, null, null, null, null,
                "<p>They want a proposal before the end of the quarter. <b>Budget</b> is agreed in principle.</p>", null, null, null,
                null)));
        if (contact != null) {
            timelineEntries.save(new TimelineEntry(new TimelineEntryDraft(contact, TimelineKind.CALL,
                    now.minus(Duration.ofDays(3 + offset)).minus(Duration.ofHours(2)), ownerId, null, null, null, "CONNECTED",
                    EntryDirection.OUTBOUND, null, "<p>Followed up on the proposal; a decision is expected next week.</p>", 12, null,
                    null, null)));
        }
    }

    /** The demo colleagues by the part of their e-mail address before the @. */
    private Map<String, Long> colleagues() {
        Map<String, Long> ids = new HashMap<>();
        CursorPage<UserSummary> page = users.list(new PageRequest(PageRequest.MAX_LIMIT, "email", null), COLLEAGUES, true);
        page.data().stream().filter(user -> user.email().endsWith(COLLEAGUES))
                .forEach(user -> ids.put(user.email().substring(0, user.email().indexOf('@')), user.id()));
        return ids;
    }

    /** Lower case, without accents or spaces: Lucía Navarro becomes lucia.navarro. */
    private static String mailbox(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static DemoCompany company(String name, String alternativeNames, String domain, String phone, String street,
            String postalCode, String city, String region, String country, String registrationNumber, String description, String owner,
            DemoPerson... people) {
        return new DemoCompany(name, alternativeNames, domain, phone, street, postalCode, city, region, country, registrationNumber,
                description, owner, List.of(people));
    }

    private static DemoPerson person(String firstName, String lastName, String title, String phone, LocalDate birthday) {
        return new DemoPerson(firstName, lastName, title, phone, birthday);
    }

    private record DemoCompany(String name, String alternativeNames, String domain, String phone, String street, String postalCode,
            String city, String region, String country, String registrationNumber, String description, String owner,
            List<DemoPerson> people) {
    }

    private record DemoPerson(String firstName, String lastName, String title, String phone, LocalDate birthday) {
    }
}
