package org.clientele.customers;

import java.util.SplittableRandom;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.springframework.stereotype.Component;

/**
 * The generated data set's timeline: notes, logged calls and meetings on companies, contacts and
 * leads, each with the fields {@link TimelineChecks} lets its kind have, written mostly by the
 * record's owner after the record was made. A few meetings lie ahead.
 */
@Component
class TimelineBulkData implements BulkDataContributor {

    private static final String[] NOTES = {"Discussed the renewal; they want a three-year term.",
            "Budget approved for next quarter.", "Sent the updated price list as requested.",
            "They are evaluating two other vendors.", "Needs sign-off from the finance department.",
            "Very happy with the last delivery.", "Asked for references from their industry.",
            "Wants training for five new colleagues.", "Complained about the response time of support; escalated.",
            "Invoice address changes from next month.", "Interested in the premium plan after the trial.",
            "Follow up after the summer holidays.", "Decision expected by the end of the month."};

    private static final String[] CALL_NOTES = {"Talked through the offer.", "Left a message with the assistant.",
            "Agreed on a meeting next week.", "Clarified delivery dates.", "Questions about the last invoice."};

    private static final String[] MEETING_TITLES = {"Kick-off", "Quarterly review", "Product demo", "Contract negotiation",
            "Site visit", "Workshop", "Onboarding session", "Annual planning", "Lunch with the management"};

    private static final String[] LOCATIONS = {"Their office", "Our office", "Video call", "Trade fair booth", "Restaurant nearby"};

    private static final String[] OUTCOMES = {"CONNECTED", "CONNECTED", "CONNECTED", "CONNECTED", "NO_ANSWER", "NO_ANSWER", "BUSY",
            "VOICEMAIL", "VOICEMAIL", "WRONG_NUMBER"};

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void contribute(BulkData data) {
        int count = data.count("timeline");
        Subjects[] subjects = {
                new Subjects(TimelineSubject.COMPANY, data.shared("companies"), data.shared("companies.owner"),
                        data.shared("companies.created"), 30),
                new Subjects(TimelineSubject.CONTACT, data.shared("contacts"), data.shared("contacts.owner"),
                        data.shared("contacts.created"), 55),
                new Subjects(TimelineSubject.LEAD, data.shared("leads"), data.shared("leads.owner"), data.shared("leads.created"), 15)};
        int totalWeight = 0;
        for (Subjects kind : subjects) {
            totalWeight += kind.ids().length == 0 ? 0 : kind.weight();
        }
        if (count == 0 || totalWeight == 0) {
            return;
        }
        GeneratedOwners owners = GeneratedOwners.of(data);
        GeneratedTimes times = new GeneratedTimes(data.now());
        long now = data.now().getEpochSecond();
        SplittableRandom random = data.random("customers.timeline");
        long first = data.nextId("timeline_entries");
        try (BulkTable entries = data.table("timeline_entries", "id", "version", "subject_type", "subject_id", "kind", "occurred_at",
                "author_id", "recipients", "status", "direction", "title", "body", "duration_minutes", "location", "created_at",
                "updated_at")) {
            for (int i = 0; i < count; i++) {
                Subjects kind = pick(subjects, random.nextInt(totalWeight));
                int s = random.nextInt(kind.ids().length);
                long author = random.nextInt(10) < 8 ? kind.owners()[s] : owners.user(owners.pick(random));
                long occurred = times.after(random, kind.created()[s]);
                int roll = random.nextInt(100);
                if (roll < 45) {
                    entries.row(first + i, 0, kind.type(), kind.ids()[s], TimelineKind.NOTE, instant(occurred), author, null, null, null,
                            null, paragraph(NOTES[random.nextInt(NOTES.length)]), null, null, instant(occurred), instant(occurred));
                } else if (roll < 80) {
                    String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                    boolean connected = outcome.equals("CONNECTED");
                    entries.row(first + i, 0, kind.type(), kind.ids()[s], TimelineKind.CALL, instant(occurred), author, null, outcome,
                            random.nextInt(3) == 0 ? EntryDirection.INBOUND : EntryDirection.OUTBOUND, null,
                            connected && random.nextInt(10) < 6 ? paragraph(CALL_NOTES[random.nextInt(CALL_NOTES.length)]) : null,
                            connected ? 1 + random.nextInt(45) : null, null, instant(occurred), instant(occurred));
                } else {
                    // One meeting in twenty is planned for the coming weeks, entered some days before.
                    long at = random.nextInt(20) == 0 ? now + 3_600L * (1 + random.nextInt(24 * 30)) : occurred;
                    long written = Math.min(occurred, now - 60);
                    entries.row(first + i, 0, kind.type(), kind.ids()[s], TimelineKind.MEETING, instant(at), author,
                            random.nextInt(10) < 3 ? "Management team, project lead" : null, null, null,
                            MEETING_TITLES[random.nextInt(MEETING_TITLES.length)],
                            random.nextInt(10) < 4 ? paragraph(NOTES[random.nextInt(NOTES.length)]) : null,
                            30 * (1 + random.nextInt(4)), random.nextInt(10) < 6 ? LOCATIONS[random.nextInt(LOCATIONS.length)] : null,
                            instant(written), instant(written));
                }
            }
        }
    }

    private static Subjects pick(Subjects[] subjects, int roll) {
        for (Subjects kind : subjects) {
            if (kind.ids().length > 0) {
                if (roll < kind.weight()) {
                    return kind;
                }
                roll -= kind.weight();
            }
        }
        throw new IllegalStateException("No subject for timeline entries");
    }

    /** A sanitised body, as {@link RichText} leaves plain text. */
    private static String paragraph(String text) {
        return "<p>" + text + "</p>";
    }

    private static java.time.Instant instant(long epochSecond) {
        return GeneratedTimes.instant(epochSecond);
    }

    /** The records of one type an entry may be on, with their owners and when they were made. */
    private record Subjects(String type, long[] ids, long[] owners, long[] created, int weight) {
    }
}
