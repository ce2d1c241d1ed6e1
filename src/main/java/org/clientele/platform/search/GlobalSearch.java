package org.clientele.platform.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.clientele.platform.SearchHit;
import org.clientele.platform.SearchSource;
import org.clientele.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Asks every {@link SearchSource} the signed-in user holds the permission of, in turn, and
 * groups their hits. In turn rather than in parallel: each source reads the signed-in user and
 * their visibility from the request's thread, and each answers from an index in milliseconds.
 */
@Service
public class GlobalSearch {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAXIMUM_LIMIT = 50;

    private final List<SearchSource> sources;

    GlobalSearch(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
    }

    /** The types of record the signed-in user may search. */
    public List<String> types() {
        return available().stream().map(SearchSource::type).toList();
    }

    /**
     * @param query the search text, at least {@link SearchSource#MINIMUM_LENGTH} characters once stripped
     * @param types the types to search, or empty for all the user may search
     * @param limit the most hits per group
     * @throws InvalidInputException for a missing, too short or too long text, an unknown type or a limit out of range
     */
    public SearchResults search(String query, Collection<String> types, int limit) {
        String text = checkedQuery(query);
        if (limit < 1 || limit > MAXIMUM_LIMIT) {
            throw InvalidInputException.of("limit", "validation.search.limit", MAXIMUM_LIMIT);
        }
        List<SearchSource> available = available();
        Set<String> known = Set.copyOf(available.stream().map(SearchSource::type).toList());
        for (String type : types) {
            if (!known.contains(type)) {
                throw InvalidInputException.of("types", "validation.search.type-unknown", String.join(", ", known));
            }
        }
        List<SearchGroup> groups = new ArrayList<>();
        for (SearchSource source : available) {
            if (types.isEmpty() || types.contains(source.type())) {
                List<SearchHit> hits = source.search(text, limit + 1);
                if (!hits.isEmpty()) {
                    groups.add(new SearchGroup(source.type(), source.titleKey(), source.icon(),
                            hits.subList(0, Math.min(limit, hits.size())), hits.size() > limit));
                }
            }
        }
        return new SearchResults(text, groups);
    }

    /** The stripped search text; refuses one that is missing, too short or too long. */
    public static String checkedQuery(String query) {
        String text = query == null ? "" : query.strip();
        if (text.length() < SearchSource.MINIMUM_LENGTH) {
            throw InvalidInputException.of("q", "validation.search.too-short", SearchSource.MINIMUM_LENGTH);
        }
        if (text.length() > SearchSource.MAXIMUM_LENGTH) {
            throw InvalidInputException.of("q", "validation.search.too-long", SearchSource.MAXIMUM_LENGTH);
        }
        return text;
    }

    private List<SearchSource> available() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        Set<String> granted = Set.copyOf(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        return sources.stream().filter(source -> granted.contains(source.authority())).toList();
    }
}
