package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.stream.Stream;

import org.clientele.platform.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Exports read their rows through a database cursor: the statement asks for a fetch size and the
 * rows come as a lazy stream, never as a list, and without a limit.
 */
class ListQueryStreamingTests {

    @Test
    @SuppressWarnings("unchecked")
    void aStreamedListAsksForAFetchSizeAndNeverForAList() {
        JdbcClient jdbc = mock(JdbcClient.class);
        JdbcClient.StatementSpec statement = mock(JdbcClient.StatementSpec.class);
        JdbcClient.MappedQuerySpec<String> rows = mock(JdbcClient.MappedQuerySpec.class);
        when(jdbc.sql(anyString())).thenReturn(statement);
        when(statement.withFetchSize(anyInt())).thenReturn(statement);
        when(statement.params(anyList())).thenReturn(statement);
        when(statement.query(any(RowMapper.class))).thenReturn(rows);
        when(rows.stream()).thenReturn(Stream.of("a", "b"));

        Stream<String> stream = new ListQuery(DatabaseVendor.POSTGRESQL, "select c.id from contacts c where 1 = 1")
                .and("c.owner_id = ?", 7L).orderBy("c.sort_name", "c.id", false).stream(jdbc, (rs, n) -> "row", ListQuery.FETCH_SIZE);

        assertThat(stream).containsExactly("a", "b");
        verify(jdbc).sql("select c.id from contacts c where 1 = 1 and c.owner_id = ? order by c.sort_name asc, c.id asc");
        verify(statement).withFetchSize(ListQuery.FETCH_SIZE);
        verify(rows, never()).list();
    }
}
