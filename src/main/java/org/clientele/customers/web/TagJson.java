package org.clientele.customers.web;

import java.util.List;
import java.util.Map;

import org.clientele.customers.TagView;

/** A tag as the API shows it on a record and in the vocabulary. */
record TagJson(String id, String name, String colour) {

    static TagJson of(TagView tag) {
        return new TagJson(Long.toString(tag.id()), tag.name(), tag.colour().code());
    }

    static List<TagJson> of(List<TagView> tags) {
        return tags.stream().map(TagJson::of).toList();
    }

    /** The tags of one listed record, an empty list for a record without tags. */
    static List<TagJson> of(Map<Long, List<TagView>> tagsById, long id) {
        return of(tagsById.getOrDefault(id, List.of()));
    }
}
