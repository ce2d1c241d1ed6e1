package org.clientele.customers;

import java.util.List;

import org.clientele.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few tags put on the demo records: key accounts among the companies with the most people,
 * newsletter readers among their contacts, leads to follow up among the qualified ones.
 */
@Component
class TagsDemoData implements DemoDataContributor {

    private final Tags tags;
    private final TagLinks links;
    private final JdbcClient jdbc;

    TagsDemoData(Tags tags, TagLinks links, JdbcClient jdbc) {
        this.tags = tags;
        this.links = links;
        this.jdbc = jdbc;
    }

    /** After the demo companies, contacts and leads. */
    @Override
    public int order() {
        return 220;
    }

    @Override
    public void contribute(long administratorId) {
        Tag keyAccount = tags.save(new Tag("Key account", TagColour.GREEN));
        Tag newsletter = tags.save(new Tag("Newsletter", TagColour.BLUE));
        Tag followUp = tags.save(new Tag("Follow up", TagColour.YELLOW));
        tags.save(new Tag("Partner", TagColour.CYAN));
        tag(keyAccount, TaggedType.COMPANY, ids("select c.id from companies c order by (select count(*) from contacts p "
                + "where p.company_id = c.id) desc, c.id limit 5"));
        tag(newsletter, TaggedType.CONTACT, ids("select id from contacts where mod(id, 3) = 0 order by id"));
        tag(followUp, TaggedType.LEAD, ids("select id from leads where status = 'QUALIFIED' order by id"));
    }

    private List<Long> ids(String sql) {
        return jdbc.sql(sql).query(Long.class).list();
    }

    private void tag(Tag tag, TaggedType type, List<Long> ids) {
        ids.forEach(id -> links.save(new TagLink(tag.getId(), type, id)));
    }
}
