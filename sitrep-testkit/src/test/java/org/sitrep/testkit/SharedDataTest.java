package org.sitrep.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The lookup of ../shared, pointed at a folder of our own with -Dsitrep.shared. */
class SharedDataTest {
    @TempDir
    Path shared;

    private String location;
    private String require;

    @BeforeEach
    void pointAtATemporaryFolder() {
        location = System.getProperty(SharedData.LOCATION_PROPERTY);
        require = System.getProperty(SharedData.REQUIRE_PROPERTY);
        System.setProperty(SharedData.LOCATION_PROPERTY, shared.toString());
        System.clearProperty(SharedData.REQUIRE_PROPERTY);
    }

    @AfterEach
    void restore() {
        restore(SharedData.LOCATION_PROPERTY, location);
        restore(SharedData.REQUIRE_PROPERTY, require);
    }

    private static void restore(String key, String value) {
        if (value == null) System.clearProperty(key);
        else System.setProperty(key, value);
    }

    @Test
    void givesThePathAndTheSeedsThatArePresent() throws Exception {
        Files.createDirectories(shared.resolve("seeds"));
        Files.writeString(shared.resolve("seeds/003_abc.txt"), "Kupiansk");
        assertThat(SharedData.require("seeds")).isEqualTo(shared.resolve("seeds"));
        assertThat(SharedData.seed("003")).isEqualTo(shared.resolve("seeds/003_abc.txt"));
        assertThat(SharedData.seedText("003")).isEqualTo("Kupiansk");
    }

    @Test
    void skipsWithOneMessageWhenTheDataIsMissingLocally() {
        System.setProperty(SharedData.REQUIRE_PROPERTY, "false"); // wins over CI=true, so this runs in CI too
        assertThatThrownBy(() -> SharedData.require("data/geoparsing/GeoWebNews/GWN.xml"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("../shared/data/geoparsing/GeoWebNews/GWN.xml not found beside the repository: this check needs the shared data")
                .hasMessageContaining(shared.toString());
    }

    @Test
    void failsWhenTheDataIsRequired() {
        System.setProperty(SharedData.REQUIRE_PROPERTY, "true");
        assertThatThrownBy(() -> SharedData.require("seeds"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("../shared/seeds not found beside the repository: this check needs the shared data")
                .hasMessageContaining("Failing instead of skipping");
    }
}
