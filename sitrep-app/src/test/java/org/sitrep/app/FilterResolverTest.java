package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FilterResolverTest {
    @Test
    void anAreaWordIsTakenOffForTheGazetteersAdmin1Names() {
        assertThat(FilterResolver.withoutAreaWord("Kharkiv oblast")).isEqualTo("Kharkiv");
        assertThat(FilterResolver.withoutAreaWord("Kharkiv Oblast")).isEqualTo("Kharkiv");
        assertThat(FilterResolver.withoutAreaWord("Donetsk region")).isEqualTo("Donetsk");
        assertThat(FilterResolver.withoutAreaWord("Харківська область")).isEqualTo("Харківська");
        assertThat(FilterResolver.withoutAreaWord("Kupiansk")).isNull();
        assertThat(FilterResolver.withoutAreaWord("Oblast")).isNull();
    }

    @Test
    void aTypeIsItsSubTypesAndAnEventTypeAllOfItsOwn() {
        assertThat(FilterResolver.subTypes("Air/drone strike")).containsExactly("AIR_DRONE_STRIKE");
        assertThat(FilterResolver.subTypes("Battles")).containsExactlyInAnyOrder("ARMED_CLASH", "GOVERNMENT_REGAINS_TERRITORY",
                "NON_STATE_ACTOR_OVERTAKES_TERRITORY");
        assertThatThrownBy(() -> FilterResolver.subTypes("Picnic")).isInstanceOf(Filter.Invalid.class).hasMessageStartingWith("type: unknown type");
    }
}
