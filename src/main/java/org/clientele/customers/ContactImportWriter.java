package org.clientele.customers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import java.util.stream.IntStream;

import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.platform.RequestIds;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the contacts of an import chunk with JDBC batches instead of one JPA insert each, and
 * completes them as the JPA path would: further e-mail addresses and phone numbers, search
 * trigrams, and an audit revision (one per chunk, in Envers' tables) recording their creation.
 */
@Component
class ContactImportWriter {

    private static final String INSERT = """
            insert into contacts (version, first_name, last_name, sort_name, title, company_id, email, phone, birthday, street,
            postal_code, city, region, country, owner_id, team_id, created_at, updated_at, created_by)
            values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_AUDITED = """
            insert into contacts_aud (id, rev, revtype, first_name, last_name, title, company_id, email, phone, birthday, street,
            postal_code, city, region, country, owner_id, team_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int ADDED = 0;
    private static final int DELETED = 2;

    private final JdbcTemplate jdbc;
    private final SearchTrigrams trigrams;
    private final UserManagement users;

    ContactImportWriter(JdbcTemplate jdbc, SearchTrigrams trigrams, UserManagement users) {
        this.jdbc = jdbc;
        this.trigrams = trigrams;
        this.users = users;
    }

    /** @return the new contacts' ids, in the order of the forms */
    List<Long> insert(List<ContactForm> forms, long creatorId) {
        if (forms.isEmpty()) {
            return List.of();
        }
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> ids = jdbc.execute((ConnectionCallback<List<Long>>) connection -> insertRows(connection, forms, creatorId, now));
        List<Object[]> emails = new ArrayList<>();
        List<Object[]> phones = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            ContactForm form = forms.get(i);
            for (int position = 1; position < form.emails().size(); position++) {
                emails.add(new Object[] {ids.get(i), position - 1, form.emails().get(position)});
            }
            for (int position = 1; position < form.phones().size(); position++) {
                phones.add(new Object[] {ids.get(i), position - 1, form.phones().get(position)});
            }
            trigrams.index(SearchTrigrams.CONTACT, ids.get(i),
                    Objects.toString(form.firstName(), "") + " " + Objects.toString(form.lastName(), ""));
        }
        jdbc.batchUpdate("insert into contact_emails (contact_id, position, email) values (?, ?, ?)", emails);
        jdbc.batchUpdate("insert into contact_phones (contact_id, position, phone) values (?, ?, ?)", phones);
        audit(forms, ids, emails, phones, creatorId);
        return ids;
    }

    /** Records the deletion of contacts in one revision, as Envers would (the row's id and nothing else). */
    void auditDeleted(List<Long> ids, long userId) {
        long revision = revision(userId);
        jdbc.batchUpdate("insert into contacts_aud (id, rev, revtype) values (?, ?, ?)",
                ids.stream().map(id -> new Object[] {id, revision, DELETED}).toList());
    }

    private void audit(List<ContactForm> forms, List<Long> ids, List<Object[]> emails, List<Object[]> phones, long userId) {
        long revision = revision(userId);
        List<Integer> indexes = IntStream.range(0, forms.size()).boxed().toList();
        jdbc.batchUpdate(INSERT_AUDITED, indexes, indexes.size(), (statement, i) -> {
            ContactForm form = forms.get(i);
            statement.setLong(1, ids.get(i));
            statement.setLong(2, revision);
            statement.setInt(3, ADDED);
            setPerson(statement, 4, form, false);
            statement.setLong(16, form.ownerId());
            setLong(statement, 17, form.teamId());
        });
        jdbc.batchUpdate("insert into contact_emails_aud (rev, revtype, contact_id, position, email) values (?, ?, ?, ?, ?)",
                emails.stream().map(row -> new Object[] {revision, ADDED, row[0], row[1], row[2]}).toList());
        jdbc.batchUpdate("insert into contact_phones_aud (rev, revtype, contact_id, position, phone) values (?, ?, ?, ?, ?)",
                phones.stream().map(row -> new Object[] {revision, ADDED, row[0], row[1], row[2]}).toList());
    }

    private long revision(long userId) {
        String email = users.find(userId).map(UserAccount::email).orElse(null);
        return jdbc.execute((ConnectionCallback<Long>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into audit_revisions (recorded_at, user_id, user_email, request_id) values (?, ?, ?, ?)",
                    new String[] {"id"})) {
                statement.setTimestamp(1, Timestamp.from(Instant.now()), utc());
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

    private static List<Long> insertRows(Connection connection, List<ContactForm> forms, long creatorId, Timestamp now)
            throws SQLException {
        List<Long> ids = new ArrayList<>(forms.size());
        try (PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"id"})) {
            for (ContactForm form : forms) {
                setPerson(statement, 1, form, true);
                statement.setLong(14, form.ownerId());
                setLong(statement, 15, form.teamId());
                statement.setTimestamp(16, now, utc());
                statement.setTimestamp(17, now, utc());
                statement.setLong(18, creatorId);
                statement.addBatch();
            }
            statement.executeBatch();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != forms.size()) {
            throw new IllegalStateException("The database returned " + ids.size() + " ids for " + forms.size() + " contacts");
        }
        return ids;
    }

    /**
     * Sets first name, last name, the sort name if asked (the audit table has none), title, company,
     * e-mail, phone, birthday and the address, from parameter {@code first} on.
     */
    private static void setPerson(PreparedStatement statement, int first, ContactForm form, boolean withSortName)
            throws SQLException {
        int i = first;
        statement.setString(i++, form.firstName());
        statement.setString(i++, form.lastName());
        if (withSortName) {
            statement.setString(i++, Contact.sortName(form.firstName(), form.lastName()));
        }
        statement.setString(i++, form.title());
        setLong(statement, i++, form.companyId());
        statement.setString(i++, Company.first(form.emails()));
        statement.setString(i++, Company.first(form.phones()));
        if (form.birthday() == null) {
            statement.setNull(i++, Types.DATE);
        }
        else {
            statement.setObject(i++, form.birthday());
        }
        statement.setString(i++, form.address().street());
        statement.setString(i++, form.address().postalCode());
        statement.setString(i++, form.address().city());
        statement.setString(i++, form.address().region());
        statement.setString(i, form.address().country());
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        }
        else {
            statement.setLong(index, value);
        }
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
