package org.clientele.billing.numbering;

import org.clientele.billing.documents.NumberPattern;
import org.clientele.billing.documents.SellerProfiles;
import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless numbers from one counter row per series and year (decision 0018). The caller's
 * transaction increments the row and so holds its lock until it commits or rolls back: issuers of
 * the same series wait for each other, and a rollback undoes the increment, so the number is
 * handed out again.
 */
@Service
class SeriesCounters implements DocumentNumbers {

    private static final int MAX_SERIES = 40;

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final SellerProfiles sellers;
    private final TransactionTemplate ownTransaction;

    SeriesCounters(JdbcClient jdbc, DatabaseVendor vendor, SellerProfiles sellers, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.sellers = sellers;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentNumber next(String series, int year) {
        if (series == null || series.isBlank() || series.length() > MAX_SERIES) {
            throw new IllegalArgumentException("A series is a name of 1 to " + MAX_SERIES + " characters: " + series);
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Not a year: " + year);
        }
        String pattern = sellers.numberPattern(series);
        if (!exists(series, year)) {
            ownTransaction.executeWithoutResult(status -> create(series, year));
        }
        jdbc.sql("update billing_number_series set last_sequence = last_sequence + 1 where series = ? and year = ?")
                .params(series, year).update();
        long sequence = jdbc.sql("select last_sequence from billing_number_series where series = ? and year = ?")
                .params(series, year).query(Long.class).single();
        return new DocumentNumber(series, year, sequence, NumberPattern.format(pattern, year, sequence));
    }

    /** A plain read, which takes no lock (a locking one on a missing row would block the insert below on MariaDB). */
    private boolean exists(String series, int year) {
        return jdbc.sql("select count(*) from billing_number_series where series = ? and year = ?")
                .params(series, year).query(Long.class).single() > 0;
    }

    /**
     * Makes the counter row in a short transaction of its own, so that concurrent first issuers
     * neither fail on the key nor deadlock on the shared locks MariaDB keeps after a duplicate;
     * an empty counter hands out nothing, so committing it early opens no gap.
     */
    private void create(String series, int year) {
        String insert = switch (vendor) {
            case POSTGRESQL -> "insert into billing_number_series (series, year, last_sequence) values (?, ?, 0) "
                    + "on conflict (series, year) do nothing";
            case MYSQL -> "insert ignore into billing_number_series (series, year, last_sequence) values (?, ?, 0)";
        };
        jdbc.sql(insert).params(series, year).update();
    }
}
