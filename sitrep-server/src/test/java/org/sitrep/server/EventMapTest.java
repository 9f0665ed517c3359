package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.records.SubEventType;
import org.sitrep.store.EventReads;
import org.sitrep.store.FilteredReads;

class EventMapTest {
    static final EventReads.EventSummary EVENT = new EventReads.EventSummary("E1", "S1", "Shelling near Kupiansk", "2024-11-13",
            "2024-11-14", 4, 2, 3, List.of("a", "b", "c", "d"));

    static final EventReads.Named KUPIANSK = new EventReads.Named(7, "place", "Kupiansk", 706448L, 49.71, 37.62, 3);

    @Test
    void theEventsTraitsGiveThePlaceTypeAndDispute() {
        Map<String, Object> m = EventMap.item(EVENT, new FilteredReads.EventTraits(SubEventType.ARMED_CLASH.name(), true, KUPIANSK));
        assertThat(m).containsEntry("place", "Kupiansk").containsEntry("latitude", 49.71).containsEntry("longitude", 37.62)
                .containsEntry("event_type", "Battles").containsEntry("sub_event_type", "Armed clash").containsEntry("disputed", true)
                .containsEntry("articles", 4L).containsEntry("independent_sources", 3L);
    }

    @Test
    void anEventWithoutTraitsOrWithoutCoordinatesIsListedUnlocated() {
        assertThat(EventMap.item(EVENT, null)).containsEntry("place", null).containsEntry("latitude", null)
                .containsEntry("event_type", null).containsEntry("disputed", false).containsEntry("id", "E1");
        EventReads.Named somewhere = new EventReads.Named(8, "place", "Somewhere", null, null, null, 1);
        assertThat(EventMap.item(EVENT, new FilteredReads.EventTraits(null, false, somewhere))).containsEntry("place", "Somewhere")
                .containsEntry("latitude", null).containsEntry("longitude", null);
    }
}
