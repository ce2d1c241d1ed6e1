package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The values the data generator makes customers of: valid, varied and the same on every run. */
class GeneratedCustomerValuesTests {

    @Test
    void everyCountrysPhoneNumbersAreValidAndInE164() {
        SplittableRandom random = new SplittableRandom(7);
        for (SamplePlaces.Country country : SamplePlaces.COUNTRIES) {
            for (SamplePlaces.PhoneTemplate template : new SamplePlaces.PhoneTemplate[] {country.landline(), country.mobile()}) {
                for (int i = 0; i < 1_000; i++) {
                    String number = template.number(random);
                    assertThat(ContactDetails.phone(number, country.code())).as(country.code()).isEqualTo(number);
                }
            }
        }
    }

    @Test
    void companyNamesAndWebDomainsDoNotRepeat() {
        Set<String> names = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        int count = 300_000;
        for (int i = 0; i < count; i++) {
            SampleNames.CompanyName name = SampleNames.companyName(i, "GmbH");
            names.add(name.name());
            slugs.add(name.slug());
        }
        assertThat(SampleNames.COMPANY_NAME_COMBINATIONS).isGreaterThan(count);
        assertThat(names).hasSize(count);
        assertThat(slugs).hasSize(count).allSatisfy(slug -> assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)+"));
    }

    @Test
    void aCompanyAndItsContactsAreTheSameEveryTimeTheyAreAskedFor() {
        GeneratedCompany company = GeneratedCompany.of(42, 1234);

        assertThat(GeneratedCompany.of(42, 1234)).isEqualTo(company);
        assertThat(GeneratedContact.of(43, 99, company)).isEqualTo(GeneratedContact.of(43, 99, GeneratedCompany.of(42, 1234)));
        assertThat(GeneratedCompany.of(42, 1235).name()).isNotEqualTo(company.name());
    }

    @Test
    void workAddressesAreAtTheCompanysDomainAndValid() {
        FieldChecks checks = new FieldChecks();
        for (int k = 0; k < 200; k++) {
            GeneratedCompany company = GeneratedCompany.of(5, k);
            GeneratedContact contact = GeneratedContact.of(6, k, company);
            if (contact.email() != null) {
                assertThat(ContactDetails.email(checks, "email", contact.email())).isEqualTo(contact.email());
            }
            if (company.website() != null) {
                assertThat(WebDomains.ofWebsite(company.website())).isEqualTo(company.domain());
            }
        }
        assertThat(checks.hasProblems()).isFalse();
    }

    @Test
    void contactsOfOneCompanyComeTogetherAndNineInTenHaveOne() {
        int[] companyOf = ContactsBulkData.companyOfEachContact(new SplittableRandom(3), 10_000, 2_000);

        assertThat(Arrays.stream(companyOf).filter(k -> k >= 0).count()).isEqualTo(9_000);
        int last = -1;
        for (int k : companyOf) {
            if (k >= 0) {
                assertThat(k).isGreaterThanOrEqualTo(last);
                last = k;
            }
        }
        assertThat(Arrays.stream(companyOf).filter(k -> k >= 0).distinct().count()).isGreaterThan(1_500);
    }

    @Test
    void asciiFormsDropDiacritics() {
        assertThat(SampleNames.ascii("Müller-Lüdenscheidt")).isEqualTo("mullerludenscheidt");
        assertThat(SampleNames.ascii("Søren Straße")).isEqualTo("sorenstrasse");
        assertThat(SampleNames.ascii("O'Sullivan")).isEqualTo("osullivan");
    }
}
