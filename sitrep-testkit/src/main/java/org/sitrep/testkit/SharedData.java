package org.sitrep.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The team's shared data: the folder {@code shared} beside the repository ({@code ../shared}), read in place, never
 * copied. It is found by walking up from the working directory to the first folder that has a sibling named
 * {@code shared} (a worktree sits deeper than the main checkout), or taken from the system property
 * {@value #LOCATION_PROPERTY} when that is set (to check this class, or to read the data from elsewhere).
 *
 * <p>When a path a test needs is missing, {@link #require} <b>skips</b> the test with one message on a developer's
 * machine, and <b>fails</b> it where the data must be present: when the environment variable {@code CI} is
 * {@code true} (CI sets it) or the system property {@value #REQUIRE_PROPERTY} is {@code true}. So a green build in
 * CI means the real-data checks ran. Stateless and thread-safe.
 */
public final class SharedData {
    /** System property naming the shared folder, instead of looking for {@code ../shared}. */
    public static final String LOCATION_PROPERTY = "sitrep.shared";
    /** System property that turns a missing path into a failure (CI does the same with {@code CI=true}). */
    public static final String REQUIRE_PROPERTY = "sitrep.requireShared";

    private SharedData() {
    }

    /**
     * The path {@code relative} inside the shared folder ({@code "seeds"}, {@code "data/geoparsing/GeoWebNews/GWN.xml"}).
     * When it does not exist, skips the calling test, or fails it in CI (see the class comment); it never returns a
     * missing path.
     */
    public static Path require(String relative) {
        Optional<Path> folder = folder();
        if (folder.isPresent() && Files.exists(folder.get().resolve(relative))) return folder.get().resolve(relative);
        String message = "../shared/" + relative + " not found beside the repository: this check needs the shared data"
                + folder.map(f -> " (looked in " + f.toAbsolutePath().normalize() + ")")
                        .orElse(" (no folder named shared beside " + Path.of("").toAbsolutePath() + " or any folder above it)");
        if (required()) {
            return Assertions.fail(message + ". Failing instead of skipping because "
                    + (System.getProperty(REQUIRE_PROPERTY) != null ? "-D" + REQUIRE_PROPERTY + "=true" : "CI=true") + ".");
        }
        return Assumptions.abort(message + ". Skipped.");
    }

    /** The seed file (in {@code seeds/}) whose name starts with {@code prefix} ("000" … "004"); as {@link #require}. */
    public static Path seed(String prefix) {
        Path seeds = require("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().findFirst()
                    .orElseGet(() -> require("seeds/" + prefix + "*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text (UTF-8) of the seed whose file name starts with {@code prefix}; as {@link #require}. */
    public static String seedText(String prefix) {
        try {
            return Files.readString(seed(prefix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared folder, when there is one: {@value #LOCATION_PROPERTY} when set, else the first {@code shared} sibling of the working directory or a folder above it. */
    public static Optional<Path> folder() {
        String given = System.getProperty(LOCATION_PROPERTY, "");
        if (!given.isBlank()) return Optional.of(Path.of(given).toAbsolutePath());
        for (Path p = Path.of("").toAbsolutePath(); p.getParent() != null; p = p.getParent()) {
            Path s = p.resolveSibling("shared");
            if (Files.isDirectory(s)) return Optional.of(s);
        }
        return Optional.empty();
    }

    /**
     * True where missing shared data is a failure, not a reason to skip: {@value #REQUIRE_PROPERTY} when it is set
     * (true or false), else {@code CI=true}.
     */
    public static boolean required() {
        String p = System.getProperty(REQUIRE_PROPERTY);
        if (p != null) return Boolean.parseBoolean(p);
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
