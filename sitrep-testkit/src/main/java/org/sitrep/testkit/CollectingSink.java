package org.sitrep.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sitrep.ingest.DocumentSink;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;

/**
 * A {@link DocumentSink} that keeps what a reader gives it, in order: documents and rejections (the byte samples of
 * rejections are dropped). Not thread-safe: give it to one reader at a time.
 */
public final class CollectingSink implements DocumentSink {
    private final List<RawDocument> documents = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void accept(RawDocument doc) {
        documents.add(doc);
    }

    @Override
    public void reject(Rejection rejection, byte[] sample) {
        rejections.add(rejection);
    }

    /** The documents accepted so far, in order (a read-only view). */
    public List<RawDocument> documents() {
        return Collections.unmodifiableList(documents);
    }

    /** The rejections so far, in order (a read-only view). */
    public List<Rejection> rejections() {
        return Collections.unmodifiableList(rejections);
    }
}
