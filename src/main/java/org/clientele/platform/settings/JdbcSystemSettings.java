package org.clientele.platform.settings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.clientele.platform.DatabaseVendor;
import org.clientele.platform.SystemSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcSystemSettings implements SystemSettings {

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    JdbcSystemSettings(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /** One statement, without a transaction of its own: the two-factor policy reads a setting on every page. */
    @Override
    public Optional<String> find(String key) {
        return jdbc.sql("select setting_value from system_settings where setting_key = ?")
                .param(key)
                .query(String.class)
                .optional();
    }

    @Override
    @Transactional
    public void put(String key, String value) {
        int updated = jdbc.sql("update system_settings set setting_value = ?, updated_at = ? where setting_key = ?")
                .params(value, Timestamp.from(Instant.now()), key)
                .update();
        if (updated == 0 && !putIfAbsent(key, value)) {
            put(key, value);
        }
    }

    @Override
    @Transactional
    public boolean putIfAbsent(String key, String value) {
        String insert = switch (vendor) {
            case POSTGRESQL -> "insert into system_settings (setting_key, setting_value, updated_at) values (?, ?, ?) "
                    + "on conflict (setting_key) do nothing";
            case MYSQL -> "insert ignore into system_settings (setting_key, setting_value, updated_at) values (?, ?, ?)";
        };
        return jdbc.sql(insert).params(key, value, Timestamp.from(Instant.now())).update() == 1;
    }
}
