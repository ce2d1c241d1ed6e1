package org.clientele.customers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The trigrams of a text as PostgreSQL's {@code pg_trgm} makes them, for the MySQL and MariaDB
 * search: each word (letters and digits) in lower case, padded with two marks before and one
 * after, cut into every run of three characters. {@code "John"} gives {@code __j _jo joh ohn hn_}.
 * The mark is {@code _}, which never occurs in a word, so that trailing spaces mean nothing to
 * the database's comparisons. The similarities are {@code pg_trgm}'s too, so that MySQL and MariaDB
 * rank the words of names as PostgreSQL does.
 */
final class Trigrams {

    static final char PAD = '_';

    private Trigrams() {
    }

    static Set<String> of(String text) {
        return new LinkedHashSet<>(inOrder(text));
    }

    /** The trigrams of a text in the order of its words and letters, repeats included. */
    static List<String> inOrder(String text) {
        List<String> trigrams = new ArrayList<>();
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

    /**
     * {@code pg_trgm}'s {@code similarity(a, b)} in hundredths, rounded down: the trigrams both
     * share over the trigrams either has.
     */
    static int similarityHundredths(String a, String b) {
        Set<String> first = of(a);
        Set<String> second = of(b);
        int shared = (int) first.stream().filter(second::contains).count();
        return hundredths(shared, first.size() + second.size() - shared);
    }

    /**
     * {@code pg_trgm}'s {@code word_similarity(text, name)} in hundredths, rounded down: the
     * greatest similarity between the text's trigrams and those of a run of consecutive trigrams of
     * the name, so that a text is close to a name holding it, or most of it, anywhere.
     */
    static int wordSimilarityHundredths(String text, String name) {
        Set<String> wanted = of(text);
        List<String> sequence = inOrder(name);
        int best = 0;
        for (int from = 0; from < sequence.size(); from++) {
            if (!wanted.contains(sequence.get(from))) {
                continue;
            }
            Set<String> run = new HashSet<>();
            int shared = 0;
            for (int to = from; to < sequence.size(); to++) {
                if (run.add(sequence.get(to)) && wanted.contains(sequence.get(to))) {
                    shared++;
                }
                if (wanted.contains(sequence.get(to))) {
                    best = Math.max(best, hundredths(shared, wanted.size() + run.size() - shared));
                }
            }
        }
        return best;
    }

    private static int hundredths(int shared, int all) {
        return all == 0 ? 0 : (int) Math.floor(100.0 * shared / all + 1e-9);
    }
}
