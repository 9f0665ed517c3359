package org.sitrep.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** JSON files (one article, an array, or an object holding an array) through {@link Readers} to {@link JsonArticles}. */
class JsonFuzzTest {
    @FuzzTest(maxDuration = "8s")
    void readsAnyJsonFile(byte[] data) {
        FileReading.read("in.json", data);
    }
}
