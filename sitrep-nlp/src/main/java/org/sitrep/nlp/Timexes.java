package org.sitrep.nlp;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a TIMEX3 value from SUTime into a precision and a UTC range, and corrects SUTime's year for a month and day
 * written without one. Stateless and thread-safe.
 */
final class Timexes {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern PART = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|AF|EV|NI)");
    private static final Pattern CLOCK = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2})(?::(\\d{2}))?(?::(\\d{2}))?.*");
    /** An explicit year, or a full numeric date: the expression does not depend on the reference. */
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b(?:1[89]|20)\\d{2}s?\\b|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|'\\d{2}\\b");
    /**
     * Offsets from another event ("six months later", "the day before"): SUTime counts them from the reference time,
     * which is wrong as often as not, so they are left out rather than reported with a wrong date.
     */
    private static final Pattern ANCHORED_ELSEWHERE = Pattern.compile(
            "(?i)\\b(?:later|earlier|after|afterwards|before|following|previous|prior|same)\\b");
    private static final Pattern WEEKDAY_OR_DEICTIC = Pattern.compile(
            "(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:today|tonight|yesterday|tomorrow|last|next|this|past|coming|ago)\\b");

    private Timexes() {
    }

    /** A normalized value: precision and range, or null when the value names no calendar period we handle. */
    record Range(String value, TimePrecision precision, Instant begin, Instant until) {
    }

    static boolean hasExplicitYear(String text) {
        return EXPLICIT_YEAR.matcher(text).find();
    }

    static boolean anchoredElsewhere(String text) {
        return !hasExplicitYear(text) && ANCHORED_ELSEWHERE.matcher(text).find() && !text.toLowerCase().contains("ago");
    }

    /**
     * SUTime sometimes puts a month and day written without a year in the wrong year ("the February 24 invasion"
     * read in September 2022 became 2023-02-24). News mostly reports the near past: the nearest such date to the
     * reference is taken, within half a year either way.
     */
    static String nearestYear(String value, String text, LocalDate reference) {
        if (hasExplicitYear(text) || WEEKDAY_OR_DEICTIC.matcher(text).find()) return value;
        if (value.length() < 7 || !MONTH.matcher(value.substring(0, 7)).matches()) return value;
        int year = Integer.parseInt(value.substring(0, 4));
        int month = Integer.parseInt(value.substring(5, 7));
        LocalDate d = LocalDate.of(year, month, 1);
        if (value.length() >= 10 && DAY.matcher(value.substring(0, 10)).matches()) {
            try {
                d = LocalDate.parse(value.substring(0, 10));
            } catch (java.time.DateTimeException e) {
                return value;
            }
        }
        int shift = 0;
        while (d.plusYears(shift).isAfter(reference.plusDays(183))) shift--;
        while (d.plusYears(shift).isBefore(reference.minusDays(183))) shift++;
        if (shift == 0) return value;
        return String.format("%04d", year + shift) + value.substring(4);
    }

    /**
     * A month and day written without a year in a past-tense sentence ("the February 24 invasion", read in September
     * 2022) names a past date: SUTime's choice of a date over a week after the reference moves back a year.
     */
    static String notInFuture(String value, String text, LocalDate reference) {
        if (hasExplicitYear(text) || WEEKDAY_OR_DEICTIC.matcher(text).find()) return value;
        if (value.length() < 7 || !MONTH.matcher(value.substring(0, 7)).matches()) return value;
        LocalDate d;
        try {
            d = value.length() >= 10 && DAY.matcher(value.substring(0, 10)).matches() ? LocalDate.parse(value.substring(0, 10))
                    : LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5, 7)), 1);
        } catch (java.time.DateTimeException e) {
            return value;
        }
        if (!d.isAfter(reference.plusDays(7))) return value;
        return String.format("%04d", d.getYear() - 1) + value.substring(4);
    }

    static Range range(String value) {
        if (value == null) return null;
        try {
            Matcher m;
            if ((m = CLOCK.matcher(value)).matches()) {
                LocalDateTime t = LocalDate.parse(m.group(1)).atTime(Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
                long span = m.group(3) == null ? 3600 : m.group(4) == null ? 60 : 1;
                Instant b = t.toInstant(ZoneOffset.UTC);
                return new Range(value, TimePrecision.TIME, b, b.plusSeconds(span));
            }
            if ((m = PART.matcher(value)).matches()) {
                Instant day = LocalDate.parse(m.group(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
                int[] hours = switch (m.group(2)) {
                    case "MO" -> new int[] {6, 12};
                    case "AF" -> new int[] {12, 18};
                    case "EV" -> new int[] {18, 24};
                    default -> new int[] {21, 30};
                };
                return new Range(value, TimePrecision.TIME, day.plusSeconds(hours[0] * 3600L), day.plusSeconds(hours[1] * 3600L));
            }
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.parse(value);
                return new Range(value, TimePrecision.DAY, start(d), start(d.plusDays(1)));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (m.group(3) != null) return new Range(value, TimePrecision.WEEK, start(monday.plusDays(5)), start(monday.plusDays(7)));
                return new Range(value, TimePrecision.WEEK, start(monday), start(monday.plusDays(7)));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return new Range(value, TimePrecision.MONTH, start(d), start(d.plusMonths(1)));
            }
            if ((m = SEASON.matcher(value)).matches()) {
                int y = Integer.parseInt(m.group(1));
                int[] months = switch (m.group(2)) {
                    case "SP" -> new int[] {3, 3};
                    case "SU" -> new int[] {6, 3};
                    case "FA" -> new int[] {9, 3};
                    case "WI" -> new int[] {12, 3};
                    case "H1" -> new int[] {1, 6};
                    case "H2" -> new int[] {7, 6};
                    default -> new int[] {(m.group(2).charAt(1) - '1') * 3 + 1, 3};
                };
                LocalDate d = LocalDate.of(y, months[0], 1);
                return new Range(value, TimePrecision.MONTH, start(d), start(d.plusMonths(months[1])));
            }
            if ((m = YEAR.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(value), 1, 1);
                return new Range(value, TimePrecision.YEAR, start(d), start(d.plusYears(1)));
            }
            if ((m = DECADE.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)) * 10, 1, 1);
                return new Range(value, TimePrecision.YEAR, start(d), start(d.plusYears(10)));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // SUTime produced an impossible date ("2023-02-30"): not a calendar period
        }
        return null;
    }

    private static Instant start(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
