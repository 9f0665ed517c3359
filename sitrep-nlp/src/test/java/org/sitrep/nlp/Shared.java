package org.sitrep.nlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The team's shared data folder ({@code ../shared} beside the repository), read in place, never copied. */
final class Shared {
    private Shared() {
    }

    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolveSibling("shared"))) p = p.getParent();
        assumeTrue(p != null, "no ../shared folder beside the repository");
        return p.resolveSibling("shared");
    }

    static String seed(String prefix) {
        try (var files = Files.list(root().resolve("seeds"))) {
            Path f = files.filter(x -> x.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
