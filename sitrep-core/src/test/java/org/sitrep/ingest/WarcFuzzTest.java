package org.sitrep.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** WARC files, plain or gzipped per record, through {@link Readers} to {@link WarcRecords}. */
class WarcFuzzTest {
    @FuzzTest(maxDuration = "8s")
    void readsAnyWarcFile(byte[] data) {
        FileReading.read("in.warc", data);
    }
}
