package org.sitrep.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of this repository that tests read in place ({@code bench/}, {@code samples/}): the root is the first folder,
 * walking up from the working directory, that holds {@code run-tests} and {@code pom.xml}. Stateless and thread-safe.
 */
public final class Repository {
    private Repository() {
    }

    /** The repository's root folder. */
    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("run-tests")) && Files.isRegularFile(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("no repository root (a folder with run-tests and pom.xml) at or above " + Path.of("").toAbsolutePath());
    }

    /** A path inside the repository, such as {@code "bench/copies"}. */
    public static Path file(String relative) {
        return root().resolve(relative);
    }
}
