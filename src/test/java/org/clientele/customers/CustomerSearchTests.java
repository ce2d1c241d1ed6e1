package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The global search over companies and contacts on PostgreSQL, through pg_trgm and the table of the names' words. */
@ClienteleTest
class CustomerSearchTests extends CustomerSearchContract {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CloseWords closeWords;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void namesWrittenBySqlAloneAreFoundDespiteATypoAndRenamesAddTheirWords() {
        // as an import's or the data generator's COPY writes them: no service of the module in between
        long id = jdbc.sql("insert into contacts (first_name, last_name, sort_name, owner_id, team_id, created_at, updated_at)"
                + " values ('Xanthippe', 'Quarrington', 'quarrington xanthippe', ?, ?, ?, ?) returning id")
                .params(fixture.salesA().user().id(), fixture.teamA(), OffsetDateTime.now(), OffsetDateTime.now()).query(Long.class).single();
        assertThat(ids(fixture.salesA(), "Quarington", "contact")).containsExactly(Long.toString(id));
        assertThat(ids(fixture.salesA(), "Xantippe Quarington", "contact")).containsExactly(Long.toString(id));

        jdbc.sql("update contacts set last_name = 'Pemberthy', sort_name = 'pemberthy xanthippe' where id = ?").param(id).update();
        assertThat(ids(fixture.salesA(), "Pemberty", "contact")).containsExactly(Long.toString(id));
        assertThat(ids(fixture.salesA(), "Quarington", "contact")).isEmpty();
    }

    @Test
    void theSimilaritiesMySqlAndMariaDbRankWordsByAreThoseOfPgTrgm() {
        for (String[] pair : new String[][] {{"anedrson", "anderson"}, {"jonh", "john"}, {"smiht", "smith"}, {"word", "two words"},
                {"corporaton", "acme corporation"}, {"quarington", "quarrington"}, {"ab", "abc"}, {"müler", "müller"}, {"tion", "station"}}) {
            assertThat(Trigrams.wordSimilarityHundredths(pair[0], pair[1])).as("word_similarity(%s, %s)", pair[0], pair[1])
                    .isEqualTo(jdbc.sql("select floor(100 * word_similarity(?, ?))::int").params(pair[0], pair[1]).query(Integer.class).single());
            assertThat(Trigrams.similarityHundredths(pair[0], pair[1])).as("similarity(%s, %s)", pair[0], pair[1])
                    .isEqualTo(jdbc.sql("select floor(100 * similarity(?, ?))::int").params(pair[0], pair[1]).query(Integer.class).single());
        }
    }

    @Test
    void wordsOfNamesShorterThanThreeAreNeverCloseWordsForTheIndexCannotNarrowThem() {
        jdbc.sql("insert into contacts (first_name, last_name, sort_name, owner_id, team_id, created_at, updated_at)"
                + " values ('Ad', 'Quimbleton', 'quimbleton ad', ?, ?, ?, ?)")
                .params(fixture.salesA().user().id(), fixture.teamA(), OffsetDateTime.now(), OffsetDateTime.now()).update();
        List<List<CloseWords.Scored>> closest = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.3', true)").query(String.class).single();
            return closeWords.closestTo(SearchWords.CONTACT, List.of("admas", "quimbelton"));
        });

        assertThat(closest)
                .satisfiesExactly(
                        forAdmas -> assertThat(forAdmas).extracting(CloseWords.Scored::word).doesNotContain("ad"),
                        forQuimbelton -> assertThat(forQuimbelton).extracting(CloseWords.Scored::word).contains("quimbleton"));
        assertThat(ids(fixture.salesA(), "Admas", "contact")).isEmpty();
    }
}
