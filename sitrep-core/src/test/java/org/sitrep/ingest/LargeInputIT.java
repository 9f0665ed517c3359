package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50 MB file and a 10 MB JSON line are refused in bounded memory, and the rest of the input goes on. */
class LargeInputIT {
    @TempDir
    Path dir;

    @Test
    void refusesHugeDocumentsAndLinesWithoutHoldingThem() throws Exception {
        Path big = dir.resolve("big.txt");
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            String line = "Shelling continued overnight near the front line, officials said. ".repeat(10) + "\n";
            while (Files.size(big) < 50L << 20) {
                for (int i = 0; i < 1000; i++) w.write(line);
                w.flush();
            }
        }
        Path lines = dir.resolve("lines.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(lines)) {
            w.write("{\"title\":\"Before\",\"text\":\"A normal line.\"}\n");
            w.write("{\"title\":\"Huge\",\"text\":\"" + "x".repeat(10 << 20) + "\"}\n");
            w.write("{\"title\":\"After\",\"text\":\"Another normal line.\"}\n");
        }
        Collecting c = new Collecting();
        Readers r = new Readers(ReaderOptions.defaults());
        for (Source s : Sources.expand(List.of(big.toString(), lines.toString()), c)) r.read(s, Instant.EPOCH, c, x -> { });
        assertThat(c.docs).extracting(d -> d.title()).containsExactly("Before", "After");
        assertThat(c.rejections).extracting(x -> x.reason()).containsExactly("too-large", "too-large");
        assertThat(c.rejections.get(0).input()).endsWith("big.txt");
        assertThat(c.rejections.get(1).input()).endsWith("lines.jsonl (line 2)");
    }
}
