package org.clientele.customers.web;

import java.util.List;
import java.util.Map;

import org.clientele.customers.ListColumnChoices;
import org.clientele.customers.ListColumns;
import org.clientele.customers.SegmentManagement;
import org.clientele.customers.SegmentView;
import org.clientele.customers.TagManagement;
import org.clientele.customers.TagView;
import org.clientele.customers.TaggedType;
import org.clientele.customers.TimelineSubject;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the company, contact and lead pages show besides the records themselves: the tags of the
 * listed rows, the tag filter and the columns the user chose on lists; the tag card on details.
 */
@Component
class RecordPageExtras {

    private final TagManagement tags;
    private final ListColumnChoices columnChoices;
    private final SegmentManagement segments;
    private final CustomerPanels panels;

    RecordPageExtras(TagManagement tags, ListColumnChoices columnChoices, SegmentManagement segments, CustomerPanels panels) {
        this.tags = tags;
        this.columnChoices = columnChoices;
        this.segments = segments;
        this.panels = panels;
    }

    /**
     * {@code rowTags} (tags by record id), {@code tagOptions} (the vocabulary, for the filter and
     * the bulk actions), {@code columns} (the signed-in user's {@link ListColumns}) and, for contacts,
     * {@code segmentOptions} (the static segments the bulk actions add to).
     */
    void addToList(Model model, TaggedType type, List<Long> ids) {
        model.addAttribute("rowTags", tags.tagsOf(type, ids));
        model.addAttribute("tagOptions", tags.all());
        model.addAttribute("columns", columnChoices.chosen(type));
        model.addAttribute("segmentOptions", type == TaggedType.CONTACT ? segments.staticSegments() : null);
    }

    /**
     * {@code tagCard}: the record's tags and those it could get, for {@code customers/fragments/tags :: card}; for a contact
     * also {@code contactSegments} (the static segments listing it) and {@code otherSegments} (those it could join); for a
     * company or contact {@code customerPanels}, the other modules' sections, for {@code customers/fragments/panels :: panels}.
     */
    void addToDetail(Model model, TaggedType type, long id) {
        model.addAttribute("tagCard", card(type, id));
        if (type == TaggedType.COMPANY || type == TaggedType.CONTACT) {
            model.addAttribute("customerPanels", panels.of(new TimelineSubject(type == TaggedType.COMPANY
                    ? TimelineSubject.COMPANY : TimelineSubject.CONTACT, id)));
        }
        if (type == TaggedType.CONTACT) {
            Map<Boolean, List<SegmentView>> byMembership = segments.staticSegmentsByMembership(id);
            model.addAttribute("contactSegments", byMembership.get(true));
            model.addAttribute("otherSegments", byMembership.get(false));
        }
    }

    TagCard card(TaggedType type, long id) {
        List<TagView> carried = tags.tagsOf(type, id);
        List<TagView> available = tags.all().stream().filter(tag -> !carried.contains(tag)).toList();
        return new TagCard("/" + type.path() + "/" + id + "/tags", carried, available);
    }

    /** @param path where tags are added ({@code POST}) and, with {@code /{tagId}/remove}, removed */
    record TagCard(String path, List<TagView> tags, List<TagView> available) {
    }
}
