package org.clientele.customers;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The suffixes of a phone number's digits, three digits long or more, for the MySQL and MariaDB
 * search by phone digits: digits found anywhere in the number are the start of one of them, which
 * an index finds by range ({@code suffix like '3012%'}). {@code +49 301234} gives
 * {@code 49301234 9301234 301234 01234 1234 234}.
 */
final class PhoneSuffixes {

    /** The shortest digits a search by phone looks for (see {@link ListQuery#phoneDigits}). */
    static final int SHORTEST = 3;

    private PhoneSuffixes() {
    }

    static Set<String> of(String phone) {
        Set<String> suffixes = new LinkedHashSet<>();
        if (phone == null) {
            return suffixes;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        for (int start = 0; start + SHORTEST <= digits.length(); start++) {
            suffixes.add(digits.substring(start));
        }
        return suffixes;
    }
}
