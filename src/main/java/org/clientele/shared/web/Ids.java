package org.clientele.shared.web;

import java.util.Collection;
import java.util.List;

/** Ids as the API writes them: strings. */
public final class Ids {

    private Ids() {
    }

    public static String of(Long id) {
        return id == null ? null : Long.toString(id);
    }

    public static List<String> of(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).toList();
    }
}
