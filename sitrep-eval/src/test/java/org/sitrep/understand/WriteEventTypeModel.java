package org.sitrep.understand;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.embed.SentenceEmbedder;

/**
 * Trains the shipped event-type model from the snippets beside {@link EventTypeClassifier} and writes it, with the
 * digest of what it was trained from, into sitrep-app's resources. Run from the repository root with {@code ./run-tests
 * --main org.sitrep.understand.WriteEventTypeModel} after changing the snippets or the features; then rebuild.
 */
public final class WriteEventTypeModel {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "sitrep-app/src/main/resources/org/sitrep/understand");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no such directory " + dir + " (run from the repository root)");
        SentenceEmbedder embedder = SentenceEmbedder.standard();
        long t0 = System.nanoTime();
        var examples = EventTypeClassifier.shippedExamples();
        EventTypeClassifier model = EventTypeClassifier.train(examples, embedder);
        try (OutputStream out = Files.newOutputStream(dir.resolve(EventTypeClassifier.MODEL))) {
            model.write(out);
        }
        Files.writeString(dir.resolve(EventTypeClassifier.DIGEST), EventTypeClassifier.trainingDigest(embedder) + "\n", StandardCharsets.UTF_8);
        System.out.printf("trained on %d snippets in %.1f s: %s (%d bytes)%n", examples.size(), (System.nanoTime() - t0) / 1e9,
                dir.resolve(EventTypeClassifier.MODEL), Files.size(dir.resolve(EventTypeClassifier.MODEL)));
    }
}
