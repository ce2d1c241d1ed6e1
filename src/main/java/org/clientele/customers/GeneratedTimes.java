package org.clientele.customers;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** Moments for generated records: spread over the three years before the generation started. */
final class GeneratedTimes {

    static final Duration PERIOD = Duration.ofDays(3 * 365);

    private final long start;
    private final long end;

    GeneratedTimes(Instant now) {
        this.end = now.getEpochSecond() - 60;
        this.start = now.minus(PERIOD).getEpochSecond();
    }

    /** A moment in the period, in epoch seconds. */
    long any(SplittableRandom random) {
        return start + random.nextLong(end - start);
    }

    /** A moment between {@code after} (epoch seconds) and the end of the period. */
    long after(SplittableRandom random, long after) {
        return after >= end ? end : after + random.nextLong(end - after + 1);
    }

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    static Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }
}
