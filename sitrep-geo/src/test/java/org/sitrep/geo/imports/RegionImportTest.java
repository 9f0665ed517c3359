package org.sitrep.geo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Linking the package's regions to GeoNames admin1 codes by their towns' votes. */
class RegionImportTest {
    @Test
    void aRegionLinksToTheCodeMostOfItsTownsHave() {
        assertThat(RegionImport.linkedAdmin1(Map.of("US.TX", Map.of("TX", 40, "OK", 2), "UA.63", Map.of("07", 5))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("US.TX", "TX", "UA.63", "07"));
    }

    @Test
    void whenTwoRegionsWinOneCodeTheOneWithMoreTownsKeepsItAndTheOtherLinksToNothing() {
        // The package lists England's towns under England and some under North Yorkshire.
        assertThat(RegionImport.linkedAdmin1(Map.of("GB.ENG", Map.of("ENG", 2919), "GB.NYK", Map.of("ENG", 120))))
                .containsExactlyEntriesOf(Map.of("GB.ENG", "ENG"));
        assertThat(RegionImport.linkedAdmin1(Map.of("GB.AAA", Map.of("ENG", 3), "GB.ZZZ", Map.of("ENG", 9))))
                .as("whichever comes first").containsExactlyEntriesOf(Map.of("GB.ZZZ", "ENG"));
    }

    @Test
    void noClearMajorityLinksNothing() {
        assertThat(RegionImport.linkedAdmin1(Map.of("MT.11", Map.of("11", 1, "13", 1)))).isEmpty();
    }
}
