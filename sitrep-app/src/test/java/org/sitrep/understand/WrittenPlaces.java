package org.sitrep.understand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.geo.imports.GazetteerImport;
import org.sitrep.nlp.Annotations;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Sentence;

/** What the tests of {@link ArticleAnalysis#classify} write: a small gazetteer of GeoNames rows, and annotations. */
final class WrittenPlaces {
    private WrittenPlaces() {
    }

    /** The GeoNames main-format rows imported into a gazetteer file in {@code dir}; returns the file. */
    static Path gazetteer(Path dir, String... rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of(rows));
        lines.add("");
        Path main = Files.writeString(dir.resolve("g.txt"), String.join("\n", lines));
        Path db = dir.resolve("g.sqlite");
        GazetteerImport.Report r = GazetteerImport.importFile(main, db);
        if (r.skipped() != 0) throw new IllegalStateException("test rows skipped: " + r.problems());
        return db;
    }

    /** Sentences and mentions, with no dates, quantities or quotes, read on 2024-01-01. */
    static Annotations annotations(List<Sentence> sentences, List<Mention> mentions) {
        return new Annotations(sentences, mentions, List.of(), List.of(), List.of(), Instant.parse("2024-01-01T00:00:00Z"), false);
    }
}
