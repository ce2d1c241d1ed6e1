package org.clientele.customers;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns a user chooses on a list, hidden or shown. The name column always shows and is no
 * choice.
 *
 * @param hidden the codes of the hidden columns
 */
public record ListColumns(TaggedType type, Set<String> hidden) {

    /** The optional columns of each list, in their order on the page. */
    public static final Map<TaggedType, List<String>> OPTIONAL = Map.of(
            TaggedType.COMPANY, List.of("city", "country", "email", "phone", "owner", "created", "tags"),
            TaggedType.CONTACT, List.of("company", "title", "email", "phone", "owner", "created", "tags"),
            TaggedType.LEAD, List.of("company", "status", "source", "email", "owner", "created", "tags"));

    public ListColumns {
        hidden = Set.copyOf(hidden);
    }

    /** Every column shows, as for someone who has not chosen. */
    public static ListColumns defaults(TaggedType type) {
        return new ListColumns(type, Set.of());
    }

    public boolean shows(String column) {
        return !hidden.contains(column);
    }

    public List<String> options() {
        return OPTIONAL.get(type);
    }

    /** The hidden columns when exactly the given ones are shown; codes that are no column of the list are left out. */
    static ListColumns showing(TaggedType type, Collection<String> shown) {
        Set<String> hidden = OPTIONAL.get(type).stream().filter(column -> !shown.contains(column))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new ListColumns(type, hidden);
    }
}
