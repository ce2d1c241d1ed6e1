package org.clientele.platform;

import java.util.List;

/**
 * What a module contributes to the global search, by declaring a bean: one kind of record, found
 * by a search text. The platform asks each source whose permission the signed-in user holds and
 * shows the hits grouped by source.
 *
 * <p>A source answers only with records the signed-in user may see, by putting the
 * record-visibility condition into its query before the limit, never by filtering afterwards.
 */
public interface SearchSource {

    /** The type of record, singular and in lower case, as the API names it: {@code company}. */
    String type();

    /** Message key of the group's heading: {@code search.group.companies}. */
    String titleKey();

    /** Bootstrap Icons name without the {@code bi-} prefix. */
    String icon();

    /** Position among the groups, lower first (the navigation's order fits). */
    int order();

    /** The authority a user needs for this source to answer them, such as {@code customers:read}. */
    String authority();

    /**
     * The best matches first, at most {@code limit} of them.
     *
     * @param query the search text, stripped, at least {@link #MINIMUM_LENGTH} characters
     */
    List<SearchHit> search(String query, int limit);

    /** Shorter search texts are refused: they would match nearly everything. */
    int MINIMUM_LENGTH = 2;

    /** Longer search texts are refused. */
    int MAXIMUM_LENGTH = 100;
}
