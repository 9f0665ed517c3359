package org.sitrep.vectors;

/** Dense float vectors (sentence embeddings and their sums). Stateless and thread-safe. */
public final class DenseVectors {
    private DenseVectors() {
    }

    /** The dot product, each product and the sum in double precision; 0 when either is null or the lengths differ. */
    public static double dot(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) return 0;
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }

    /**
     * The cosine of two unit vectors (their dot product); NaN when either is null or the lengths differ. Unlike
     * {@link #dot}, each product is taken in float precision (only the sum is a double): the copy judge's thresholds
     * were tuned on these values, and a change in the last bits could flip a decision at a threshold.
     */
    public static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) return Double.NaN;
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    /** A copy of {@code v} at unit length; null when {@code v} has length 0. */
    public static float[] normalised(float[] v) {
        double n = 0;
        for (float x : v) n += (double) x * x;
        if (n == 0) return null;
        double len = Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / len);
        return out;
    }
}
