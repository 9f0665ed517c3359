package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowUpsTest {
    static final LocalDate DAY = LocalDate.of(2023, 10, 5);

    static FollowUps.Event ev(String id, String title, int from, int to, Map<Long, String> places, Map<Long, String> people) {
        return new FollowUps.Event(id, title, DAY.plusDays(from), DAY.plusDays(to), places, people, List.of(title));
    }

    static Map<Long, String> m(Object... kv) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) out.put(((Number) kv[i]).longValue(), (String) kv[i + 1]);
        return out;
    }

    final FollowUps.Event strike = ev("E1", "Missile strike on a cafe in Hroza kills 52", 0, 1, m(1, "Hroza", 2, "Kharkiv"), m(10, "Oleh Syniehubov"));

    @Test
    void aLaterEventAtTheSamePlaceWithAnArrestIsAFollowUpOfThatKind() {
        FollowUps.Event arrest = ev("E2", "Two brothers detained over the Hroza strike", 8, 8, m(1, "Hroza"), m());
        assertThat(FollowUps.after(strike, List.of(arrest))).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("arrest");
            assertThat(f.shared()).containsExactly("Hroza");
        });
        assertThat(FollowUps.before(arrest, List.of(strike))).extracting(FollowUps.FollowUp::eventId).containsExactly("E1");
    }

    @Test
    void aSharedPersonMakesALaterReportAFollowUpEvenWithoutACue() {
        FollowUps.Event visit = ev("E3", "Governor visits the village a month on", 30, 30, m(7, "Kupiansk"), m(10, "Oleh Syniehubov"));
        assertThat(FollowUps.after(strike, List.of(visit))).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("later report"));
    }

    @Test
    void neitherEarlierNorOverlappingNorFarOffNorUnrelatedEventsAreFollowUps() {
        FollowUps.Event sameDays = ev("E4", "Funeral held in Hroza", 1, 1, m(1, "Hroza"), m());
        FollowUps.Event yearLater = ev("E5", "Hroza funeral anniversary", 365, 365, m(1, "Hroza"), m());
        FollowUps.Event elsewhere = ev("E6", "Suspect charged over Odesa attack", 10, 10, m(5, "Odesa"), m());
        FollowUps.Event noCue = ev("E7", "Hroza rebuilds its shop", 20, 20, m(1, "Hroza"), m());
        assertThat(FollowUps.after(strike, List.of(sameDays, yearLater, elsewhere, noCue))).isEmpty();
    }

    @Test
    void cuesInOtherLanguages() {
        assertThat(FollowUps.kind(List.of("Zmarł ranny w ataku na Hrozę"), null)).isEqualTo("death");
        assertThat(FollowUps.kind(List.of("Pogrzeb ofiar w Hrozie"), null)).isEqualTo("funeral");
        assertThat(FollowUps.kind(List.of("Shelling of Hroza"), null)).isNull();
    }
}
