package org.clientele.customers;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.clientele.customers.CompaniesBulkData.ReferenceIds;
import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.springframework.stereotype.Component;

/**
 * The generated data set's leads in every status: new, qualified, disqualified (with a reason) and
 * converted. A converted lead names the generated company and contact it became, with their very
 * names, addresses and owner, and was converted when the company was made; the others are
 * prospects of their own, at companies not among the generated customers.
 *
 * <p>Shares {@code leads}, {@code leads.owner}, {@code leads.team} (0 for none) and {@code leads.created}.
 */
@Component
class LeadsBulkData implements BulkDataContributor {

    private static final String[] REASONS = {"No budget this year", "Went with a competitor", "No longer reachable",
            "Not the decision maker", "Too small for our offer", "Duplicate enquiry", "Outside our sales area", "Only wanted information"};

    private static final String[] DESCRIPTIONS = {"Asked for a demo at the trade fair.", "Downloaded the price list.",
            "Wants an offer before the end of the quarter.", "Referred by an existing customer.", "Replied to the spring mailing.",
            "Interested in a pilot with one team."};

    /** Company indexes for converted leads step through the companies by a prime, so that each is used once. */
    private static final long STRIDE = 7_919;

    @Override
    public int order() {
        return 220;
    }

    @Override
    public void contribute(BulkData data) {
        Sources sources = Sources.of(data);
        int count = data.count("leads");
        GeneratedOwners owners = GeneratedOwners.of(data);
        GeneratedTimes times = new GeneratedTimes(data.now());
        ReferenceIds reference = ReferenceIds.read(data);
        SplittableRandom random = data.random("customers.leads");
        long seed = data.random("customers.leads.seed").nextLong();
        long[] ids = new long[count];
        long[] owner = new long[count];
        long[] team = new long[count];
        long[] created = new long[count];
        long first = data.nextId("leads");
        int converted = 0;
        try (BulkTable leads = data.table("leads", "id", "version", "status", "first_name", "last_name", "sort_name", "title",
                "email", "phone", "company_name", "website", "web_domain", "company_email", "company_phone", "street",
                "postal_code", "city", "region", "country", "source_id", "industry_id", "description", "disqualify_reason",
                "converted_company_id", "converted_contact_id", "converted_at", "converted_by", "owner_id", "team_id",
                "created_at", "updated_at", "created_by");
                SearchWordRows searchWords = SearchWordRows.open(data, SearchWords.LEAD)) {
            for (int i = 0; i < count; i++) {
                ids[i] = first + i;
                LeadStatus status = status(random, sources.companies().length > 0);
                Row row;
                if (status == LeadStatus.CONVERTED) {
                    row = convertedRow(sources, converted++, random, times);
                } else {
                    row = openRow(sources, seed, i, status, random, times, owners, reference);
                }
                owner[i] = row.owner();
                team[i] = row.team();
                created[i] = row.created();
                leads.row(row.values(ids[i]));
                searchWords.add(ids[i], row.searchText(), row.phone());
            }
        }
        data.share("leads", ids);
        data.share("leads.owner", owner);
        data.share("leads.team", team);
        data.share("leads.created", created);
    }

