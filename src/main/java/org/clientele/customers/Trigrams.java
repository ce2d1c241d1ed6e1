package org.clientele.customers;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The trigrams of a text as PostgreSQL's {@code pg_trgm} makes them, for the MySQL and MariaDB
 * search: each word (letters and digits) in lower case, padded with two marks before and one
 * after, cut into every run of three characters. {@code "John"} gives {@code __j _jo joh ohn hn_}.
 * The mark is {@code _}, which never occurs in a word, so that trailing spaces mean nothing to
 * the database's comparisons.
 */
final class Trigrams {

    static final char PAD = '_';

    private Trigrams() {
    }

    static Set<String> of(String text) {
        Set<String> trigrams = new LinkedHashSet<>();
        if (text == null) {
            return trigrams;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "" + PAD + PAD + word + PAD;
            int[] points = padded.codePoints().toArray();
            for (int i = 0; i + 3 <= points.length; i++) {
                trigrams.add(new String(points, i, 3));
            }
        }
        return trigrams;
    }
}
