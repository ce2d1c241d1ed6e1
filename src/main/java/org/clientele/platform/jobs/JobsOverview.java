package org.clientele.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the state of background jobs and cross-module events straight from their tables. */
@Repository
public class JobsOverview {

    private static final int MOST_SHOWN = 500;

    private final JdbcClient jdbc;

    JobsOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Running jobs first, then failing ones, then by next run. */
    @Transactional(readOnly = true)
    public List<JobView> jobs() {
        return jdbc.sql("""
                        select task_name, task_instance, execution_time, picked, picked_by,
                               last_success, last_failure, coalesce(consecutive_failures, 0) as failures
                        from scheduled_tasks
                        order by picked desc, coalesce(consecutive_failures, 0) desc, execution_time
                        limit ?
                        """)
                .param(MOST_SHOWN)
                .query(JobsOverview::job)
                .list();
    }

    /** The table name is in capitals because that is how Spring Modulith names it on MySQL and MariaDB. */
    @Transactional(readOnly = true)
    public EventCounts events() {
        return jdbc.sql("""
                        select count(case when completion_date is null then 1 end) as incomplete,
                               count(case when completion_date is null and status = 'FAILED' then 1 end) as failed
                        from EVENT_PUBLICATION
                        """)
                .query((rs, row) -> new EventCounts(rs.getLong("incomplete"), rs.getLong("failed")))
                .single();
    }

    private static JobView job(ResultSet rs, int row) throws SQLException {
        int failures = rs.getInt("failures");
        boolean picked = rs.getBoolean("picked");
        JobView.State state = picked ? JobView.State.RUNNING
                : failures > 0 ? JobView.State.FAILING : JobView.State.SCHEDULED;
        return new JobView(rs.getString("task_name"), rs.getString("task_instance"),
                instant(rs.getTimestamp("execution_time")), state, rs.getString("picked_by"),
                instant(rs.getTimestamp("last_success")), instant(rs.getTimestamp("last_failure")), failures);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Cross-module events not yet handled by every listener, and those whose handling failed. */
    public record EventCounts(long incomplete, long failed) {
    }
}
