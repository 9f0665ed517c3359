package org.sitrep.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** JSON-lines files, plain or gzipped, through {@link Readers} to {@link JsonLines}. */
class JsonLinesFuzzTest {
    @FuzzTest(maxDuration = "8s")
    void readsAnyJsonLinesFile(byte[] data) {
        FileReading.read("in.jsonl", data);
    }
}
