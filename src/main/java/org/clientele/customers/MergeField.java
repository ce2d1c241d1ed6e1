package org.clientele.customers;

import java.util.Objects;

/**
 * One field of two records side by side, as the merge page offers it.
 *
 * @param name the field, as {@link MergeChoices#fields()} names it: {@code name}, {@code email}, {@code ownerId}, …
 * @param survivorValue what the survivor holds (an {@link Address}, a user or team id, text), or {@code null}
 * @param mergedValue what the merged record holds
 */
public record MergeField(String name, Object survivorValue, Object mergedValue) {

    public boolean differs() {
        return !Objects.equals(survivorValue, mergedValue);
    }
}
