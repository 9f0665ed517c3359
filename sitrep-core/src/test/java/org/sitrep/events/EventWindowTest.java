package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The clusterer's bounded memory: postings, recency, eviction and serial pages. */
class EventWindowTest {
    private static final LocalDate DAY = LocalDate.of(2023, 11, 25);

    private static ActiveEvent event(EventWindow w, String id, String term) {
        ActiveEvent ev = new ActiveEvent(id, ++w.created);
        ev.terms.put(term, 1f);
        ev.termMembers = 1;
        w.events.put(id, ev);
        w.indexEvent(ev, List.of(term), List.of());
        return ev;
    }

    @Test
    void aPostingRemembersOnlyTheMostRecentEvents() {
        EventWindow w = new EventWindow(EventParams.builder().postings(2).build());
        event(w, "E1", "dam");
        ActiveEvent e2 = event(w, "E2", "dam");
        ActiveEvent e3 = event(w, "E3", "dam");
        Map<ActiveEvent, Double> found = new HashMap<>();
        w.gather(Map.of("dam", 1f), true, found);
        assertThat(found).containsOnlyKeys(e2, e3);
        assertThat(w.postingVisits()).isEqualTo(2);
    }

    @Test
    void eventsThatAreGoneAreSkippedAndNamesAreNotWords() {
        EventWindow w = new EventWindow(EventParams.defaults());
        ActiveEvent e1 = event(w, "E1", "dam");
        ActiveEvent e2 = event(w, "E2", "dam");
        e1.gone = true;
        Map<ActiveEvent, Double> found = new HashMap<>();
        w.gather(Map.of("dam", 0.5f), true, found);
        assertThat(found).isEqualTo(Map.of(e2, 0.5));
        found.clear();
        w.gather(Map.of("dam", 1f), false, found);
        assertThat(found).as("'dam' is posted as a word, not a name").isEmpty();
    }

    @Test
    void theLeastRecentlyUsedLeaveFirst() {
        EventWindow w = new EventWindow(EventParams.builder().window(2).build());
        ActiveEvent e1 = event(w, "E1", "a");
        ActiveEvent e2 = event(w, "E2", "b");
        w.events.get("E1"); // used: E2 is now the least recent
        ActiveEvent e3 = event(w, "E3", "c");
        w.evict();
        assertThat(w.events.keySet()).containsExactly("E1", "E3");
        assertThat(e2.gone).isTrue();
        assertThat(e1.gone || e3.gone).isFalse();
    }

    @Test
    void freshIdsAvoidHeldAndGoneOnes() {
        EventWindow w = new EventWindow(EventParams.defaults());
        event(w, "Ea", "x");
        w.goneEvents.add("Ea-2");
        assertThat(w.freshEventId("Eb")).isEqualTo("Eb");
        assertThat(w.freshEventId("Ea")).isEqualTo("Ea-3");
    }

    @Test
    void aHeadlineSeenFromOneOutletOnAnotherDayIsASerialPageFromThenOn() {
        EventWindow w = new EventWindow(EventParams.defaults());
        assertThat(w.serial("Interia", "War in Ukraine. Day 300. Live", DAY)).isFalse();
        assertThat(w.serial("Interia", "War in Ukraine. Day 300. Live", DAY)).as("the same day: not yet").isFalse();
        assertThat(w.serial("Other", "War in Ukraine. Day 301. Live", DAY.plusDays(1))).as("another outlet").isFalse();
        assertThat(w.serial("Interia", "War in  Ukraine. Day 301. Live", DAY.plusDays(1))).isTrue();
        assertThat(w.serial("Interia", "War in Ukraine. Day 299. Live", DAY)).as("once serial, always").isTrue();
        assertThat(w.serial("Interia", "Day 301", DAY.plusDays(2))).as("too short to tell").isFalse();
        assertThat(w.serial(null, "War in Ukraine. Day 302. Live", DAY.plusDays(2))).isFalse();
    }

    @Test
    void theSerialPageMemoryIsBounded() {
        EventWindow w = new EventWindow(EventParams.builder().templates(1).build());
        w.serial("Interia", "War in Ukraine. Day 300. Live", DAY);
        w.serial("Interia", "Another headline of the day", DAY);
        assertThat(w.serial("Interia", "War in Ukraine. Day 301. Live", DAY.plusDays(1))).as("forgotten").isFalse();
    }
}
