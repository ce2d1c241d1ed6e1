package org.clientele.platform.search;

import java.util.List;

/** What a search found, one group per source that found anything, in the sources' order. */
public record SearchResults(String query, List<SearchGroup> groups) {

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
