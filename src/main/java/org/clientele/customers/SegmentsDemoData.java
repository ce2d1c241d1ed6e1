package org.clientele.customers;

import org.clientele.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Three demo segments: a list of invitees, the contacts in Germany, and the newsletter readers by their tag. */
@Component
class SegmentsDemoData implements DemoDataContributor {

    private final Segments segments;
    private final SegmentMembers members;
    private final Tags tags;
    private final JdbcClient jdbc;

    SegmentsDemoData(Segments segments, SegmentMembers members, Tags tags, JdbcClient jdbc) {
        this.segments = segments;
        this.members = members;
        this.tags = tags;
        this.jdbc = jdbc;
    }

    /** After the demo tags. */
    @Override
    public int order() {
        return 230;
    }

    @Override
    public void contribute(long administratorId) {
        Segment invitees = segments.save(new Segment("Trade fair invitations", SegmentKind.STATIC, ContactFilter.none(), administratorId));
        jdbc.sql("select id from contacts where mod(id, 4) = 1 order by id").query(Long.class).list()
                .forEach(contactId -> members.save(new SegmentMember(invitees.getId(), contactId)));
        segments.save(new Segment("Contacts in Germany", SegmentKind.DYNAMIC, new ContactFilter(null, null, null, "DE", null, null, null),
                administratorId));
        tags.findByNameKey("newsletter").ifPresent(newsletter -> segments.save(new Segment("Newsletter readers", SegmentKind.DYNAMIC,
                new ContactFilter(null, null, null, null, null, null, newsletter.getId()), administratorId)));
    }
}
