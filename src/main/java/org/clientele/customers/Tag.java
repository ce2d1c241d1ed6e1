package org.clientele.customers;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A tag of the one vocabulary every user shares. */
@Entity
@Table(name = "tags")
@Audited
class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @NotAudited
    private long version;

    private String name;

    /** The name in lower case, unique: names differ by more than their case. */
    @NotAudited
    private String nameKey;

    @Enumerated(EnumType.STRING)
    private TagColour colour;

    @NotAudited
    private Instant createdAt;

    protected Tag() {
    }

    Tag(String name, TagColour colour) {
        this.createdAt = Instant.now();
        change(name, colour);
    }

    void change(String name, TagColour colour) {
        this.name = name;
        this.nameKey = key(name);
        this.colour = colour;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    Long getId() {
        return id;
    }

    TagView toView() {
        return new TagView(id, name, colour);
    }
}
