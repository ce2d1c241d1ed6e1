package org.clientele.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.clientele.customers.SamplePlaces.Country;
import org.clientele.customers.SamplePlaces.Place;

/**
 * The generated data set's contact number {@code index}, the same every time it is asked for
 * given its company (or none), so that the lead it was converted from can be made to match it.
 *
 * @param place the contact's own address, or {@code null} (people at companies have theirs)
 */
record GeneratedContact(long index, String firstName, String lastName, String title, String email, List<String> otherEmails,
        String phone, LocalDate birthday, Place place) {

    static GeneratedContact of(long seed, long index, GeneratedCompany company) {
        SplittableRandom random = new SplittableRandom(seed ^ (index * 0x9FB21C651E98DF25L + 0x2545F4914F6CDD1DL));
        int first = SampleNames.firstName(random);
        int last = SampleNames.lastName(random);
        String title = random.nextInt(10) < 7 ? SampleNames.title(random) : null;
        Country country = company == null ? SamplePlaces.country(random) : company.place().country();
        String email;
        if (company != null && random.nextInt(10) < 9) {
            email = SampleNames.workEmail(company.emailHabit(), first, last, company.domain());
        } else {
            email = random.nextInt(10) < 7 ? SampleNames.privateEmail(random, first, last) : null;
        }
        List<String> otherEmails = email != null && company != null && random.nextInt(100) < 5
                ? List.of(SampleNames.privateEmail(random, first, last)) : List.of();
        String phone = random.nextInt(10) < 6 ? (random.nextInt(2) == 0 ? country.mobile() : country.landline()).number(random) : null;
        LocalDate birthday = random.nextInt(100) < 15
                ? LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;
        Place place = company == null && random.nextInt(10) < 6 ? SamplePlaces.place(random, country) : null;
        return new GeneratedContact(index, SampleNames.FIRST_NAMES[first], SampleNames.LAST_NAMES[last], title, email, otherEmails,
                phone, birthday, place);
    }

    String sortName() {
        return Contact.sortName(firstName, lastName);
    }

    /** What the search finds it by, as {@link SearchWords} indexes it. */
    String searchText() {
        return firstName + " " + lastName;
    }
}
