package org.clientele.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import java.util.Comparator;

import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For each word of a search text, the words of the searched names that come closest to it, from
 * {@code customer_search_words}, by {@code pg_trgm}'s word similarity: on PostgreSQL (V33, decision
 * 23) through the table's trigram index; on MySQL and MariaDB (V39, decision 26) through the
 * trigrams of the words in {@code customer_search_word_trigrams}, scored here as {@code pg_trgm}
 * scores them ({@link Trigrams}). That table holds each distinct word once (thousands of rows for a
 * million contacts), so finding that {@code anedrson} means {@code anderson} reads a few index
 * pages instead of every name that shares a trigram or two with the text.
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

    private static final Comparator<Candidate> CLOSEST_FIRST = Comparator.comparingInt((Candidate candidate) -> -candidate.scored().similarityHundredths())
            .thenComparingInt(candidate -> -candidate.similarityHundredths()).thenComparing(candidate -> candidate.scored().word());

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    CloseWords(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
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
     * One statement for all of them. On MySQL and MariaDB the threshold is
     * {@link RecordSearch#SIMILARITY_TENTHS}.
     */
    List<List<Scored>> closestTo(String recordType, List<String> words) {
        if (vendor != DatabaseVendor.POSTGRESQL) {
            return closestByWordTrigrams(recordType, words);
        }
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

    /**
     * MySQL and MariaDB: the words sharing enough trigrams with each word of the text to reach the
     * threshold (a word similarity of 0.3 needs 0.3 of the text word's trigrams), scored and
     * ordered here as PostgreSQL orders them.
     */
    private List<List<Scored>> closestByWordTrigrams(String recordType, List<String> words) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> trigrams = List.copyOf(Trigrams.of(words.get(i)));
            sql.append(i == 0 ? "" : " union all ").append("select ").append(i)
                    .append(" as position, word from customer_search_word_trigrams where record_type = ? and trigram in (")
                    .append(String.join(", ", trigrams.stream().map(trigram -> "?").toList())).append(") group by word having count(*) >= ?");
            parameters.add(recordType);
            parameters.addAll(trigrams);
            parameters.add(Math.max(1, (RecordSearch.SIMILARITY_TENTHS * trigrams.size() + 9) / 10));
        }
        List<List<Candidate>> candidates = new ArrayList<>();
        words.forEach(word -> candidates.add(new ArrayList<>()));
        jdbc.sql(sql.toString()).params(parameters).query((rs, n) -> new Found(rs.getInt("position"), new Scored(rs.getString("word"), 0))).list()
                .stream().filter(found -> found.scored().word().codePointCount(0, found.scored().word().length()) >= SHORTEST)
                .forEach(found -> {
                    String text = words.get(found.position());
                    String word = found.scored().word();
                    candidates.get(found.position()).add(new Candidate(new Scored(word, Trigrams.wordSimilarityHundredths(text, word)),
                            Trigrams.similarityHundredths(text, word)));
                });
        return candidates.stream().map(forOneWord -> forOneWord.stream().filter(candidate -> candidate.scored().atLeastTenths(RecordSearch.SIMILARITY_TENTHS))
                .sorted(CLOSEST_FIRST).limit(PER_WORD).map(Candidate::scored).toList()).toList();
    }

    /**
     * MySQL and MariaDB, for a text without a word of {@link #SHORTEST} characters: for each of its
     * words of two characters, the words of names starting with it, which all share the trigram of
     * a word's first two letters.
     */
    List<List<Scored>> startingWith(String recordType, String text) {
        List<String> starts = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.codePointCount(0, word.length()) == SHORTEST - 1).distinct().limit(MOST_WORDS).toList();
        return starts.stream().map(start -> jdbc.sql("select word from customer_search_word_trigrams where record_type = ? and trigram = ?")
                .params(recordType, "" + Trigrams.PAD + start).query(String.class).list().stream().map(word -> new Scored(word, 0)).toList()).toList();
    }

    private record Found(int position, Scored scored) {
    }

    /** A close word and its symmetric similarity to the text's word, which orders equally close words. */
    private record Candidate(Scored scored, int similarityHundredths) {
    }
}
