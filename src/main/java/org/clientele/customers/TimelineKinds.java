package org.clientele.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every kind of timeline entry the application knows: the timeline's own and those other modules declare as beans. */
@Component
class TimelineKinds {

    static final List<TimelineKind> BUILT_IN = List.of(
            new TimelineKind(TimelineKind.NOTE, "journal-text"),
            new TimelineKind(TimelineKind.CALL, "telephone"),
            new TimelineKind(TimelineKind.MEETING, "people"),
            new TimelineKind(TimelineKind.EMAIL, "envelope"),
            new TimelineKind(TimelineKind.STAGE_CHANGE, "signpost-split"),
            new TimelineKind(TimelineKind.QUOTE, "file-earmark-text"),
            new TimelineKind(TimelineKind.INVOICE, "receipt"),
            new TimelineKind(TimelineKind.PAYMENT, "cash-coin"),
            new TimelineKind(TimelineKind.MERGE, "union"));

    /** What people write on the timeline themselves; the rest is recorded by modules. */
    static final List<String> WRITTEN = List.of(TimelineKind.NOTE, TimelineKind.CALL, TimelineKind.MEETING);

    private final Map<String, TimelineKind> kinds = new LinkedHashMap<>();

    TimelineKinds(List<TimelineKind> declared) {
        BUILT_IN.forEach(kind -> kinds.put(kind.code(), kind));
        for (TimelineKind kind : declared) {
            TimelineKind known = kinds.putIfAbsent(kind.code(), kind);
            if (known != null && !known.equals(kind)) {
                throw new IllegalStateException("Timeline kind " + kind.code() + " is declared twice");
            }
        }
    }

    Optional<TimelineKind> find(String code) {
        return Optional.ofNullable(kinds.get(code));
    }

    List<TimelineKind> all() {
        return List.copyOf(kinds.values());
    }
}
