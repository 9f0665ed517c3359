package org.sitrep.vectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sparse vectors as maps from a key (a word, a name) to a weight. The sums the event clusterer keeps are edited in
 * place ({@link #addInto}, {@link #subtract}, {@link #cut}); the rest leave their arguments alone. Stateless and
 * thread-safe (the maps themselves are not).
 */
public final class SparseVectors {
    private SparseVectors() {
    }

    /** Adds {@code v} into {@code sum}; returns the keys new to it, in {@code v}'s order. */
    public static Set<String> addInto(Map<String, Float> sum, Map<String, Float> v) {
        Set<String> fresh = new LinkedHashSet<>();
        for (Map.Entry<String, Float> e : v.entrySet()) {
            if (sum.merge(e.getKey(), e.getValue(), Float::sum).equals(e.getValue())) fresh.add(e.getKey());
        }
        return fresh;
    }

    /** Takes {@code v} out of {@code sum}; a weight left at (about) zero or below is removed. */
    public static void subtract(Map<String, Float> sum, Map<String, Float> v) {
        for (Map.Entry<String, Float> e : v.entrySet()) {
            Float now = sum.get(e.getKey());
            if (now == null) continue;
            float left = now - e.getValue();
            if (left <= 1e-6f) sum.remove(e.getKey());
            else sum.put(e.getKey(), left);
        }
    }

    /** Keeps the {@code n} largest weights (cut only when well over, to keep the cost of cutting low). */
    public static void cut(Map<String, Float> v, int n) {
        if (v.size() <= n * 2) return;
        List<Map.Entry<String, Float>> keep = top(v, n);
        Map<String, Float> kept = new HashMap<>();
        for (Map.Entry<String, Float> e : keep) kept.put(e.getKey(), e.getValue());
        v.clear();
        v.putAll(kept);
    }

    /**
     * The {@code n} largest weights, largest first (ties: the smaller key); all of them, in the map's order, when there
     * are no more than {@code n}.
     */
    public static List<Map.Entry<String, Float>> top(Map<String, Float> v, int n) {
        List<Map.Entry<String, Float>> all = new ArrayList<>(v.entrySet());
        if (all.size() > n) {
            all.sort(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            return new ArrayList<>(all.subList(0, n));
        }
        return all;
    }

    /** The dot product, summed in double precision over the smaller map's keys. */
    public static double dot(Map<String, Float> a, Map<String, Float> b) {
        if (a.size() > b.size()) {
            Map<String, Float> t = a;
            a = b;
            b = t;
        }
        double s = 0;
        for (Map.Entry<String, Float> e : a.entrySet()) {
            Float w = b.get(e.getKey());
            if (w != null) s += (double) e.getValue() * w;
        }
        return s;
    }

    /** A copy of {@code v} at unit length; empty when {@code v} has length 0. */
    public static Map<String, Float> normalised(Map<String, Float> v) {
        double n = Math.sqrt(dot(v, v));
        Map<String, Float> out = new HashMap<>();
        if (n == 0) return out;
        for (Map.Entry<String, Float> e : v.entrySet()) out.put(e.getKey(), (float) (e.getValue() / n));
        return out;
    }
}
