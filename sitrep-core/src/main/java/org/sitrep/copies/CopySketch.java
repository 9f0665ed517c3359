package org.sitrep.copies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * What copy detection keeps per article: a hash of the normalized text (exact copies) and a MinHash signature of
 * its word 4-shingles (near-duplicates, found through LSH bands). The signature is one-permutation MinHash with
 * optimal densification (Shrivastava 2017): each shingle is hashed once and falls into one of {@value #HASHES} bins,
 * and empty bins borrow from the next filled one, so sketching costs one hash per shingle instead of 128. Values
 * are kept as 32 bits: a chance collision (2^-32) is far below the estimator's own error. Immutable; {@link #of} is
 * pure.
 *
 * @param textHash 16 hex chars of SHA-256 over the normalized token stream
 * @param minHash  {@value #HASHES} bin minima; empty for texts of fewer than {@value #SHINGLE} words
 * @param tokens   how many words the text has: short texts (a headline alone) are not compared at all, because
 *                 equal headlines of different reports ("Russia-Ukraine war: live") are not copies
 */
public record CopySketch(String textHash, int[] minHash, int tokens) {
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;
    static final int SHINGLE = 4;
    /**
     * Texts shorter than this many words (headline and text together) get no LSH bands: a headline of a few words
     * ("Ukraine war: live") says nothing about copying. Eight words is a full headline.
     */
    public static final int MIN_TOKENS = 8;

    public static CopySketch of(String text) {
        List<String> tokens = Tokens.of(text == null ? "" : text);
        String joined = String.join(" ", tokens);
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (tokens.size() < SHINGLE) return new CopySketch(hash, new int[0], tokens.size());
        long[] th = new long[tokens.size()];
        for (int i = 0; i < th.length; i++) th[i] = fnv(tokens.get(i));
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= th.length; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) h = h * 0x100000001B3L + th[i + k];
            h = mix(h);
            int bin = (int) (h >>> 57); // top 7 bits: 128 bins
            long v = h & 0x01FFFFFFFFFFFFFFL;
            if (v < min[bin]) min[bin] = v;
        }
        // Optimal densification: an empty bin takes the value of the first filled bin found by its own hash
        // sequence, so two texts' empty bins borrow consistently and the estimator stays unbiased.
        int[] out = new int[HASHES];
        for (int j = 0; j < HASHES; j++) {
            long v = min[j];
            for (int attempt = 1; v == Long.MAX_VALUE; attempt++) {
                int from = (int) (Long.remainderUnsigned(mix(((long) j << 32) ^ attempt), HASHES));
                v = min[from];
            }
            out[j] = (int) (v ^ (v >>> 32));
        }
        return new CopySketch(hash, out, tokens.size());
    }

    /** Whether the text is long enough to be compared for copies. */
    public boolean comparable() {
        return tokens >= MIN_TOKENS;
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets: the share of equal minimum hashes. */
    public double jaccard(CopySketch other) {
        if (minHash.length == 0 || other.minHash.length == 0) return textHash.equals(other.textHash) ? 1 : 0;
        return jaccard(minHash, other.minHash);
    }

    /** The share of equal positions of two signatures of equal length. */
    public static double jaccard(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return same / (double) a.length;
    }

    /**
     * One key per LSH band (the band's rows hashed together with the band number): texts sharing any key are
     * near-duplicate candidates.
     */
    public long[] bandKeys() {
        if (minHash.length == 0) return new long[0];
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x5bd1e995L * (b + 1);
            for (int r = 0; r < ROWS; r++) h = mix(h * 31 + minHash[b * ROWS + r]);
            out[b] = h;
        }
        return out;
    }

    static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finalizer: a cheap, well-spread 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CopySketch c && c.textHash.equals(textHash) && Arrays.equals(c.minHash, minHash);
    }

    @Override
    public int hashCode() {
        return textHash.hashCode();
    }

    @Override
    public String toString() {
        return "CopySketch[" + textHash + ", " + minHash.length + " hashes]";
    }
}
