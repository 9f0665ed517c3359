package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EventParamsTest {
    @Test
    void theDefaultsAreTheTunedValues() {
        EventParams d = EventParams.defaults();
        // The values BENCHMARKS.md was measured with; a change here is a behaviour change.
        assertThat(d).isEqualTo(new EventParams(0.6, 0.0, 0.20, 7, 0.05, 0.6, 0.05, 1000, 30, 100, 10_000, true, 10, 6.0,
                0.24, 64, 20, 50, 100_000, 100_000, 30, 0.15));
        assertThat(EventParams.builder().build()).isEqualTo(d);
    }

    @Test
    void aBuilderChangesOnlyWhatItIsTold() {
        EventParams p = EventParams.defaults().toBuilder().join(0.25).weights(0.3, 0.1).build();
        assertThat(p.join()).isEqualTo(0.25);
        assertThat(p.namesWeight()).isEqualTo(0.3);
        assertThat(p.embeddingWeight()).isEqualTo(0.1);
        assertThat(p.toBuilder().join(0.20).weights(0.6, 0).build()).isEqualTo(EventParams.defaults());
    }

    @Test
    void valuesOutOfRangeAreRejectedWhenBuilt() {
        assertThatThrownBy(() -> EventParams.builder().join(0).build()).hasMessageContaining("join");
        assertThatThrownBy(() -> EventParams.builder().weights(0.7, 0.4).build()).hasMessageContaining("weights");
        assertThatThrownBy(() -> EventParams.builder().queryKeys(0).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMapOfNamedValuesStartsFromTheDefaultsAndRoundTrips() {
        EventParams p = EventParams.fromMap(Map.of("join", "0.3", "window", "250_000", "mergeEvents", "false"));
        assertThat(p).isEqualTo(EventParams.defaults().toBuilder().join(0.3).window(250_000).mergeEvents(false).build());
        assertThat(EventParams.fromMap(p.toMap())).isEqualTo(p);
        assertThat(p.toMap()).hasSize(22).containsEntry("reportedDaysBack", "30").containsEntry("crossLanguageJoin", "0.15");
    }

    @Test
    void unknownKeysAndBadValuesAreRejectedWithTheirName() {
        assertThatThrownBy(() -> EventParams.fromMap(Map.of("joinn", "0.3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown event parameter 'joinn'").hasMessageContaining("join, ");
        assertThatThrownBy(() -> EventParams.fromMap(Map.of("window", "big"))).hasMessageContaining("'window'");
        assertThatThrownBy(() -> EventParams.fromMap(Map.of("mergeEvents", "yes"))).hasMessageContaining("mergeEvents");
        assertThatThrownBy(() -> EventParams.fromMap(Map.of("split", "1.5"))).hasMessageContaining("split");
    }
}
