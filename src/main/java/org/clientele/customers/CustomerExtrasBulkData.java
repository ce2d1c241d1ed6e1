package org.clientele.customers;

import java.util.SplittableRandom;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.springframework.stereotype.Component;

/**
 * The generated data set's tags, put on some companies, contacts and leads, and the consent
 * answers of one contact in ten, each with the consent events that prove it.
 */
@Component
class CustomerExtrasBulkData implements BulkDataContributor {

    /** A prime number of tags, see {@link #link}. */
    private static final String[] TAGS = {"VIP", "Newsletter", "Trade fair", "Key account", "Partner", "Reseller", "Public sector",
            "Startup", "Enterprise", "Churn risk", "Upsell", "Reference customer", "Do not discount", "Late payer", "Webinar",
            "Pilot", "Renewal due", "Event invite", "Christmas card", "Beta tester", "Conference", "Distributor", "Gold partner"};

    private static final String[] DO_NOT_CONTACT_REASONS = {"Asked not to be contacted", "Left the company", "Legal dispute"};

    private static final ConsentSource[] SOURCES = {ConsentSource.FORM, ConsentSource.FORM, ConsentSource.IMPORT, ConsentSource.API};

    @Override
    public int order() {
        return 260;
    }

    @Override
    public void contribute(BulkData data) {
        GeneratedTimes times = new GeneratedTimes(data.now());
        long[] tags = writeTags(data, times);
        writeTagLinks(data, times, tags);
        writeConsents(data, times);
    }

    private static long[] writeTags(BulkData data, GeneratedTimes times) {
        long first = data.nextId("tags");
        long[] tags = new long[TAGS.length];
        TagColour[] colours = TagColour.values();
        try (BulkTable table = data.table("tags", "id", "version", "name", "name_key", "colour", "created_at")) {
            for (int i = 0; i < TAGS.length; i++) {
                tags[i] = first + i;
                table.row(tags[i], 0, TAGS[i], Tag.key(TAGS[i]), colours[i % colours.length], GeneratedTimes.instant(times.start()));
            }
        }
        return tags;
    }

    /** One to three different tags on one company in ten, one contact in twenty and one lead in ten. */
    private static void writeTagLinks(BulkData data, GeneratedTimes times, long[] tags) {
        SplittableRandom random = data.random("customers.tags");
        long next = data.nextId("tag_links");
        try (BulkTable links = data.table("tag_links", "id", "tag_id", "subject_type", "subject_id", "created_at")) {
            next = link(links, next, random, times, tags, TaggedType.COMPANY, data.shared("companies"),
                    data.shared("companies.created"), 10);
            next = link(links, next, random, times, tags, TaggedType.CONTACT, data.shared("contacts"), data.shared("contacts.created"), 5);
            link(links, next, random, times, tags, TaggedType.LEAD, data.shared("leads"), data.shared("leads.created"), 10);
        }
    }

    private static long link(BulkTable links, long next, SplittableRandom random, GeneratedTimes times, long[] tags, TaggedType type,
            long[] ids, long[] created, int percent) {
        for (int i = 0; i < ids.length; i++) {
            if (random.nextInt(100) >= percent) {
                continue;
            }
            int count = 1 + random.nextInt(3);
            int start = random.nextInt(tags.length);
            int step = 1 + random.nextInt(tags.length - 1);
            for (int t = 0; t < count; t++) {
                // Steps below the number of tags, which is prime, never come back to a tag within three.
                long tag = tags[(start + t * step) % tags.length];
                links.row(next++, tag, type, ids[i], GeneratedTimes.instant(times.after(random, created[i])));
            }
        }
        return next;
    }

    private static void writeConsents(BulkData data, GeneratedTimes times) {
        SplittableRandom random = data.random("customers.consents");
        long[] contacts = data.shared("contacts");
        long[] owners = data.shared("contacts.owner");
        long[] created = data.shared("contacts.created");
        long nextEvent = data.nextId("contact_consent_events");
        try (BulkTable consents = data.table("contact_consents", "contact_id", "version", "email_marketing", "email_marketing_changed_at",
                "email_marketing_source", "do_not_contact", "do_not_contact_reason", "email_allowed", "phone_allowed", "sms_allowed",
                "updated_at", "updated_by");
                BulkTable events = data.table("contact_consent_events", "id", "contact_id", "occurred_at", "user_id", "change_kind",
                        "new_value", "source", "detail")) {
            for (int i = 0; i < contacts.length; i++) {
                if (random.nextInt(10) != 0) {
                    continue;
                }
                long at = times.after(random, created[i]);
                int roll = random.nextInt(100);
                MarketingConsent marketing = roll < 60 ? MarketingConsent.OPTED_IN : roll < 92 ? MarketingConsent.OPTED_OUT
                        : MarketingConsent.UNKNOWN;
                ConsentSource source = marketing == MarketingConsent.OPTED_OUT && random.nextInt(2) == 0 ? ConsentSource.UNSUBSCRIBE
                        : SOURCES[random.nextInt(SOURCES.length)];
                Long user = source == ConsentSource.FORM ? owners[i] : null;
                boolean doNotContact = random.nextInt(100) < 3;
                String reason = doNotContact ? DO_NOT_CONTACT_REASONS[random.nextInt(DO_NOT_CONTACT_REASONS.length)] : null;
                // Rows without a marketing answer exist because someone narrowed the channels.
                boolean narrowed = marketing == MarketingConsent.UNKNOWN || random.nextInt(10) == 0;
                boolean sms = !narrowed;
                boolean phone = !narrowed || random.nextInt(2) == 0;
                if (marketing != MarketingConsent.UNKNOWN) {
                    events.row(nextEvent++, contacts[i], GeneratedTimes.instant(at), user, ConsentChangeKind.EMAIL_MARKETING,
                            marketing.name(), source, null);
                }
                if (doNotContact) {
                    events.row(nextEvent++, contacts[i], GeneratedTimes.instant(at), user, ConsentChangeKind.DO_NOT_CONTACT, "true",
                            source, reason);
                }
                if (narrowed) {
                    events.row(nextEvent++, contacts[i], GeneratedTimes.instant(at), user, ConsentChangeKind.CHANNELS,
                            phone ? "email phone" : "email", source, null);
                }
                boolean marked = marketing != MarketingConsent.UNKNOWN;
                consents.row(contacts[i], 0, marketing.name(), marked ? GeneratedTimes.instant(at) : null, marked ? source : null,
                        doNotContact, reason, true, phone, sms, GeneratedTimes.instant(at), user);
            }
        }
    }
}
