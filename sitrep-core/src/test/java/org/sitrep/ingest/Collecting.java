package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;

/** A sink that keeps what it is given, for tests. */
final class Collecting implements DocumentSink {
    final List<RawDocument> docs = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void accept(RawDocument doc) {
        docs.add(doc);
    }

    @Override
    public void reject(Rejection r, byte[] sample) {
        rejections.add(r);
    }
}
