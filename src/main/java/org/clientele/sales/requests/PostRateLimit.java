package org.clientele.sales.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-address limit of public form posts: {@value #LIMIT} a minute, counted in the database so
 * that all nodes of a cluster share it (decision 16). A post first upserts its address's row in
 * {@code web_form_senders}, which locks it until the transaction ends, so concurrent posts from one
 * address are counted one after the other and none slips past the limit.
 */
@Component
class PostRateLimit {

    static final int LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    PostRateLimit(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /**
     * Counts a post from the address, unless it is over the limit; committed on its own, so refused
     * posts (spam) count as well.
     *
     * @return whether the post may go on
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean admit(String address, Instant now) {
        Object time = time(now);
        Object windowStart = time(now.minus(WINDOW));
        String upsert = vendor == DatabaseVendor.POSTGRESQL
                ? "insert into web_form_senders (remote_address, last_post_at) values (?, ?) "
                        + "on conflict (remote_address) do update set last_post_at = excluded.last_post_at"
                : "insert into web_form_senders (remote_address, last_post_at) values (?, ?) "
                        + "on duplicate key update last_post_at = values(last_post_at)";
        jdbc.sql(upsert).params(address, time).update();
        jdbc.sql("delete from web_form_posts where remote_address = ? and posted_at <= ?").params(address, windowStart).update();
        long recent = jdbc.sql("select count(*) from web_form_posts where remote_address = ? and posted_at > ?")
                .params(address, windowStart).query(Long.class).single();
        if (recent >= LIMIT) {
            return false;
        }
        jdbc.sql("insert into web_form_posts (remote_address, posted_at) values (?, ?)").params(address, time).update();
        return true;
    }

    /** Forgets what is older than the window: addresses that stopped posting leave nothing behind. */
    @Transactional
    void forgetBefore(Instant now) {
        Object windowStart = time(now.minus(WINDOW));
        jdbc.sql("delete from web_form_posts where posted_at <= ?").param(windowStart).update();
        jdbc.sql("delete from web_form_senders where last_post_at <= ?").param(windowStart).update();
    }

    private Object time(Instant instant) {
        return vendor == DatabaseVendor.POSTGRESQL ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
