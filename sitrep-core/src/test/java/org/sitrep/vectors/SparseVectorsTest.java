package org.sitrep.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparseVectorsTest {
    @Test
    void addingReportsTheKeysNewToTheSum() {
        Map<String, Float> sum = new HashMap<>(Map.of("dam", 1f));
        assertThat(SparseVectors.addInto(sum, Map.of("dam", 0.5f, "flood", 2f))).containsExactly("flood");
        assertThat(sum).isEqualTo(Map.of("dam", 1.5f, "flood", 2f));
    }

    @Test
    void subtractingToAboutZeroRemovesTheKey() {
        Map<String, Float> sum = new HashMap<>(Map.of("dam", 1f, "flood", 0.3f));
        SparseVectors.subtract(sum, Map.of("dam", 0.9999995f, "flood", 0.1f, "absent", 1f));
        assertThat(sum).containsOnlyKeys("flood");
        assertThat(sum.get("flood")).isCloseTo(0.2f, within(1e-6f));
    }

    @Test
    void topBreaksTiesByKeyAndCutWaitsUntilWellOver() {
        Map<String, Float> v = new HashMap<>(Map.of("b", 1f, "a", 1f, "c", 3f, "d", 0.5f, "e", 0.1f));
        assertThat(SparseVectors.top(v, 2)).extracting(Map.Entry::getKey).containsExactly("c", "a");
        SparseVectors.cut(v, 3);
        assertThat(v).as("5 weights are not over twice 3: kept").hasSize(5);
        SparseVectors.cut(v, 2);
        assertThat(v).containsOnlyKeys("c", "a");
    }

    @Test
    void dotAndUnitLength() {
        assertThat(SparseVectors.dot(Map.of("a", 2f, "b", 1f), Map.of("a", 3f, "c", 5f))).isEqualTo(6.0);
        Map<String, Float> unit = SparseVectors.normalised(Map.of("a", 3f, "b", 4f));
        assertThat(unit).isEqualTo(Map.of("a", 0.6f, "b", 0.8f));
        assertThat(SparseVectors.normalised(Map.of())).isEmpty();
        assertThat(List.copyOf(SparseVectors.normalised(Map.of("a", 0f)).keySet())).isEmpty();
    }
}
