package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The global search over companies and contacts on PostgreSQL, through pg_trgm and the table of the names' words. */
@ClienteleTest
class CustomerSearchTests extends CustomerSearchContract {

    @Autowired
    JdbcClient jdbc;

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
}
