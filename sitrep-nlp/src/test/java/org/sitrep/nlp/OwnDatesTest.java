package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnDatesTest {
    @Test
    void labelledStampsAreOwnDates() {
        assertOwn("Updated: 26 November 2023\nTroops advanced near the river on Friday.", "26 November 2023", true);
        assertOwn(" date 2023-11-26 (MENAFN- UkrinForm) The Russian invaders kept attacking.", "2023-11-26", true);
        assertOwn("Headline\nAžurirano: 14.11.2024. 15:10h\nThe army said so.", "14.11.2024", true);
        assertOwn("KYIV, Nov 26 (Reuters) - Troops advanced.", "Nov 26", true);
    }

    @Test
    void datesInsideReportingAreNotOwnDates() {
        assertOwn("Troops advanced near the river on 26 November 2023, the army said.", "26 November 2023", false);
        assertOwn("The attack was updated in reports on Friday and then nothing else happened to it at all.", "Friday", false);
    }

    @Test
    void readsTheClockAfterAnOwnDate() {
        String text = "Ažurirano: 14.11.2024. 15:10h\n";
        int end = text.indexOf("2024") + 4;
        assertThat(OwnDates.clockAfter(text, end)).containsExactly(15, 10, text.indexOf('h') + 1);
        assertThat(OwnDates.clockAfter("Updated 14.11.2024 by staff", 18)).isNull();
    }

    private static void assertOwn(String text, String date, boolean own) {
        int s = text.indexOf(date);
        assertThat(OwnDates.isOwn(text, s, s + date.length())).as(text).isEqualTo(own);
    }
}
