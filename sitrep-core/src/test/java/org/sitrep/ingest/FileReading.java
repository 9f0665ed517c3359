package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.sitrep.model.RawDocument;

/**
 * The fuzz tests' way in: writes the bytes as a file of the given name and reads it through {@link Sources} and
 * {@link Readers}, as {@code sitrep ingest FILE} does, so sniffing, gzip and the choice of reader are fuzzed too.
 * The file lives in a temporary folder of its own while it is read (a fuzzing JVM reads one input at a time).
 */
public final class FileReading {
    private static final Path DIR;
    private static final Readers READERS = new Readers(ReaderOptions.defaults());
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static {
        try {
            DIR = Files.createTempDirectory("sitrep-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FileReading() {
    }

    /** The documents read; rejections are the readers' documented answer to bad input and are dropped. */
    public static List<RawDocument> read(String fileName, byte[] bytes) {
        Path file = DIR.resolve(fileName);
        try {
            Files.write(file, bytes);
            Collecting c = new Collecting();
            for (Source s : Sources.expand(List.of(file.toString()), c)) READERS.read(s, NOW, c, n -> { });
            return c.docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover file in a temporary folder is harmless
        }
    }
}
