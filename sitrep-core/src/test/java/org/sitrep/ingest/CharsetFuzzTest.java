package org.sitrep.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Text files of any encoding through {@link Readers}: binary detection, byte-order marks, strict UTF-8 and the cp1251/cp1252 guess of {@link Decoding}. */
class CharsetFuzzTest {
    @FuzzTest(maxDuration = "8s")
    void decodesAnyTextFile(byte[] data) {
        FileReading.read("in.txt", data);
    }
}
