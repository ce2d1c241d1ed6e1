package org.clientele.customers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.platform.DatabaseVendor;
import org.clientele.platform.RequestIds;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the contacts of an import chunk with multi-row inserts instead of one JPA insert each, and
 * completes them as the JPA path would: further e-mail addresses and phone numbers, search
 * words, and an audit revision (one per chunk, in Envers' tables) recording their creation.
 * On PostgreSQL the ids are taken from the identity's sequence first (see {@link #reserveIds}, which
 * may run ahead of the chunk, on another connection); MySQL and MariaDB return them from a batch.
 */
@Component
class ContactImportWriter {

    private static final List<String> PERSON = List.of("first_name", "last_name", "title", "company_id", "email", "phone", "birthday",
            "street", "postal_code", "city", "region", "country", "owner_id", "team_id");
    private static final List<String> CONTACT = concat(List.of("version", "sort_name", "created_at", "updated_at", "created_by"), PERSON);
    private static final List<String> AUDITED = concat(List.of("id", "rev", "revtype"), PERSON);
    private static final int ADDED = 0;
    private static final int DELETED = 2;

    private final JdbcTemplate jdbc;
    private final SearchWords searchWords;
    private final UserManagement users;
    private final DatabaseVendor vendor;

    ContactImportWriter(JdbcTemplate jdbc, SearchWords searchWords, UserManagement users, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.searchWords = searchWords;
        this.users = users;
        this.vendor = vendor;
    }

    /**
     * Takes ids for contacts to be inserted from the identity's sequence on PostgreSQL, where the
     * rows are copied with their ids; none on MySQL and MariaDB, whose inserts return them. Ids
     * taken and not used are gaps, as a rolled-back insert leaves.
     */
    List<Long> reserveIds(int count) {
        if (vendor != DatabaseVendor.POSTGRESQL || count <= 0) {
            return List.of();
        }
        return jdbc.queryForList("select nextval(pg_get_serial_sequence('contacts', 'id')) from generate_series(1, ?)", Long.class,
                count);
    }

    /**
     * @param reserved ids from {@link #reserveIds} to use first, in order
     * @return the new contacts' ids, in the order of the forms
     */
    List<Long> insert(List<ContactForm> forms, long creatorId, List<Long> reserved) {
        if (forms.isEmpty()) {
            return List.of();
        }
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = forms.stream().map(form -> concat(new Object[] {0, Contact.sortName(form.firstName(), form.lastName()),
                now, now, creatorId}, person(form))).toList();
        List<Long> ids;
        if (vendor == DatabaseVendor.POSTGRESQL) {
            ids = new ArrayList<>(reserved.subList(0, Math.min(reserved.size(), forms.size())));
            ids.addAll(reserveIds(forms.size() - ids.size()));
            List<Object[]> withIds = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                withIds.add(concat(new Object[] {ids.get(i)}, rows.get(i)));
            }
            MultiRowInsert.insert(jdbc, "contacts", concat(List.of("id"), CONTACT), withIds);
        }
        else {
            ids = jdbc.execute((ConnectionCallback<List<Long>>) connection -> insertReturningIds(connection, rows));
        }
        List<Object[]> emails = new ArrayList<>();
        List<Object[]> phones = new ArrayList<>();
        Map<Long, SearchWords.Searchable> records = new LinkedHashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            ContactForm form = forms.get(i);
            for (int position = 1; position < form.emails().size(); position++) {
                emails.add(new Object[] {ids.get(i), position - 1, form.emails().get(position)});
            }
            for (int position = 1; position < form.phones().size(); position++) {
                phones.add(new Object[] {ids.get(i), position - 1, form.phones().get(position)});
            }
            records.put(ids.get(i), new SearchWords.Searchable(
                    Objects.toString(form.firstName(), "") + " " + Objects.toString(form.lastName(), ""), Company.first(form.phones())));
        }
        searchWords.index(SearchWords.CONTACT, records);
        MultiRowInsert.insert(jdbc, "contact_emails", List.of("contact_id", "position", "email"), emails);
        MultiRowInsert.insert(jdbc, "contact_phones", List.of("contact_id", "position", "phone"), phones);
        audit(forms, ids, emails, phones, creatorId);
        return ids;
    }

    /** Records the deletion of contacts in one revision, as Envers would (the row's id and nothing else). */
    void auditDeleted(List<Long> ids, long userId) {
        long revision = revision(userId);
        MultiRowInsert.insert(jdbc, "contacts_aud", List.of("id", "rev", "revtype"),
                ids.stream().map(id -> new Object[] {id, revision, DELETED}).toList());
    }

    private void audit(List<ContactForm> forms, List<Long> ids, List<Object[]> emails, List<Object[]> phones, long userId) {
        long revision = revision(userId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            rows.add(concat(new Object[] {ids.get(i), revision, ADDED}, person(forms.get(i))));
        }
        MultiRowInsert.insert(jdbc, "contacts_aud", AUDITED, rows);
        MultiRowInsert.insert(jdbc, "contact_emails_aud", List.of("rev", "revtype", "contact_id", "position", "email"),
                emails.stream().map(row -> new Object[] {revision, ADDED, row[0], row[1], row[2]}).toList());
        MultiRowInsert.insert(jdbc, "contact_phones_aud", List.of("rev", "revtype", "contact_id", "position", "phone"),
                phones.stream().map(row -> new Object[] {revision, ADDED, row[0], row[1], row[2]}).toList());
    }

    private long revision(long userId) {
        String email = users.find(userId).map(UserAccount::email).orElse(null);
        return jdbc.execute((ConnectionCallback<Long>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into audit_revisions (recorded_at, user_id, user_email, request_id) values (?, ?, ?, ?)",
                    new String[] {"id"})) {
                statement.setTimestamp(1, Timestamp.from(Instant.now()), Calendar.getInstance(TimeZone.getTimeZone("UTC")));
                statement.setLong(2, userId);
                statement.setString(3, email);
                statement.setString(4, RequestIds.current());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private static List<Long> insertReturningIds(Connection connection, List<Object[]> rows) throws SQLException {
        String sql = "insert into contacts (" + String.join(", ", CONTACT) + ") values ("
                + String.join(", ", CONTACT.stream().map(column -> "?").toList()) + ")";
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] instanceof Timestamp timestamp) {
                        statement.setTimestamp(i + 1, timestamp, utc);
                    }
                    else {
                        statement.setObject(i + 1, row[i]);
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("The database returned " + ids.size() + " ids for " + rows.size() + " contacts");
        }
        return ids;
    }

    private static Object[] person(ContactForm form) {
        Address address = form.address();
        return new Object[] {form.firstName(), form.lastName(), form.title(), form.companyId(), Company.first(form.emails()),
                Company.first(form.phones()), form.birthday(), address.street(), address.postalCode(), address.city(),
                address.region(), address.country(), form.ownerId(), form.teamId()};
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] both = new Object[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return List.copyOf(both);
    }
}
