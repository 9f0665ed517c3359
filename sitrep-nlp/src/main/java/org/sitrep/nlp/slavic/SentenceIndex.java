package org.sitrep.nlp.slavic;

import java.util.List;
import org.sitrep.nlp.Sentence;

/** Which sentence a character offset falls in, for sentences given in text order. Stateless and thread-safe. */
final class SentenceIndex {
    private SentenceIndex() {
    }

    /**
     * The index of the sentence holding {@code offset}; between two sentences, the one before; before the first, the
     * first; 0 when there are no sentences.
     */
    static int of(List<Sentence> sentences, int offset) {
        Sentence s = at(sentences, offset);
        return s == null ? 0 : s.index();
    }

    /** The sentence holding {@code offset} as {@link #of} finds it, or null when there are none. */
    static Sentence at(List<Sentence> sentences, int offset) {
        if (sentences.isEmpty()) return null;
        int found = 0;
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.get(found);
    }
}
