package org.sitrep.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A publication time with its precision and the evidence it came from. A day-precision date is stored as the
 * start of that day in UTC and printed as a plain ISO date.
 */
public record Published(Instant instant, DatePrecision precision, DateEvidence evidence) {
    public Published {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(evidence, "evidence");
    }

    public static Published day(LocalDate date, DateEvidence evidence) {
        return new Published(date.atStartOfDay(ZoneOffset.UTC).toInstant(), DatePrecision.DAY, evidence);
    }

    public static Published at(Instant instant, DateEvidence evidence) {
        DatePrecision p = instant.getNano() == 0 && instant.getEpochSecond() % 60 == 0 ? DatePrecision.MINUTE : DatePrecision.SECOND;
        return new Published(instant, p, evidence);
    }

    /** ISO-8601: {@code 2023-11-26} for a day, {@code 2024-11-14T15:10:00Z} otherwise. */
    public String iso() {
        return switch (precision) {
            case DAY -> LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
            case MINUTE -> instant.truncatedTo(ChronoUnit.MINUTES).toString();
            case SECOND -> instant.truncatedTo(ChronoUnit.SECONDS).toString();
        };
    }

    /** Parses what {@link #iso()} wrote. */
    public static Published parseIso(String iso, DateEvidence evidence) {
        if (iso.length() == 10) return day(LocalDate.parse(iso), evidence);
        Instant t = Instant.parse(iso);
        return new Published(t, t.getEpochSecond() % 60 == 0 ? DatePrecision.MINUTE : DatePrecision.SECOND, evidence);
    }
}
