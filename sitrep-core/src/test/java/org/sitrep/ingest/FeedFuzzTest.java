package org.sitrep.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds through {@link Readers} to {@link Feeds}; Rome tells the kind by content. */
class FeedFuzzTest {
    @FuzzTest(maxDuration = "8s")
    void readsAnyFeed(byte[] data) {
        FileReading.read("in.rss", data);
    }
}
