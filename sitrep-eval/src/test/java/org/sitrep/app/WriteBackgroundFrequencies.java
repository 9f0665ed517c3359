package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the document frequencies a new store starts from ({@link BackgroundFrequencies}), counted over a corpus:
 * {@code ./run-tests --main org.sitrep.app.WriteBackgroundFrequencies samples/corpus sitrep-app/src/main/resources/org/sitrep/app/event-background.tsv}.
 * A developer's tool, run after changing how event vectors are made.
 */
public final class WriteBackgroundFrequencies {
    private WriteBackgroundFrequencies() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WriteBackgroundFrequencies CORPUS_DIR OUT.tsv");
            System.exit(2);
        }
        Path scratch = Files.createTempDirectory("sitrep-background");
        Files.writeString(Path.of(args[1]), BackgroundFrequencies.count(Path.of(args[0]), scratch));
    }
}
