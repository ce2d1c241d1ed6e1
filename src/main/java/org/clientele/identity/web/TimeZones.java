package org.clientele.identity.web;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** The time zones users can choose from: UTC, then the region-based ones, sorted. */
final class TimeZones {

    static final List<String> ALL = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                    .sorted())
            .toList();

    private TimeZones() {
    }
}
