package org.clientele.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.SecurityEventType;
import org.clientele.identity.SecurityLog;
import org.clientele.identity.Viewer;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of whole filtered lists (C7): the very queries of the list pages and the API, with the
 * signed-in user's visibility, read row by row from a database cursor and handed to the caller
 * one at a time, so that an export of a million rows never holds them all. Each export is
 * written to the security log: who, what, with which filter, how many rows.
 */
@Service
public class CustomerExports {

    /** How many contacts a vCard export loads in full at once. */
    static final int CARD_BATCH = 200;

    private final CompanyList companies;
    private final ContactList contacts;
    private final LeadList leads;
    private final Contacts contactRecords;
    private final RecordVisibility visibility;
    private final SecurityLog log;
    private final EntityManager entityManager;

    CustomerExports(CompanyList companies, ContactList contacts, LeadList leads, Contacts contactRecords,
            RecordVisibility visibility, SecurityLog log, EntityManager entityManager) {
        this.companies = companies;
        this.contacts = contacts;
        this.leads = leads;
        this.contactRecords = contactRecords;
        this.visibility = visibility;
        this.log = log;
        this.entityManager = entityManager;
    }

    /**
     * @param format how the caller writes the rows (csv, xlsx, vcf), for the log
     * @return how many rows there were
     */
    @Transactional(readOnly = true)
    public long companies(CompanyFilter filter, String sort, String format, Consumer<CompanySummary> rows) {
        Viewer viewer = visibility.viewer();
        return logged(viewer, "companies", format, filter, companies.stream(viewer, filter, sort), rows);
    }

    /** Like {@link #companies}. */
    @Transactional(readOnly = true)
    public long contacts(ContactFilter filter, String sort, String format, Consumer<ContactSummary> rows) {
        Viewer viewer = visibility.viewer();
        return logged(viewer, "contacts", format, filter, contacts.stream(viewer, filter, sort), rows);
    }

    /** Like {@link #companies}. */
    @Transactional(readOnly = true)
    public long leads(LeadFilter filter, String sort, String format, Consumer<LeadSummary> rows) {
        Viewer viewer = visibility.viewer();
        return logged(viewer, "leads", format, filter, leads.stream(viewer, filter, sort), rows);
    }

    /**
     * The contacts of the list in full (every e-mail address and phone number, birthday, address),
     * for vCards. Goes through the list page by page, {@value #CARD_BATCH} at a time by keyset,
     * rather than on one cursor: loading the records on the same connection would make MariaDB's
     * driver buffer the rest of an open cursor. Each batch is let go of once written.
     */
    @Transactional(readOnly = true)
    public long contactCards(ContactFilter filter, String sort, String format, Consumer<ContactView> cards) {
        Viewer viewer = visibility.viewer();
        long count = 0;
        try {
            String cursor = null;
            do {
                CursorPage<ContactSummary> page = contacts.list(viewer, filter, PageRequest.of(CARD_BATCH, sort, cursor, sort));
                Map<Long, Contact> loaded = contactRecords.findAllById(page.data().stream().map(ContactSummary::id).toList()).stream()
                        .collect(Collectors.toMap(Contact::getId, Function.identity()));
                for (ContactSummary summary : page.data()) {
                    if (loaded.containsKey(summary.id())) {
                        cards.accept(loaded.get(summary.id()).toView(summary.companyName()));
                        count++;
                    }
                }
                entityManager.clear();
                cursor = page.next();
            }
            while (cursor != null);
        }
        finally {
            record(viewer, "contacts", format, count, filter);
        }
        return count;
    }

    private <T> long logged(Viewer viewer, String records, String format, Record filter, Stream<T> stream, Consumer<T> rows) {
        long count = 0;
        try (stream) {
            for (T row : (Iterable<T>) stream::iterator) {
                rows.accept(row);
                count++;
            }
        }
        finally {
            record(viewer, records, format, count, filter);
        }
        return count;
    }

    private void record(Viewer viewer, String records, String format, long count, Record filter) {
        log.record(SecurityEventType.RECORDS_EXPORTED, viewer.userId(), null,
                records + " " + format + " rows=" + count + " filter=" + describe(filter));
    }

    /** The filter's parts that are set, as {@code q=…, ownerId=…}. */
    static String describe(Record filter) {
        Map<String, Object> parts = new LinkedHashMap<>();
        for (var component : filter.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(filter);
                if (value != null && !Objects.toString(value).isBlank()) {
                    parts.put(component.getName(), value);
                }
            }
            catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return parts.isEmpty() ? "none" : parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
