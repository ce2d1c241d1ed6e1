package org.clientele.customers.web;

import java.util.Collection;
import java.util.List;

/** Ids as the API writes them: strings. */
final class Ids {

    private Ids() {
    }

    static String of(Long id) {
        return id == null ? null : Long.toString(id);
    }

    static List<String> of(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).toList();
    }
}
