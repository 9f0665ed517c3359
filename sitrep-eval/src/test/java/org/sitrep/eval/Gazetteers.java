package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.sitrep.geo.imports.DefaultGazetteer;
import org.sitrep.geo.Gazetteer;

/**
 * The default gazetteer for the benchmarks: built once per checkout (about half a minute, packages fetched with npm)
 * in {@code -Dsitrep.gazetteer.cache=DIR} (the root pom gives every module's tests the checkout's {@code target/gazetteer-cache}),
 * else in {@code target/gazetteer-cache} of the working directory, never in the user's
 * {@code ~/.cache/sitrep}.
 */
public final class Gazetteers {
    private Gazetteers() {
    }

    /** The cache directory the benchmarks build the default gazetteer in. */
    public static Path cacheDir() {
        return Path.of(System.getProperty("sitrep.gazetteer.cache", "target/gazetteer-cache")).toAbsolutePath();
    }

    /** The default gazetteer (cities500, countries, regions), built on first use. */
    public static Gazetteer defaultGazetteer() throws IOException {
        return DefaultGazetteer.ensure(cacheDir());
    }
}
