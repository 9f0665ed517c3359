package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sitrep.copies.CopyParams;
import org.sitrep.events.EventParams;
import org.sitrep.geo.PlaceParams;

class SitrepConfigTest {
    private static Properties props(String... kv) {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/analyst");
        for (int i = 0; i < kv.length; i += 2) p.setProperty(kv[i], kv[i + 1]);
        return p;
    }

    @Test
    void defaultsAreEmbeddingsOnTheUserCacheAndEveryStageDefault() {
        SitrepConfig c = SitrepConfig.fromEnvironment(Path.of("d"), Map.of(), props());
        assertThat(c.embeddings()).isTrue();
        assertThat(c.annotate()).isTrue();
        assertThat(c.gazetteerCache()).isEqualTo(Path.of("/home/analyst/.cache/sitrep"));
        assertThat(c.copies()).isEqualTo(CopyParams.defaults());
        assertThat(c.places()).isEqualTo(PlaceParams.defaults());
        assertThat(c.events()).isEqualTo(EventParams.defaults());
    }

    @Test
    void theEnvironmentTurnsEmbeddingsOffAndMovesTheCacheButTheSystemPropertyWins() {
        assertThat(SitrepConfig.fromEnvironment(Path.of("d"), Map.of("SITREP_EMBEDDINGS", "OFF"), props()).embeddings()).isFalse();
        assertThat(SitrepConfig.fromEnvironment(Path.of("d"), Map.of("SITREP_CACHE", "/var/cache/s"), props()).gazetteerCache())
                .isEqualTo(Path.of("/var/cache/s"));
        assertThat(SitrepConfig.fromEnvironment(Path.of("d"), Map.of("SITREP_CACHE", "/var/cache/s"), props("sitrep.cache", "/tmp/c"))
                .gazetteerCache()).isEqualTo(Path.of("/tmp/c"));
    }

    @Test
    void withersChangeOneThing() {
        SitrepConfig c = SitrepConfig.fromEnvironment(Path.of("d"), Map.of(), props());
        EventParams e = EventParams.defaults().toBuilder().join(0.3).build();
        SitrepConfig d = c.withAnnotation(false).withParams(c.copies(), c.places(), e);
        assertThat(d.annotate()).isFalse();
        assertThat(d.events().join()).isEqualTo(0.3);
        assertThat(d.dataDir()).isEqualTo(c.dataDir());
        assertThat(d.copies()).isEqualTo(c.copies());
    }
}
