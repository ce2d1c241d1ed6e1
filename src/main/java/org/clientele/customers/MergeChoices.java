package org.clientele.customers;

import java.util.Map;

/**
 * What a merge keeps: the survivor, the record merged into it (and deleted), and for each field
 * named in {@link MergeField#name()} the side whose value stays; fields left out keep the
 * survivor's value.
 */
public record MergeChoices(long survivorId, long mergedId, Map<String, MergeSide> fields) {

    public MergeChoices {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    boolean fromMerged(String field) {
        return fields.get(field) == MergeSide.MERGED;
    }
}
