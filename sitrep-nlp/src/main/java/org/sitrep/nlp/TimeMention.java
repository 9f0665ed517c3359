package org.sitrep.nlp;

import java.time.Instant;
import java.util.Objects;

/**
 * A temporal expression normalized to a calendar range. Only expressions that name a point or period of the calendar
 * are kept (dates and times); durations ("three weeks"), sets ("daily") and vague references ("now", "recently") are not.
 *
 * @param text            the expression as written
 * @param start           char offset in the input text
 * @param end             char offset after it
 * @param value           its TIMEX3 value ("2023-11-25", "2023-W46", "2024-03", "2022", "2024-11-14T15:10")
 * @param precision       how precise the value is
 * @param begin           the start of the range it names (UTC; a local date is taken as a UTC day)
 * @param until           the end of the range, exclusive
 * @param relative        whether the value depended on the reference time ("Saturday", "last week", "November 14")
 * @param againstFetchTime whether it is relative and was resolved against the fetch time because the publication
 *                        time was unknown (so it may be off by the delay between publication and fetch)
 * @param ownDate         whether it is the article's own publication or update stamp (a dateline, "Updated …"),
 *                        not the date of something it reports
 * @param sentence        index of its sentence
 */
public record TimeMention(String text, int start, int end, String value, TimePrecision precision, Instant begin,
                          Instant until, boolean relative, boolean againstFetchTime, boolean ownDate, int sentence) {
    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(until, "until");
    }
}
