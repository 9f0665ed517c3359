package org.sitrep.alerts;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a webhook again after a failed delivery: doubling from {@code first} ({@code first}, 2×, 4×…), never
 * more than {@code cap} apart, and no more after {@code attempts} tries in all, after which the delivery is marked
 * failed and shown as such. Pure and thread-safe.
 *
 * @param first    the wait after the first failure
 * @param cap      the longest wait
 * @param attempts the most tries in all, the first included
 */
public record Backoff(Duration first, Duration cap, int attempts) {
    /** 30 s, 1 min, 2 min … at most an hour apart, 10 tries (about 4 hours in all). */
    public static final Backoff STANDARD = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 10);

    public Backoff {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("back-off needs 0 < first <= cap and at least one attempt");
        }
    }

    /** The wait after the {@code tried}-th failed try (1 for the first), or empty when no try is left. */
    public Optional<Duration> after(int tried) {
        if (tried < 1) throw new IllegalArgumentException("tried counts from 1");
        if (tried >= attempts) return Optional.empty();
        Duration d = first;
        for (int i = 1; i < tried && d.compareTo(cap) < 0; i++) d = d.multipliedBy(2);
        return Optional.of(d.compareTo(cap) > 0 ? cap : d);
    }
}
