package org.sitrep.ingest;

import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;

/** Receives what readers produce: documents, and rejections with a sample of the offending bytes (may be null). */
public interface DocumentSink {
    void accept(RawDocument doc);

    void reject(Rejection rejection, byte[] sample);
}
