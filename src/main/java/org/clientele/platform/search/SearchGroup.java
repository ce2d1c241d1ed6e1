package org.clientele.platform.search;

import java.util.List;

import org.clientele.platform.SearchHit;

/**
 * The hits of one source.
 *
 * @param more whether the source found more than the hits shown
 */
public record SearchGroup(String type, String titleKey, String icon, List<SearchHit> hits, boolean more) {
}
