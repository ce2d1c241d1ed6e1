package org.clientele.sales.deals;

import java.util.Arrays;

import org.clientele.platform.BulkData;

/**
 * The companies the customers module generated, as deals need them: each company's owner and team
 * and its contacts, found by the company's index in the shared {@code companies} ids (shared
 * values only: the customers' tables are not read).
 */
final class GeneratedCustomers {

    private final long[] companies;
    private final long[] owners;
    private final long[] teams;
    private final long[] contacts;
    /** Contacts of company i are contacts[contactOrder[contactStart[i]]] … up to contactStart[i + 1]. */
    private final int[] contactStart;
    private final int[] contactOrder;

    GeneratedCustomers(BulkData data) {
        companies = data.shared("companies");
        owners = data.shared("companies.owner");
        teams = data.shared("companies.team");
        contacts = data.shared("contacts");
        if (companies.length == 0) {
            throw new IllegalStateException("Deals are generated for companies, and none were generated");
        }
        for (int i = 1; i < companies.length; i++) {
            if (companies[i] <= companies[i - 1]) {
                throw new IllegalStateException("The shared company ids must be ascending");
            }
        }
        int[] companyOfContact = new int[contacts.length];
        long[] contactCompanies = data.shared("contacts.company");
        contactStart = new int[companies.length + 1];
        for (int i = 0; i < contacts.length; i++) {
            companyOfContact[i] = contactCompanies[i] == 0 ? -1 : indexOf(contactCompanies[i]);
            if (companyOfContact[i] >= 0) {
                contactStart[companyOfContact[i] + 1]++;
            }
        }
        for (int i = 0; i < companies.length; i++) {
            contactStart[i + 1] += contactStart[i];
        }
        contactOrder = new int[contactStart[companies.length]];
        int[] next = Arrays.copyOf(contactStart, companies.length);
        for (int i = 0; i < contacts.length; i++) {
            if (companyOfContact[i] >= 0) {
                contactOrder[next[companyOfContact[i]]++] = i;
            }
        }
    }

    int count() {
        return companies.length;
    }

    long id(int company) {
        return companies[company];
    }

    long owner(int company) {
        return owners[company];
    }

    long team(int company) {
        return teams[company];
    }

    /** The id of one of the company's contacts picked by {@code draw} (any int), or 0 when it has none. */
    long contact(int company, int draw) {
        int size = contactStart[company + 1] - contactStart[company];
        return size == 0 ? 0 : contacts[contactOrder[contactStart[company] + Math.floorMod(draw, size)]];
    }

    /** The company's index among the shared ids, which are ascending, or -1. */
    private int indexOf(long companyId) {
        int index = Arrays.binarySearch(companies, companyId);
        return index < 0 ? -1 : index;
    }
}
