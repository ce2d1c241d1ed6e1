package org.clientele.customers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tag vocabulary (one for everyone) and the tags on companies, contacts and leads. Tagging
 * and untagging act for the signed-in user on records they may see; any other answers as missing.
 * Changing the vocabulary is left to the callers' permission check (administrators).
 */
@Service
public class TagManagement {

    static final String RECORD_TYPE = "Tag";
    private static final int NAME_LENGTH = 50;

    private final Tags tags;
    private final TagLinks links;
    private final JdbcClient jdbc;
    private final TaggedRecords records;

    TagManagement(Tags tags, TagLinks links, JdbcClient jdbc, TaggedRecords records) {
        this.tags = tags;
        this.links = links;
        this.jdbc = jdbc;
        this.records = records;
    }

    /** Every tag, by name. */
    @Transactional(readOnly = true)
    public List<TagView> all() {
        return tags.findEvery().stream().map(Tag::toView).sorted(Comparator.comparing(tag -> tag.name().toLowerCase(Locale.ROOT))).toList();
    }

    /** Every tag, by name, with how many records of each type carry it. */
    @Transactional(readOnly = true)
    public List<TagUsage> usage() {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql("select tag_id, subject_type, count(*) as n from tag_links group by tag_id, subject_type")
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong("tag_id"), id -> new HashMap<>())
                        .put(rs.getString("subject_type"), rs.getLong("n")))
                .list();
        return all().stream().map(tag -> usage(tag, counts.getOrDefault(tag.id(), Map.of()))).toList();
    }

    /** @throws RecordNotFoundException if there is no such tag */
    @Transactional(readOnly = true)
    public TagUsage usage(long id) {
        TagView tag = existing(id).toView();
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select subject_type, count(*) as n from tag_links where tag_id = ? group by subject_type").param(id)
                .query((rs, n) -> counts.put(rs.getString("subject_type"), rs.getLong("n"))).list();
        return usage(tag, counts);
    }

    @Transactional(readOnly = true)
    public Optional<TagView> find(long id) {
        return tags.findById(id).map(Tag::toView);
    }

    /** @throws InvalidInputException for a missing, too long or taken name, or an unknown colour */
    @Transactional
    public TagView create(String name, String colour) {
        Checked checked = checked(name, colour, null);
        return tags.save(new Tag(checked.name(), checked.colour())).toView();
    }

    /**
     * @throws RecordNotFoundException if there is no such tag
     * @throws InvalidInputException for a missing, too long or taken name, or an unknown colour
     */
    @Transactional
    public TagView change(long id, String name, String colour) {
        Tag tag = existing(id);
        Checked checked = checked(name, colour, id);
        tag.change(checked.name(), checked.colour());
        tags.flush();
        return tag.toView();
    }

    /** Deletes the tag and takes it off every record, visible to the caller or not. */
    @Transactional
    public void delete(long id) {
        Tag tag = existing(id);
        links.deleteAll(links.findByTagId(id));
        links.flush();
        tags.delete(tag);
    }

    /**
     * The tags of one record, by name.
     *
     * @throws RecordNotFoundException if there is no such record or the user may not see it
     */
    @Transactional(readOnly = true)
    public List<TagView> tagsOf(TaggedType type, long id) {
        checkVisible(type, id);
        return tagsOf(type, List.of(id)).getOrDefault(id, List.of());
    }

    /**
     * The tags of records a list shows (which the caller has already checked), by name; records
     * without tags are left out. One plain query with the tags joined: a list asks for every page,
     * and a repository query with an IN list of changing length was planned afresh each time.
     */
    public Map<Long, List<TagView>> tagsOf(TaggedType type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> distinct = Set.copyOf(ids);
        List<Object> parameters = new ArrayList<>(distinct.size() + 1);
        parameters.add(type.name());
        parameters.addAll(distinct);
        Map<Long, List<TagView>> found = new LinkedHashMap<>();
        jdbc.sql("select l.subject_id, t.id, t.name, t.colour from tag_links l join tags t on t.id = l.tag_id "
                + "where l.subject_type = ? and l.subject_id in (" + String.join(", ", Collections.nCopies(distinct.size(), "?")) + ")")
                .params(parameters)
                .query(rs -> {
                    found.computeIfAbsent(rs.getLong("subject_id"), id -> new ArrayList<>())
                            .add(new TagView(rs.getLong("id"), rs.getString("name"), TagColour.valueOf(rs.getString("colour"))));
                });
        found.values().forEach(list -> list.sort(Comparator.comparing(tag -> tag.name().toLowerCase(Locale.ROOT))));
        return found;
    }

    /**
     * Puts the tag on the record; nothing happens if it is there already.
     *
     * @throws RecordNotFoundException if there is no such record or tag, or the user may not see the record
     */
    @Transactional
    public void tag(TaggedType type, long id, long tagId) {
        checkVisible(type, id);
        existing(tagId);
        if (!links.existsByTagIdAndSubjectTypeAndSubjectId(tagId, type, id)) {
            links.save(new TagLink(tagId, type, id));
        }
    }

    /**
     * Takes the tag off the record; nothing happens if it is not there.
     *
     * @throws RecordNotFoundException if there is no such record or the user may not see it
     */
    @Transactional
    public void untag(TaggedType type, long id, long tagId) {
        checkVisible(type, id);
        links.findBySubjectTypeAndSubjectId(type, id).stream().filter(link -> link.getTagId() == tagId).forEach(links::delete);
    }

    /**
     * Moves every tag of one record to another of the same type, as merging two duplicates does:
     * the survivor keeps its own tags and gains the others; the merged record has none left. It
     * acts for the merge, which has checked both records, so it checks no visibility.
     */
    @Transactional
    public void moveAll(TaggedType type, long fromId, long toId) {
        Set<Long> kept = new HashSet<>(links.findBySubjectTypeAndSubjectId(type, toId).stream().map(TagLink::getTagId).toList());
        List<TagLink> moving = links.findBySubjectTypeAndSubjectId(type, fromId);
        links.deleteAll(moving);
        links.flush();
        moving.stream().map(TagLink::getTagId).filter(kept::add).forEach(tagId -> links.save(new TagLink(tagId, type, toId)));
    }

    /** @throws RecordNotFoundException if there is no such record or the user may not see it */
    public void checkVisible(TaggedType type, long id) {
        records.checkVisible(type, id);
    }

    private Tag existing(long id) {
        return tags.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Checked checked(String name, String colour, Long id) {
        FieldChecks checks = new FieldChecks();
        String checkedName = checks.required("name", name, NAME_LENGTH);
        if (checkedName != null && tags.findByNameKey(Tag.key(checkedName)).filter(other -> !other.getId().equals(id)).isPresent()) {
            checks.reject("name", "validation.tags.name-taken");
        }
        Optional<TagColour> checkedColour = TagColour.ofCode(colour);
        if (checkedColour.isEmpty()) {
            checks.reject("colour", "validation.tags.colour-unknown");
        }
        checks.throwIfAny();
        return new Checked(checkedName, checkedColour.get());
    }

    private static TagUsage usage(TagView tag, Map<String, Long> counts) {
        return new TagUsage(tag, counts.getOrDefault(TaggedType.COMPANY.name(), 0L), counts.getOrDefault(TaggedType.CONTACT.name(), 0L),
                counts.getOrDefault(TaggedType.LEAD.name(), 0L));
    }

    private record Checked(String name, TagColour colour) {
    }
}
