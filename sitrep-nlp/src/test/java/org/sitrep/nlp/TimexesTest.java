package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexesTest {
    @Test
    void dayWeekMonthYearAndTimeHaveTheirRanges() {
        assertRange("2023-11-25", TimePrecision.DAY, "2023-11-25T00:00:00Z", "2023-11-26T00:00:00Z");
        assertRange("2023-W46", TimePrecision.WEEK, "2023-11-13T00:00:00Z", "2023-11-20T00:00:00Z");
        assertRange("2024-03", TimePrecision.MONTH, "2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z");
        assertRange("1999", TimePrecision.YEAR, "1999-01-01T00:00:00Z", "2000-01-01T00:00:00Z");
        assertRange("2024-11-14T15:10", TimePrecision.TIME, "2024-11-14T15:10:00Z", "2024-11-14T15:11:00Z");
        assertRange("2022-09-11TEV", TimePrecision.TIME, "2022-09-11T18:00:00Z", "2022-09-12T00:00:00Z");
        assertRange("2022-FA", TimePrecision.MONTH, "2022-09-01T00:00:00Z", "2022-12-01T00:00:00Z");
        assertRange("199X", TimePrecision.YEAR, "1990-01-01T00:00:00Z", "2000-01-01T00:00:00Z");
    }

    @Test
    void vagueAndImpossibleValuesHaveNoRange() {
        assertThat(Timexes.range("PRESENT_REF")).isNull();
        assertThat(Timexes.range("P3W")).isNull();
        assertThat(Timexes.range("XXXX-02-24")).isNull();
        assertThat(Timexes.range("2023-02-30")).isNull();
        assertThat(Timexes.range(null)).isNull();
    }

    @Test
    void monthAndDayWithoutYearInAPastSentenceIsNotInTheFuture() {
        LocalDate ref = LocalDate.parse("2022-09-11");
        assertThat(Timexes.notInFuture("2023-02-24", "February 24", ref)).isEqualTo("2022-02-24");
        assertThat(Timexes.notInFuture("2022-09-15", "September 15", ref)).isEqualTo("2022-09-15");
        assertThat(Timexes.notInFuture("2023-02-24", "February 24, 2023", ref)).isEqualTo("2023-02-24");
        assertThat(Timexes.notInFuture("2022-09-16", "next Friday", ref)).isEqualTo("2022-09-16");
    }

    @Test
    void monthAndDayWithoutYearIsTakenNearestTheReference() {
        LocalDate ref = LocalDate.parse("2024-01-05");
        assertThat(Timexes.nearestYear("2024-12-28", "December 28", ref)).isEqualTo("2023-12-28");
        assertThat(Timexes.nearestYear("2024-01-03", "January 3", ref)).isEqualTo("2024-01-03");
    }

    @Test
    void offsetsFromAnotherEventAreNotResolvedAgainstTheReference() {
        assertThat(Timexes.anchoredElsewhere("Six months later")).isTrue();
        assertThat(Timexes.anchoredElsewhere("the day before")).isTrue();
        assertThat(Timexes.anchoredElsewhere("two days ago")).isFalse();
        assertThat(Timexes.anchoredElsewhere("Saturday")).isFalse();
    }

    private static void assertRange(String value, TimePrecision p, String begin, String until) {
        Timexes.Range r = Timexes.range(value);
        assertThat(r).isNotNull();
        assertThat(r.precision()).isEqualTo(p);
        assertThat(r.begin()).isEqualTo(Instant.parse(begin));
        assertThat(r.until()).isEqualTo(Instant.parse(until));
    }
}
