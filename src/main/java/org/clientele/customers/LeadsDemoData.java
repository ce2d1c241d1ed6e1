package org.clientele.customers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserSummary;
import org.clientele.platform.DemoDataContributor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Twenty prospects of the demo colleagues in every state: new, qualified, disqualified with a
 * reason, and converted into companies and contacts of their own.
 */
@Component
class LeadsDemoData implements DemoDataContributor {

    private static final String COLLEAGUES = "@demo.clientele.test";

    private static final List<DemoLead> LEADS = List.of(
            lead("Stefan", "Vogel", "Head of Operations", "Vogel Kältetechnik GmbH", "vogel-kaelte", "+49 621 345678", "Mannheim", "DE",
                    "Trade fair", "Manufacturing", "tom.becker", LeadStatus.NEW, null),
            lead("Miriam", "Hartmann", "Office Manager", "Hartmann & Partner Steuerberatung", "hartmann-stb", "+49 221 987654", "Köln", "DE",
                    "Website", "Consulting", "maria.schneider", LeadStatus.NEW, null),
            lead("Jana", "Novak", "Purchasing", "Donau Werkzeuge GmbH", "donau-werkzeuge", "+43 1 5123456", "Wien", "AT",
                    "Referral", "Manufacturing", "tom.becker", LeadStatus.QUALIFIED, null),
            lead("Florian", "Egger", "Owner", "Bergsport Egger", "bergsport-egger", "+43 5512 3456", "Bregenz", "AT",
                    "Cold call", "Retail", "tom.becker", LeadStatus.DISQUALIFIED, "Only four employees; our smallest plan is too big."),
            lead("Urs", "Baumann", "CFO", "Limmat Treuhand AG", "limmat-treuhand", "+41 44 2123456", "Zürich", "CH",
                    "Partner", "Finance and insurance", "maria.schneider", LeadStatus.QUALIFIED, null),
            lead("Isabel", "Castro", "Marketing Director", "Bodegas Castro Rioja", "bodegas-castro", "+34 941 123 456", "Logroño", "ES",
                    "Trade fair", "Food and beverages", "lucas.fernandez", LeadStatus.NEW, null),
            lead("Diego", "Sánchez", "IT Lead", "Clínica Dental Sonrisa", "sonrisa-dental", "+34 91 123 45 67", "Madrid", "ES",
                    "Website", "Health care", "lucas.fernandez", LeadStatus.CONVERTED, null),
            lead("Nuria", "Vidal", "CEO", "Vidal Arquitectura", "vidal-arq", "+34 93 123 45 67", "Barcelona", "ES",
                    "Social media", "Construction", "lucas.fernandez", LeadStatus.DISQUALIFIED, "Chose a competitor after the demo."),
            lead("Alessandro", "Moretti", "Operations", "Moretti Trasporti", "moretti-trasporti", "+39 011 123 4567", "Torino", "IT",
                    "Referral", "Logistics", "sofia.rossi", LeadStatus.QUALIFIED, null),
            lead("Elena", "Fontana", "Hotel Manager", "Hotel Lago Blu", "hotel-lagoblu", "+39 031 123 456", "Como", "IT",
                    "Advertising", "Hospitality and tourism", "sofia.rossi", LeadStatus.NEW, null),
            lead("Julien", "Moreau", "Managing Partner", "Moreau Conseil", "moreau-conseil", "+33 1 42 12 34 56", "Paris", "FR",
                    "E-mail campaign", "Consulting", "sofia.rossi", LeadStatus.CONVERTED, null),
            lead("Claire", "Bernard", "Buyer", "Boulangeries Bernard", "boulangeries-bernard", "+33 5 56 12 34 56", "Bordeaux", "FR",
                    "Trade fair", "Food and beverages", "sofia.rossi", LeadStatus.NEW, null),
            lead("Owen", "Davies", "Director", "Davies Joinery Ltd", "davies-joinery", "+44 29 2012 3456", "Cardiff", "GB",
                    "Cold call", "Construction", "aisha.khan", LeadStatus.NEW, null),
            lead("Hannah", "Wright", "Practice Manager", "Wright Veterinary Group", "wright-vets", "+44 161 496 0789", "Manchester", "GB",
                    "Website", "Health care", "aisha.khan", LeadStatus.QUALIFIED, null),
            lead("Liam", "O'Connor", "Founder", "Harbour Coffee Roasters", "harbour-coffee", "+44 117 496 0999", "Bristol", "GB",
                    "Social media", "Food and beverages", "aisha.khan", LeadStatus.CONVERTED, null),
            lead(null, null, null, "Kingsgate Property Management", "kingsgate-property", "+44 20 7946 0123", "London", "GB",
                    "Advertising", "Real estate", "aisha.khan", LeadStatus.NEW, null),
            lead("Noah", "Peters", "VP Sales", "Prairie Wind Energy", "prairiewind", "+1 402 555 0161", "Omaha", "US",
                    "Trade fair", "Energy", "daniel.okafor", LeadStatus.QUALIFIED, null),
            lead("Ava", "Thompson", "Head of IT", "Lakeshore School District", "lakeshore-schools", "+1 312 555 0177", "Chicago", "US",
                    "Partner", "Education", "daniel.okafor", LeadStatus.DISQUALIFIED, "Public tender required; revisit next budget year."),
            lead("Chloé", "Gagnon", "Operations Manager", "Gagnon Logistique", "gagnon-logistique", "+1 514 555 0133", "Montréal", "CA",
                    "Referral", "Logistics", "daniel.okafor", LeadStatus.CONVERTED, null),
            lead("Ryan", "Mitchell", null, null, null, "+1 206 555 0150", "Seattle", "US", "Website", null, "daniel.okafor", LeadStatus.NEW,
                    null));

