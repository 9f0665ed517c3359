package org.sitrep.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and mappings for {@link Readers}. Immutable.
 *
 * @param mapping          JSON field names
 * @param maxDocumentBytes a single document (a .txt, an .html, a .json file, a WARC record) larger than this is rejected as too-large
 * @param maxLineBytes     a JSON line larger than this is rejected as too-large; the rest of the file goes on
 * @param httpTimeout      for fetching URLs
 */
public record ReaderOptions(FieldMapping mapping, int maxDocumentBytes, int maxLineBytes, Duration httpTimeout) {
    public ReaderOptions {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(httpTimeout, "httpTimeout");
        if (maxDocumentBytes <= 0 || maxLineBytes <= 0) throw new IllegalArgumentException("limits must be positive");
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(FieldMapping.standard(), 20 << 20, 8 << 20, Duration.ofSeconds(30));
    }

    public ReaderOptions withMapping(FieldMapping m) {
        return new ReaderOptions(m, maxDocumentBytes, maxLineBytes, httpTimeout);
    }

    public ReaderOptions withLimits(int maxDocument, int maxLine) {
        return new ReaderOptions(mapping, maxDocument, maxLine, httpTimeout);
    }
}
