package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.records.EventRecord;
import org.sitrep.records.SubEventType;
import org.sitrep.store.EventReads;

class EventMapTest {
    static final EventReads.EventSummary EVENT = new EventReads.EventSummary("E1", "S1", "Shelling near Kupiansk", "2024-11-13",
            "2024-11-14", 4, 2, 3, List.of("a", "b", "c", "d"));

    static EventRecord record(int index, EventRecord.Location where, SubEventType type, boolean disputed) {
        return new EventRecord("E1", index, type == null ? null : type.type(), type, 0.8, "test", LocalDate.of(2024, 11, 13), 1, "test",
                where, where == null ? null : 1, "test", null, null, EventRecord.Fatalities.none("test"), 3, List.of("a"), disputed,
                disputed ? List.of("Who controls Kupiansk?") : List.of());
    }

    static final EventRecord.Location KUPIANSK = new EventRecord.Location(706448L, "Kupiansk", "Kharkiv", null, "UA", 49.71, 37.62);
    static final EventRecord.Location IZIUM = new EventRecord.Location(707688L, "Izium", "Kharkiv", null, "UA", 49.21, 37.28);

    @Test
    void theMainRecordGivesThePlaceAndTypeAndAnyRecordTheDispute() {
        Map<String, Object> m = EventMap.item(EVENT, List.of(record(0, KUPIANSK, SubEventType.ARMED_CLASH, false),
                record(1, IZIUM, SubEventType.GOVERNMENT_REGAINS_TERRITORY, true)));
        assertThat(m).containsEntry("place", "Kupiansk").containsEntry("latitude", 49.71).containsEntry("longitude", 37.62)
                .containsEntry("event_type", "Battles").containsEntry("sub_event_type", "Armed clash").containsEntry("disputed", true)
                .containsEntry("articles", 4L).containsEntry("independent_sources", 3L);
    }

    @Test
    void anEventWithoutRecordsOrWithoutCoordinatesIsListedUnlocated() {
        assertThat(EventMap.item(EVENT, List.of())).containsEntry("place", null).containsEntry("latitude", null)
                .containsEntry("event_type", null).containsEntry("disputed", false).containsEntry("id", "E1");
        EventRecord.Location unknown = new EventRecord.Location(null, "Somewhere", null, null, null, null, null);
        assertThat(EventMap.item(EVENT, List.of(record(0, unknown, null, false)))).containsEntry("place", "Somewhere")
                .containsEntry("latitude", null).containsEntry("longitude", null);
    }
}
