package org.clientele.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL: for each word of a search text, the words of the searched names that come closest to
 * it, from {@code customer_search_words} (V33, decision 23), by {@code pg_trgm}'s word similarity.
 * That table holds each distinct word once (thousands of rows for a million contacts), so finding
 * that {@code anedrson} means {@code anderson} reads a few index pages instead of every name that
 * shares a trigram or two with the text.
 */
@Component
class CloseWords {

    /**
     * The words of a text that are looked up, and the words of names that may come close to them:
     * runs of letters and digits of three or more (at most four of them in a text). A shorter word
     * of a name would be looked for as {@code like '%ad%'}, which the trigram index cannot narrow.
     */
    static final int SHORTEST = 3;
    static final int MOST_WORDS = 4;

    /** The closest words read for each word of the text. */
    static final int PER_WORD = 8;

    private final JdbcClient jdbc;

    CloseWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A word of the names and how close it comes to a word of the text: its word similarity in hundredths, rounded down. */
    record Scored(String word, int similarityHundredths) {

        boolean atLeastTenths(int tenths) {
            return similarityHundredths >= tenths * 10;
        }
    }

    /** The words of a search text that are looked up, in lower case, in the order they were written. */
    static List<String> of(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.codePointCount(0, word.length()) >= SHORTEST)
                .distinct()
                .limit(MOST_WORDS)
                .toList();
    }

    /**
     * For each of the words, in the same order, the closest words of the given record type's names
     * with a word similarity of at least {@code pg_trgm.word_similarity_threshold} (which the caller
     * sets in its transaction), closest first; among equally close ones, those most alike as a whole
     * (by the symmetric similarity); words of names shorter than {@link #SHORTEST} are left out.
     * One statement for all of them.
     */
    List<List<Scored>> closestTo(String recordType, List<String> words) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            sql.append(i == 0 ? "" : " union all ").append("(select ").append(i).append(" as position, word, floor(100 * word_similarity(?, word))::int as hundredths")
                    .append(" from customer_search_words where record_type = ? and word %> ? and char_length(word) >= ").append(SHORTEST)
                    .append(" order by word_similarity(?, word) desc, similarity(?, word) desc, word limit ")
                    .append(PER_WORD).append(')');
            parameters.addAll(List.of(words.get(i), recordType, words.get(i), words.get(i), words.get(i)));
        }
        List<List<Scored>> closest = new ArrayList<>();
        words.forEach(word -> closest.add(new ArrayList<>()));
        jdbc.sql(sql.toString()).params(parameters)
                .query((rs, n) -> new Found(rs.getInt("position"), new Scored(rs.getString("word"), rs.getInt("hundredths")))).list()
                .forEach(found -> closest.get(found.position()).add(found.scored()));
        return closest;
    }

    private record Found(int position, Scored scored) {
    }
}
