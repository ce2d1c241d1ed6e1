package org.clientele.identity;

import java.util.List;

/**
 * A condition for a {@code where} clause with positional ({@code ?}) parameters, ready to be
 * appended to a query built for {@code JdbcClient}; it is wrapped in parentheses, so it may be
 * joined with {@code and}.
 */
public record SqlPredicate(String sql, List<Object> parameters) {

    public SqlPredicate {
        parameters = List.copyOf(parameters);
    }
}