    private final LeadManagement leadManagement;
    private final Leads leads;
    private final ReferenceDataManagement referenceData;
    private final UserDirectory users;

    LeadsDemoData(LeadManagement leadManagement, Leads leads, ReferenceDataManagement referenceData, UserDirectory users) {
        this.leadManagement = leadManagement;
        this.leads = leads;
        this.referenceData = referenceData;
        this.users = users;
    }

    /** After the demo companies and contacts. */
    @Override
    public int order() {
        return 210;
    }

    @Override
    public void contribute(long administratorId) {
        Map<String, Long> colleagues = colleagues();
        Map<String, Long> sources = byName(ReferenceKind.LEAD_SOURCE);
        Map<String, Long> industries = byName(ReferenceKind.INDUSTRY);
        for (DemoLead demo : LEADS) {
            long ownerId = colleagues.getOrDefault(demo.owner(), administratorId);
            String domain = demo.domain() == null ? null : demo.domain() + ".example";
            String email = demo.lastName() == null || domain == null ? null
                    : (demo.firstName().charAt(0) + "." + demo.lastName()).toLowerCase(java.util.Locale.ROOT).replace("'", "")
                            .replace("é", "e").replace("á", "a") + "@" + domain;
            LeadView lead = leadManagement.create(administratorId, new LeadForm(demo.firstName(), demo.lastName(), demo.title(), email,
                    demo.company() == null ? demo.phone() : null, demo.company(), domain == null ? null : "https://www." + domain,
                    domain == null ? null : "info@" + domain, demo.company() == null ? null : demo.phone(),
                    new Address(null, null, demo.city(), null, demo.country()), sources.get(demo.source()),
                    demo.industry() == null ? null : industries.get(demo.industry()), null, ownerId,
                    leadManagement.newForm(ownerId).teamId(), Set.of()));
            Lead entity = leads.findById(lead.id()).orElseThrow();
            switch (demo.status()) {
                case QUALIFIED -> entity.qualify();
                case DISQUALIFIED -> entity.disqualify(demo.reason());
                case CONVERTED -> {
                    entity.qualify();
                    leads.flush();
                    leadManagement.convertToNewRecords(lead.id(), ownerId);
                }
                default -> {
                }
            }
        }
    }

    private Map<String, Long> byName(ReferenceKind kind) {
        Map<String, Long> ids = new HashMap<>();
        referenceData.all(kind).forEach(entry -> ids.put(entry.name(), entry.id()));
        return ids;
    }

    /** The demo colleagues by the part of their e-mail address before the @. */
    private Map<String, Long> colleagues() {
        Map<String, Long> ids = new HashMap<>();
        CursorPage<UserSummary> page = users.list(new PageRequest(PageRequest.MAX_LIMIT, "email", null), COLLEAGUES, true);
        page.data().stream().filter(user -> user.email().endsWith(COLLEAGUES))
                .forEach(user -> ids.put(user.email().substring(0, user.email().indexOf('@')), user.id()));
        return ids;
    }

    private static DemoLead lead(String firstName, String lastName, String title, String company, String domain, String phone,
            String city, String country, String source, String industry, String owner, LeadStatus status, String reason) {
        return new DemoLead(firstName, lastName, title, company, domain, phone, city, country, source, industry, owner, status, reason);
    }

    private record DemoLead(String firstName, String lastName, String title, String company, String domain, String phone, String city,
            String country, String source, String industry, String owner, LeadStatus status, String reason) {
    }
}
