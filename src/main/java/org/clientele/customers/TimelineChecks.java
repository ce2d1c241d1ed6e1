package org.clientele.customers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Checks and normalises what goes onto a timeline: the fields each written kind takes, lengths,
 * and the sanitised body. Field names are those of the API.
 */
final class TimelineChecks {

    static final List<String> CALL_OUTCOMES = List.of("CONNECTED", "NO_ANSWER", "BUSY", "VOICEMAIL", "WRONG_NUMBER");
    static final int MAX_MINUTES = 24 * 60;

    /** A logged call cannot lie ahead; a little slack for clocks that differ. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private TimelineChecks() {
    }

    /** The form of a note, call or meeting, checked for its kind. */
    static TimelineEntryForm written(String kind, TimelineEntryForm form) {
        FieldChecks checks = new FieldChecks();
        String body = body(checks, form.body());
        Integer minutes = minutes(checks, form.durationMinutes());
        TimelineEntryForm checked = switch (kind) {
            case TimelineKind.NOTE -> {
                if (body == null) {
                    checks.reject("body", "validation.customers.required");
                }
                notFor(checks, kind, "title", form.title(), "direction", form.direction(), "status", form.status(),
                        "durationMinutes", form.durationMinutes(), "location", form.location(), "recipients", form.recipients());
                yield new TimelineEntryForm(orNow(form.occurredAt()), null, body, null, null, null, null, null);
            }
            case TimelineKind.CALL -> {
                if (form.direction() == null) {
                    checks.reject("direction", "validation.customers.required");
                }
                String outcome = checks.required("status", form.status(), 40);
                if (outcome != null && !CALL_OUTCOMES.contains(outcome)) {
                    checks.reject("status", "validation.timeline.outcome-unknown", String.join(", ", CALL_OUTCOMES));
                }
                Instant occurredAt = orNow(form.occurredAt());
                if (occurredAt.isAfter(Instant.now().plus(CLOCK_SLACK))) {
                    checks.reject("occurredAt", "validation.timeline.call-in-future");
                }
                notFor(checks, kind, "title", form.title(), "location", form.location(), "recipients", form.recipients());
                yield new TimelineEntryForm(occurredAt, null, body, form.direction(), outcome, minutes, null, null);
            }
            case TimelineKind.MEETING -> {
                String title = checks.required("title", form.title(), 300);
                if (form.occurredAt() == null) {
                    checks.reject("occurredAt", "validation.customers.required");
                }
                notFor(checks, kind, "direction", form.direction(), "status", form.status());
                yield new TimelineEntryForm(form.occurredAt(), title, body, null, null, minutes,
                        checks.optional("location", form.location(), 300), checks.optional("recipients", form.recipients(), 2000));
            }
            default -> throw new IllegalArgumentException("People do not write entries of kind " + kind);
        };
        checks.throwIfAny();
        return checked;
    }

    /** A draft another module records, checked and sanitised; the subject and kind are checked by the caller. */
    static TimelineEntryDraft recorded(TimelineEntryDraft draft) {
        FieldChecks checks = new FieldChecks();
        if (draft.occurredAt() == null) {
            checks.reject("occurredAt", "validation.customers.required");
        }
        String module = checks.required("sourceModule", draft.sourceModule(), 40);
        if (module != null && !module.matches("[a-z][a-z0-9-]*")) {
            checks.reject("sourceModule", "validation.timeline.source-module");
        }
        TimelineEntryDraft checked = new TimelineEntryDraft(draft.subject(), draft.kind(), draft.occurredAt(), draft.authorId(),
                checks.optional("sender", draft.sender(), 500), checks.optional("recipients", draft.recipients(), 2000),
                checks.optional("channel", draft.channel(), 40), checks.optional("status", draft.status(), 40), draft.direction(),
                checks.optional("title", draft.title(), 300), body(checks, draft.body()), minutes(checks, draft.durationMinutes()),
                checks.optional("location", draft.location(), 300), module,
                checks.required("sourceReference", draft.sourceReference(), 200));
        checks.throwIfAny();
        return checked;
    }

    private static String body(FieldChecks checks, String html) {
        String body = RichText.sanitize(html);
        if (body != null && body.length() > RichText.MAX_LENGTH) {
            checks.reject("body", "validation.customers.too-long", RichText.MAX_LENGTH);
        }
        return body;
    }

    private static Integer minutes(FieldChecks checks, Integer minutes) {
        if (minutes != null && (minutes < 0 || minutes > MAX_MINUTES)) {
            checks.reject("durationMinutes", "validation.timeline.duration-range", MAX_MINUTES);
        }
        return minutes;
    }

    private static Instant orNow(Instant occurredAt) {
        return occurredAt == null ? Instant.now() : occurredAt;
    }

    /** Fields (name, value pairs) the kind does not take must be empty. */
    private static void notFor(FieldChecks checks, String kind, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof String text && text.isBlank())) {
                checks.reject((String) namesAndValues[i], "validation.timeline.not-for-kind");
            }
        }
    }
}
