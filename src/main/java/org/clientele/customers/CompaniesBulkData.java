package org.clientele.customers;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.springframework.stereotype.Component;

/**
 * The generated data set's companies: a name, website, e-mail address, phone number and address
 * each, most with a type and an industry from the reference data the migrations ship, owned by
 * the generated users and in their owner's team.
 *
 * <p>Shares {@code companies}, {@code companies.owner}, {@code companies.team} (0 for none) and
 * {@code companies.created} (epoch seconds).
 */
@Component
class CompaniesBulkData implements BulkDataContributor {

    /** The seed {@link GeneratedCompany} is made from, the same for every contributor that asks. */
    static long seed(BulkData data) {
        return data.random("customers.companies.seed").nextLong();
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(BulkData data) {
        int count = data.count("companies");
        long seed = seed(data);
        GeneratedOwners owners = GeneratedOwners.of(data);
        GeneratedTimes times = new GeneratedTimes(data.now());
        ReferenceIds reference = ReferenceIds.read(data);
        long[] ids = new long[count];
        long[] owner = new long[count];
        long[] team = new long[count];
        long[] created = new long[count];
        long first = data.nextId("companies");
        SplittableRandom random = data.random("customers.companies");
        try (BulkTable companies = data.table("companies", "id", "version", "name", "sort_name", "alternative_names", "website",
                "web_domain", "email", "phone", "street", "postal_code", "city", "region", "country", "registration_number",
                "description", "owner_id", "team_id", "created_at", "updated_at", "created_by", "type_id", "source_id")) {
            for (int i = 0; i < count; i++) {
                GeneratedCompany company = GeneratedCompany.of(seed, i);
                int ownerIndex = owners.pick(random);
                ids[i] = first + i;
                owner[i] = owners.user(ownerIndex);
                team[i] = owners.team(ownerIndex);
                created[i] = times.any(random);
                long updated = random.nextInt(3) == 0 ? times.after(random, created[i]) : created[i];
                Long type = random.nextInt(100) < 85 ? reference.companyType(random) : null;
                Long source = random.nextInt(100) < 40 ? reference.leadSource(random) : null;
                SamplePlaces.Place place = company.place();
                companies.row(ids[i], 0, company.name(), company.name().toLowerCase(Locale.ROOT), company.alternativeNames(),
                        company.website(), WebDomains.of(company.website(), company.emails()), company.email(), company.phone(),
                        place.street(), place.postalCode(), place.city(), place.region(), place.country().code(),
                        company.registrationNumber(), company.description(), owner[i], GeneratedOwners.teamColumn(team[i]),
                        GeneratedTimes.instant(created[i]), GeneratedTimes.instant(updated), owner[i], type, source);
            }
        }
        writeDetails(data, seed, ids, reference);
        data.share("companies", ids);
        data.share("companies.owner", owner);
        data.share("companies.team", team);
        data.share("companies.created", created);
    }

    /** Further phone numbers, industries and search words, once the companies they belong to are committed. */
    private static void writeDetails(BulkData data, long seed, long[] ids, ReferenceIds reference) {
        SplittableRandom random = data.random("customers.companies.industries");
        try (BulkTable phones = data.table("company_phones", "company_id", "position", "phone");
                BulkTable industries = data.table("company_industries", "company_id", "industry_id");
                SearchWordRows searchWords = SearchWordRows.open(data, SearchWords.COMPANY)) {
            for (int i = 0; i < ids.length; i++) {
                GeneratedCompany company = GeneratedCompany.of(seed, i);
                List<String> others = company.otherPhones();
                for (int position = 0; position < others.size(); position++) {
                    phones.row(ids[i], position, others.get(position));
                }
                int chosen = random.nextInt(100);
                if (chosen < 95) {
                    long industry = reference.industry(random);
                    industries.row(ids[i], industry);
                    if (chosen < 15) {
                        long second = reference.industry(random);
                        if (second != industry) {
                            industries.row(ids[i], second);
                        }
                    }
                }
                searchWords.add(ids[i], company.searchText(), company.phone());
            }
        }
    }

    /** The reference data everyone is offered, as the migrations created it. */
    record ReferenceIds(long[] companyTypes, long[] industries, long[] leadSources) {

        static ReferenceIds read(BulkData data) {
            return new ReferenceIds(ids(data, "company_types"), ids(data, "industries"), ids(data, "lead_sources"));
        }

        private static long[] ids(BulkData data, String table) {
            long[] ids = data.jdbc().sql("select id from " + table + " where team_key = 0 and active = true order by position, id")
                    .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
            if (ids.length == 0) {
                throw new IllegalStateException("The generator needs the " + table + " the migrations create, and found none");
            }
            return ids;
        }

        /** Customers and prospects most often, as in most CRMs; the first two entries are those. */
        long companyType(SplittableRandom random) {
            int roll = random.nextInt(100);
            int index = roll < 50 ? 0 : roll < 80 ? 1 : 2 + random.nextInt(Math.max(1, companyTypes.length - 2));
            return companyTypes[Math.min(index, companyTypes.length - 1)];
        }

        long industry(SplittableRandom random) {
            return industries[random.nextInt(industries.length)];
        }

        long leadSource(SplittableRandom random) {
            return leadSources[random.nextInt(leadSources.length)];
        }
    }
}
