package org.sitrep.nlp;

import java.util.List;

/** The annotated text as the rules of this package see it: the text, its tokens, sentences and CoreNLP's mentions. */
record Doc(String text, List<Token> tokens, List<Sentence> sentences, List<Span> spans) {
    /** Index of the first token of sentence {@code s}. */
    int sentenceFirst(int s) {
        return firstTokenAtOrAfter(sentences.get(s).start());
    }

    /** Index after the last token of sentence {@code s}. */
    int sentenceEnd(int s) {
        return s + 1 < sentences.size() ? sentenceFirst(s + 1) : tokens.size();
    }

    /** The first token starting at or after char offset {@code offset} (binary search). */
    int firstTokenAtOrAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    String text(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end());
    }
}
