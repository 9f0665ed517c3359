package org.sitrep.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.copies.Tokens;

/**
 * Weighted, unit-length vectors for the clusterer: log term frequency times smoothed inverse document frequency
 * ({@code ln((N+1)/(df+1)) + 1}), the headline's words counted twice. The document frequencies come from the
 * caller, who knows the collection.
 */
public final class EventVectors {
    /** Document frequencies of the collection the articles come from. */
    public interface Frequencies {
        long documents();

        long df(String key);
    }

    private EventVectors() {
    }

    /**
     * A unit vector and how much information the text behind it carries: the length of the weighted vector before it
     * was made unit length (a headline that names only "Ukraine" carries little, one that names a village and a
     * commander much more).
     */
    public record Weighted(Map<String, Float> vector, double information) {
    }

    /** The content words of a headline and a text (see {@link Tokens}), as a weighted unit vector. */
    public static Map<String, Float> terms(String title, String text, Frequencies f) {
        return weightedTerms(title, text, f).vector();
    }

    /** As {@link #terms}, with the information. */
    public static Weighted weightedTerms(String title, String text, Frequencies f) {
        return weigh(termCounts(title, text), f);
    }

    /** The keys of {@link #terms}, without weighing them (what a document-frequency count needs). */
    public static Set<String> termKeys(String title, String text) {
        return termCounts(title, text).keySet();
    }

    private static Map<String, Integer> termCounts(String title, String text) {
        Map<String, Integer> tf = new HashMap<>();
        if (title != null) for (String t : Tokens.of(title)) if (Tokens.isContent(t)) tf.merge(t, 2, Integer::sum);
        if (text != null) for (String t : Tokens.of(text)) if (Tokens.isContent(t)) tf.merge(t, 1, Integer::sum);
        return tf;
    }

    /** Keys of names (entity ids, numbers, name words), one per occurrence, as a weighted unit vector. */
    public static Map<String, Float> names(Collection<String> keys, Frequencies f) {
        return weightedNames(keys, f).vector();
    }

    /** As {@link #names}, with the information. */
    public static Weighted weightedNames(Collection<String> keys, Frequencies f) {
        Map<String, Integer> tf = new HashMap<>();
        for (String k : keys) tf.merge(k, 1, Integer::sum);
        return weigh(tf, f);
    }

    private static Weighted weigh(Map<String, Integer> tf, Frequencies f) {
        Map<String, Float> v = new HashMap<>();
        double n = f.documents();
        double norm = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double idf = Math.log((n + 1) / (f.df(e.getKey()) + 1)) + 1;
            double w = (1 + Math.log(e.getValue())) * idf;
            v.put(e.getKey(), (float) w);
            norm += w * w;
        }
        if (norm == 0) return new Weighted(v, 0);
        double len = Math.sqrt(norm);
        v.replaceAll((k, w) -> (float) (w / len));
        return new Weighted(v, len);
    }
}
