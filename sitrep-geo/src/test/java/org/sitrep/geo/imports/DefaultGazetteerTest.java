package org.sitrep.geo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The cache directory rule, fed maps instead of the process's environment. */
class DefaultGazetteerTest {
    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/u");
        for (int i = 0; i < keyValues.length; i += 2) p.setProperty(keyValues[i], keyValues[i + 1]);
        return p;
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironment() {
        assertThat(DefaultGazetteer.cacheDir(Map.of("SITREP_CACHE", "/env"), props("sitrep.cache", "/prop")))
                .isEqualTo(Path.of("/prop"));
    }

    @Test
    void theEnvironmentWinsOverTheHomeDirectory() {
        assertThat(DefaultGazetteer.cacheDir(Map.of("SITREP_CACHE", "/env"), props())).isEqualTo(Path.of("/env"));
    }

    @Test
    void blankValuesCountAsUnsetAndTheDefaultIsUnderHome() {
        assertThat(DefaultGazetteer.cacheDir(Map.of("SITREP_CACHE", " "), props("sitrep.cache", "")))
                .isEqualTo(Path.of("/home/u/.cache/sitrep"));
        assertThat(DefaultGazetteer.cacheDir(Map.of(), props())).isEqualTo(Path.of("/home/u", ".cache", "sitrep"));
    }
}
