package org.sitrep.ingest;

import java.util.Map;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;

/**
 * Says on the documents of one input what decoding its bytes did: a guessed charset on every one, and bytes that were
 * not UTF-8 on each one whose text holds a U+FFFD they became (in a JSON array or a feed, the items that held them, not
 * their neighbours). Stateless.
 */
final class DecodingProblems {
    private DecodingProblems() {
    }

    /** {@code sink}, saying what decoding did on each document it is given; {@code sink} itself when there is nothing to say. */
    static DocumentSink saying(Decoding.Decoded d, String stage, DocumentSink sink) {
        if (d.invalidBytes() == 0 && !d.guessed()) return sink;
        return new DocumentSink() {
            @Override
            public void accept(RawDocument doc) {
                sink.accept(said(d, stage, doc));
            }

            @Override
            public void reject(Rejection rejection, byte[] sample) {
                sink.reject(rejection, sample);
            }
        };
    }

    /** {@code doc} with what decoding did said on it. */
    static RawDocument said(Decoding.Decoded d, String stage, RawDocument doc) {
        if (d.guessed()) doc = doc.withProblem(stage, "charset-guessed", "not UTF-8; decoded as " + d.charset().name() + " by letter statistics");
        if (d.invalidBytes() > 0 && holdsReplacement(doc)) doc = doc.withProblem(stage, "invalid-utf8", "in the input, " + Decoding.invalidUtf8(d));
        return doc;
    }

    private static boolean holdsReplacement(RawDocument d) {
        if (has(d.body()) || has(d.title()) || has(d.url()) || has(d.outlet()) || has(d.languageHint())) return true;
        for (Map.Entry<String, String> e : d.fields().entrySet()) if (has(e.getKey()) || has(e.getValue())) return true;
        return false;
    }

    private static boolean has(String s) {
        return s != null && s.indexOf('\uFFFD') >= 0;
    }
}
