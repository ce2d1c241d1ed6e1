package org.clientele.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.clientele.platform.RequestIds;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log: who signed in or failed to, lockouts, password and role changes, tokens
 * issued, permissions refused. Entries are written in a transaction of their own, so that a
 * refused sign-in is recorded although nothing else is.
 */
@Service
public class SecurityLog {

    static final String DEFAULT_SORT = "-occurredAt";
    private static final int DETAIL_LENGTH = 500;

    private final JdbcClient jdbc;

    SecurityLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventType type, Long userId, String email, String detail) {
        HttpServletRequest request = currentRequest();
        jdbc.sql("""
                        insert into security_events (occurred_at, event_type, user_id, email, client_ip, request_id, detail)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(Timestamp.from(Instant.now()), type.name(), userId, email,
                        request == null ? null : request.getRemoteAddr(), RequestIds.current(),
                        detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH))
                .update();
    }

    /** Newest first, optionally only one kind of event or one user's. */
    @Transactional(readOnly = true)
    public CursorPage<SecurityEvent> list(PageRequest page, SecurityEventType type, Long userId) {
        StringBuilder sql = new StringBuilder("select * from security_events where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (type != null) {
            sql.append(" and event_type = ?");
            parameters.add(type.name());
        }
        if (userId != null) {
            sql.append(" and user_id = ?");
            parameters.add(userId);
        }
        if (page.after() != null) {
            sql.append(" and (occurred_at < ? or (occurred_at = ? and id < ?))");
            Timestamp at = Timestamp.from(Instant.parse(page.after().values().get(0)));
            parameters.add(at);
            parameters.add(at);
            parameters.add(Long.parseLong(page.after().values().get(1)));
        }
        sql.append(" order by occurred_at desc, id desc limit ?");
        parameters.add(page.rowsToRead());
        List<SecurityEvent> rows = jdbc.sql(sql.toString()).params(parameters).query(SecurityLog::event).list();
        return CursorPage.from(rows, page,
                event -> Cursor.of(DEFAULT_SORT, event.occurredAt().toString(), Long.toString(event.id())));
    }

    /** Failed sign-ins (wrong passwords and wrong second factors) from one address within the given time, for throttling. */
    @Transactional(readOnly = true)
    int recentFailuresFrom(String clientIp, Duration within) {
        return jdbc.sql("""
                        select count(*) from security_events
                        where client_ip = ? and event_type in ('LOGIN_FAILED', 'TWO_FACTOR_CODE_REJECTED') and occurred_at > ?
                        """)
                .params(clientIp, Timestamp.from(Instant.now().minus(within)))
                .query(Integer.class)
                .single();
    }

    /** Events of one kind recorded for requests from one address within the given time, for throttling. */
    @Transactional(readOnly = true)
    int recentEventsFrom(String clientIp, SecurityEventType type, Duration within) {
        return jdbc.sql("select count(*) from security_events where client_ip = ? and event_type = ? and occurred_at > ?")
                .params(clientIp, type.name(), Timestamp.from(Instant.now().minus(within)))
                .query(Integer.class)
                .single();
    }

    private static SecurityEvent event(ResultSet rs, int row) throws SQLException {
        long userIdValue = rs.getLong("user_id");
        Long userId = rs.wasNull() ? null : userIdValue;
        return new SecurityEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                SecurityEventType.valueOf(rs.getString("event_type")), userId,
                rs.getString("email"), rs.getString("client_ip"), rs.getString("request_id"), rs.getString("detail"));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
