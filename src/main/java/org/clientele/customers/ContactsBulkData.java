package org.clientele.customers;

import java.util.BitSet;
import java.util.SplittableRandom;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.springframework.stereotype.Component;

/**
 * The generated data set's contacts: nine in ten work at a generated company, a few at many and
 * most at a handful, with an address at the company's domain, and belong to the company's owner
 * and team; the rest are private people with an owner of their own.
 *
 * <p>Shares {@code contacts}, {@code contacts.company} (0 for none), {@code contacts.owner},
 * {@code contacts.team} (0 for none) and {@code contacts.created} (epoch seconds).
 */
@Component
class ContactsBulkData implements BulkDataContributor {

    private static final int LINKED_PERCENT = 90;

    static long seed(BulkData data) {
        return data.random("customers.contacts.seed").nextLong();
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public void contribute(BulkData data) {
        int count = data.count("contacts");
        long[] companies = data.shared("companies");
        long[] companyOwner = data.shared("companies.owner");
        long[] companyTeam = data.shared("companies.team");
        long[] companyCreated = data.shared("companies.created");
        long companySeed = CompaniesBulkData.seed(data);
        long seed = seed(data);
        GeneratedOwners owners = GeneratedOwners.of(data);
        GeneratedTimes times = new GeneratedTimes(data.now());
        SplittableRandom random = data.random("customers.contacts");
        int[] companyOf = companyOfEachContact(random, count, companies.length);
        long[] ids = new long[count];
        long[] company = new long[count];
        long[] owner = new long[count];
        long[] team = new long[count];
        long[] created = new long[count];
        long first = data.nextId("contacts");
        GeneratedCompany current = null;
        BitSet withOtherEmails = new BitSet(count);
        try (BulkTable contacts = data.table("contacts", "id", "version", "first_name", "last_name", "sort_name", "title", "company_id",
                "email", "phone", "birthday", "street", "postal_code", "city", "region", "country", "owner_id", "team_id",
                "created_at", "updated_at", "created_by")) {
            for (int i = 0; i < count; i++) {
                int k = companyOf[i];
                ids[i] = first + i;
                if (k >= 0) {
                    if (current == null || current.index() != k) {
                        current = GeneratedCompany.of(companySeed, k);
                    }
                    company[i] = companies[k];
                    owner[i] = companyOwner[k];
                    team[i] = companyTeam[k];
                    created[i] = times.after(random, companyCreated[k]);
                } else {
                    int ownerIndex = owners.pick(random);
                    owner[i] = owners.user(ownerIndex);
                    team[i] = owners.team(ownerIndex);
                    created[i] = times.any(random);
                }
                GeneratedContact contact = GeneratedContact.of(seed, i, k >= 0 ? current : null);
                withOtherEmails.set(i, !contact.otherEmails().isEmpty());
                long updated = random.nextInt(4) == 0 ? times.after(random, created[i]) : created[i];
                SamplePlaces.Place place = contact.place();
                contacts.row(ids[i], 0, contact.firstName(), contact.lastName(), contact.sortName(), contact.title(),
                        k >= 0 ? company[i] : null, contact.email(), contact.phone(), contact.birthday(),
                        place == null ? null : place.street(), place == null ? null : place.postalCode(),
                        place == null ? null : place.city(), place == null ? null : place.region(),
                        place == null ? null : place.country().code(), owner[i], GeneratedOwners.teamColumn(team[i]),
                        GeneratedTimes.instant(created[i]), GeneratedTimes.instant(updated), owner[i]);
            }
        }
        writeDetails(data, seed, companySeed, ids, companyOf, withOtherEmails);
        data.share("contacts", ids);
        data.share("contacts.company", company);
        data.share("contacts.owner", owner);
        data.share("contacts.team", team);
        data.share("contacts.created", created);
    }

    /**
     * The index of each contact's company, or -1 for none. Contacts of one company come together;
     * companies get from one to a few dozen, in proportion to a weight of their own, and the
     * contacts without a company are spread evenly between them.
     */
    static int[] companyOfEachContact(SplittableRandom random, int count, int companyCount) {
        int[] companyOf = new int[count];
        if (companyCount == 0) {
            java.util.Arrays.fill(companyOf, -1);
            return companyOf;
        }
        int linked = (int) Math.round(count * (LINKED_PERCENT / 100.0));
        double[] weights = new double[companyCount];
        double total = 0;
        for (int k = 0; k < companyCount; k++) {
            weights[k] = random.nextInt(10) == 0 ? 8 + random.nextInt(25) : 1 + random.nextInt(6);
            total += weights[k];
        }
        int k = 0;
        double cumulative = weights[0];
        int linkedDone = 0;
        for (int i = 0; i < count; i++) {
            int remaining = count - i;
            int unlinkedLeft = (count - linked) - (i - linkedDone);
            if (unlinkedLeft > 0 && random.nextInt(remaining) < unlinkedLeft) {
                companyOf[i] = -1;
                continue;
            }
            // The linked contact number linkedDone goes to the company whose share of the weight covers it.
            while (k < companyCount - 1 && linkedDone >= Math.round(linked * cumulative / total)) {
                k++;
                cumulative += weights[k];
            }
            companyOf[i] = k;
            linkedDone++;
        }
        return companyOf;
    }

    /**
     * Further e-mail addresses and search words, once the contacts they belong to are committed;
     * without search words to write, only the contacts with further addresses are made again.
     */
    private static void writeDetails(BulkData data, long seed, long companySeed, long[] ids, int[] companyOf, BitSet withOtherEmails) {
        GeneratedCompany current = null;
        try (BulkTable emails = data.table("contact_emails", "contact_id", "position", "email");
                SearchWordRows searchWords = SearchWordRows.open(data, SearchWords.CONTACT)) {
            for (int i = 0; i < ids.length; i++) {
                if (!searchWords.used() && !withOtherEmails.get(i)) {
                    continue;
                }
                int k = companyOf[i];
                if (k >= 0 && (current == null || current.index() != k)) {
                    current = GeneratedCompany.of(companySeed, k);
                }
                GeneratedContact contact = GeneratedContact.of(seed, i, k >= 0 ? current : null);
                for (int position = 0; position < contact.otherEmails().size(); position++) {
                    emails.row(ids[i], position, contact.otherEmails().get(position));
                }
                searchWords.add(ids[i], contact.searchText(), contact.phone());
            }
        }
    }
}
