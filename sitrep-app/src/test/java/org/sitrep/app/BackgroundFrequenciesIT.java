package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.Repository;

class BackgroundFrequenciesIT {
    @Test
    void theShippedBackgroundIsWhatTheSampleCorpusCountsToday(@TempDir Path scratch) throws IOException {
        String shipped;
        try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(BackgroundFrequencies.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String counted = BackgroundFrequencies.count(Repository.root().resolve("samples/corpus"), scratch);
        assertThat(counted).as("regenerate it: ./run-tests --main org.sitrep.app.WriteBackgroundFrequencies samples/corpus "
                + "sitrep-app/src/main/resources/org/sitrep/app/event-background.tsv").isEqualTo(shipped);
    }
}
