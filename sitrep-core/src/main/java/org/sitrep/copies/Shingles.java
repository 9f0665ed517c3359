package org.sitrep.copies;

import java.util.Arrays;
import java.util.List;

/**
 * Word shingles as sorted, distinct 64-bit hashes, and the set arithmetic on them that the judge's exact comparisons
 * (and the copy benchmark's baseline) use. Pure and thread-safe.
 */
public final class Shingles {
    private Shingles() {
    }

    /** Sorted, distinct hashes of the word {@code size}-shingles (or of the whole text when it is shorter). */
    static long[] of(List<String> tokens, int size) {
        if (tokens.isEmpty()) return new long[0];
        long[] th = new long[tokens.size()];
        for (int i = 0; i < th.length; i++) th[i] = CopySketch.fnv(tokens.get(i));
        int n = Math.max(1, th.length - size + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int k = i; k < Math.min(th.length, i + size); k++) h = h * 0x100000001B3L + th[k];
            out[i] = h;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /** How many values two sorted, distinct arrays share. */
    public static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Jaccard similarity of two sorted, distinct arrays; 0 when both are empty. */
    public static double jaccard(long[] a, long[] b) {
        int inter = intersection(a, b);
        return a.length + b.length == 0 ? 0 : inter / (double) (a.length + b.length - inter);
    }
}
