package org.sitrep.understand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceParams;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.geo.imports.DefaultGazetteer;

/**
 * The gazetteer the annotation pass resolves places with, or the reason there is none (npm missing or offline, an
 * unwritable cache). Without one, place mentions are stored unresolved with that reason and everything else works.
 *
 * <p>The gazetteer lives in a user cache: the system property {@code sitrep.cache}, else {@code $SITREP_CACHE}, else
 * {@code ~/.cache/sitrep}. Thread-safe (the resolver and gazetteer are). Close it to close the gazetteer.
 */
public final class PlaceLookup implements AutoCloseable {
    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;
    private final String unavailable;

    private PlaceLookup(Gazetteer gazetteer, PlaceParams params, String unavailable) {
        this.gazetteer = gazetteer;
        this.resolver = gazetteer == null ? null : new PlaceResolver(gazetteer, params);
        this.unavailable = unavailable;
    }

    /** Places resolved with this gazetteer. */
    public static PlaceLookup with(Gazetteer gazetteer) {
        return with(gazetteer, PlaceParams.defaults());
    }

    /** Places resolved with this gazetteer and these knobs. */
    public static PlaceLookup with(Gazetteer gazetteer, PlaceParams params) {
        return new PlaceLookup(Objects.requireNonNull(gazetteer, "gazetteer"), Objects.requireNonNull(params, "params"), null);
    }

    /** No gazetteer; {@code reason} is stored with every place mention left unresolved. */
    public static PlaceLookup none(String reason) {
        return new PlaceLookup(null, null, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * The user's cache directory for the gazetteer, from the given environment and system properties (see the class
     * comment; the rule is {@link DefaultGazetteer#cacheDir}); the front ends pass {@code System.getenv()} and
     * {@code System.getProperties()}. Properties without {@code user.home} get this JVM's.
     */
    public static Path cacheDir(Map<String, String> env, Properties properties) {
        Properties withHome = properties;
        if (properties.getProperty("user.home") == null) {
            withHome = new Properties(properties);
            withHome.setProperty("user.home", System.getProperty("user.home"));
        }
        return DefaultGazetteer.cacheDir(env, withHome);
    }

    /**
     * The default gazetteer in {@code cacheDir}, fetched and imported on first need ({@link DefaultGazetteer#ensure});
     * when that fails, a lookup without a gazetteer whose reason says why and what to do.
     */
    public static PlaceLookup fromCache(Path cacheDir) {
        return fromCache(cacheDir, PlaceParams.defaults());
    }

    /** As {@link #fromCache(Path)}, resolving with these knobs. */
    public static PlaceLookup fromCache(Path cacheDir, PlaceParams params) {
        try {
            return with(DefaultGazetteer.ensure(cacheDir), params);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return none(e.getMessage());
        } catch (IOException e) {
            return none("the gazetteer cache " + cacheDir + " cannot be written: " + e.getMessage());
        }
    }

    public Optional<PlaceResolver> resolver() {
        return Optional.ofNullable(resolver);
    }

    /** The gazetteer's place with this GeoNames id; empty without a gazetteer or when it lacks the place. */
    public Optional<org.sitrep.geo.GazetteerPlace> byId(long geonameId) {
        return gazetteer == null ? Optional.empty() : gazetteer.byId(geonameId);
    }

    /** Why there is no gazetteer; empty when there is one. */
    public Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    /** The gazetteer file, for reports; empty without one. */
    public Optional<Path> file() {
        return gazetteer == null ? Optional.empty() : Optional.of(gazetteer.file());
    }

    @Override
    public void close() {
        if (gazetteer != null) gazetteer.close();
    }
}
