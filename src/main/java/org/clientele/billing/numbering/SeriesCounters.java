package org.clientele.billing.numbering;

import org.clientele.billing.documents.NumberPattern;
import org.clientele.billing.documents.SellerProfiles;
import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless numbers from one counter row per series and year (decision 0018). One statement both
 * makes the row when it is missing and increments it, in the caller's transaction, which so
 * holds the row's exclusive lock until it commits or rolls back: issuers of the same series wait
 * for each other, and a rollback undoes the increment (or the new row), so the number is handed
 * out again.
 */
@Service
class SeriesCounters implements DocumentNumbers {

    private static final int MAX_SERIES = 40;

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final SellerProfiles sellers;

    SeriesCounters(JdbcClient jdbc, DatabaseVendor vendor, SellerProfiles sellers) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.sellers = sellers;
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
        jdbc.sql(increment()).params(series, year).update();
        long sequence = jdbc.sql("select last_sequence from billing_number_series where series = ? and year = ?")
                .params(series, year).query(Long.class).single();
        return new DocumentNumber(series, year, sequence, NumberPattern.format(pattern, year, sequence));
    }

    /**
     * An upsert rather than an insert if missing followed by an update: after a duplicate key, MariaDB keeps
     * a shared lock on the row for an {@code insert ignore}, so two issuers that both tried to make
     * the row would deadlock when both then update it. The upsert takes the exclusive lock at once.
     */
    private String increment() {
        return switch (vendor) {
            case POSTGRESQL -> "insert into billing_number_series (series, year, last_sequence) values (?, ?, 1) "
                    + "on conflict (series, year) do update set last_sequence = billing_number_series.last_sequence + 1";
            case MYSQL -> "insert into billing_number_series (series, year, last_sequence) values (?, ?, 1) "
                    + "on duplicate key update last_sequence = last_sequence + 1";
        };
    }
}
