package org.sitrep.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Published;

/** Parses the date formats metadata comes in: ISO-8601 variants, RFC 1123, epoch seconds or millis. Stateless. */
public final class Dates {
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxx", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX", Locale.ROOT),
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss z", Locale.ENGLISH));
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT));

    private Dates() {
    }

    /** The publication time written in {@code s}, or null when it is not a date we can read. */
    public static Published parse(String s, DateEvidence evidence) {
        if (s == null) return null;
        // Fractions of a second ("2017-11-03 03:01:00.000000") say nothing the second does not.
        String v = s.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2})[.,]\\d+", "$1");
        if (v.isEmpty()) return null;
        if (v.matches("\\d{9,13}")) {
            long n = Long.parseLong(v);
            return Published.at(n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n), evidence);
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return Published.day(LocalDate.parse(v), evidence);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        try {
            return Published.at(Instant.parse(v), evidence);
        } catch (DateTimeParseException ignored) {
            // try the others
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                return Published.at(ZonedDateTime.parse(v, f).toInstant(), evidence);
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                return Published.at(OffsetDateTime.parse(v, f).toInstant(), evidence);
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return Published.at(LocalDateTime.parse(v, f).toInstant(ZoneOffset.UTC), evidence);
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        return null;
    }
}
