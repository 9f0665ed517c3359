package org.sitrep.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DenseVectorsTest {
    @Test
    void vectorsOfAnotherLengthOrMissingGiveZeroForDotAndNaNForCosine() {
        float[] a = {0.6f, 0.8f};
        assertThat(DenseVectors.dot(a, new float[] {1, 0, 0})).isZero();
        assertThat(DenseVectors.dot(a, null)).isZero();
        assertThat(DenseVectors.cosine(a, new float[] {1, 0, 0})).isNaN();
        assertThat(DenseVectors.cosine(null, a)).isNaN();
    }

    @Test
    void dotTakesDoubleProductsAndCosineFloatProducts() {
        float[] a = {0.1f, 0.7f};
        float[] b = {0.3f, 0.9f};
        assertThat(DenseVectors.dot(a, b)).isEqualTo((double) 0.1f * 0.3f + (double) 0.7f * 0.9f);
        assertThat(DenseVectors.cosine(a, b)).isEqualTo((double) (0.1f * 0.3f) + (double) (0.7f * 0.9f));
    }

    @Test
    void unitLengthOrNullForZero() {
        assertThat(DenseVectors.normalised(new float[] {3, 4})).containsExactly(0.6f, 0.8f);
        assertThat(DenseVectors.normalised(new float[] {0, 0})).isNull();
    }
}