    private static LeadStatus status(SplittableRandom random, boolean convertible) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return convertible ? LeadStatus.CONVERTED : LeadStatus.NEW;
        }
        return roll < 60 ? LeadStatus.NEW : roll < 80 ? LeadStatus.QUALIFIED : LeadStatus.DISQUALIFIED;
    }

    /** The lead a generated company (and its first contact, if it has one) was converted from. */
    private static Row convertedRow(Sources sources, int converted, SplittableRandom random, GeneratedTimes times) {
        int k = (int) Math.floorMod(converted * STRIDE, (long) sources.companies().length);
        GeneratedCompany company = GeneratedCompany.of(sources.companySeed(), k);
        int j = sources.firstContactOf()[k];
        GeneratedContact person = j < 0 ? null : GeneratedContact.of(sources.contactSeed(), j, company);
        long convertedAt = sources.companyCreated()[k];
        long created = Math.max(times.start(), convertedAt - 86_400L * (1 + random.nextInt(120)));
        long ownerId = sources.companyOwner()[k];
        long teamId = sources.companyTeam()[k];
        return new Row(LeadStatus.CONVERTED, company, person, null, null, company.description(), null, sources.companies()[k],
                j < 0 ? null : sources.contacts()[j], convertedAt, ownerId, teamId, created, convertedAt, true, true);
    }

    private static Row openRow(Sources sources, long seed, int i, LeadStatus status, SplittableRandom random, GeneratedTimes times,
            GeneratedOwners owners, ReferenceIds reference) {
        // Prospects' companies take names after those of the customers, so that they are not duplicates of them.
        GeneratedCompany company = GeneratedCompany.of(sources.companySeed(), sources.companies().length + (long) i);
        GeneratedContact person = random.nextInt(100) < 95 ? GeneratedContact.of(seed, i, company) : null;
        int ownerIndex = owners.pick(random);
        long created = times.any(random);
        long updated = status == LeadStatus.NEW ? created : times.after(random, created);
        Long source = random.nextInt(100) < 85 ? reference.leadSource(random) : null;
        Long industry = random.nextInt(100) < 60 ? reference.industry(random) : null;
        String description = random.nextInt(100) < 20 ? DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)] : null;
        String reason = status == LeadStatus.DISQUALIFIED ? REASONS[random.nextInt(REASONS.length)] : null;
        return new Row(status, company, person, source, industry, description, reason, null, null, 0, owners.user(ownerIndex),
                owners.team(ownerIndex), created, updated, random.nextInt(2) == 0, random.nextInt(2) == 0);
    }

    /** What the leads are converted into, as the companies and contacts contributors shared it. */
    private record Sources(long companySeed, long contactSeed, long[] companies, long[] companyOwner, long[] companyTeam,
            long[] companyCreated, long[] contacts, int[] firstContactOf) {

        static Sources of(BulkData data) {
            long[] companies = data.shared("companies");
            long[] contacts = data.shared("contacts");
            long[] contactCompany = data.shared("contacts.company");
            int[] firstContactOf = new int[companies.length];
            Arrays.fill(firstContactOf, -1);
            long firstCompany = companies.length == 0 ? 0 : companies[0];
            for (int j = contacts.length - 1; j >= 0; j--) {
                if (contactCompany[j] != 0) {
                    firstContactOf[(int) (contactCompany[j] - firstCompany)] = j;
                }
            }
            return new Sources(CompaniesBulkData.seed(data), ContactsBulkData.seed(data), companies, data.shared("companies.owner"),
                    data.shared("companies.team"), data.shared("companies.created"), contacts, firstContactOf);
        }
    }

    /** One lead's values; {@code convertedAt} 0 when it is not converted. */
    private record Row(LeadStatus status, GeneratedCompany company, GeneratedContact person, Long source, Long industry,
            String description, String reason, Long convertedCompany, Long convertedContact, long convertedAt, long owner, long team,
            long created, long updated, boolean withCompanyEmail, boolean withCompanyPhone) {

        Object[] values(long id) {
            String firstName = person == null ? null : person.firstName();
            String lastName = person == null ? null : person.lastName();
            String personName = Contact.sortName(firstName, lastName);
            String sortName = personName.isEmpty() ? company.name().toLowerCase(Locale.ROOT) : personName;
            String email = person == null ? null : person.email();
            String companyEmail = withCompanyEmail ? company.email() : null;
            SamplePlaces.Place place = company.place();
            return new Object[] {id, 0, status, firstName, lastName, sortName, person == null ? null : person.title(), email,
                    phone(), company.name(), company.website(),
                    WebDomains.of(company.website(), Arrays.asList(companyEmail, email)), companyEmail,
                    withCompanyPhone ? company.phone() : null, place.street(), place.postalCode(), place.city(), place.region(),
                    place.country().code(), source, industry, description, reason, convertedCompany, convertedContact,
                    convertedAt == 0 ? null : GeneratedTimes.instant(convertedAt), convertedAt == 0 ? null : owner, owner,
                    GeneratedOwners.teamColumn(team), GeneratedTimes.instant(created), GeneratedTimes.instant(updated), owner};
        }

        String searchText() {
            return person == null ? company.name() : person.firstName() + " " + person.lastName() + " " + company.name();
        }

        String phone() {
            return person == null ? null : person.phone();
        }
    }
}
