package org.clientele.customers.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The names an export writes instead of ids, and its language; all read before the first row,
 * so that nothing else is asked of the database while the rows are read.
 */
record ExportNames(Map<Long, String> users, Map<Long, String> teams, MessageSource messages, Locale locale) {

    String user(long id) {
        return users.getOrDefault(id, Long.toString(id));
    }

    String team(Long id) {
        return id == null ? null : teams.getOrDefault(id, Long.toString(id));
    }

    String message(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
