package org.sitrep.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DocumentSink;
import org.sitrep.ingest.ReaderOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.ingest.Sources;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;

/**
 * Language identification accuracy on real labelled text: the English and Polish items of the RSS data carry
 * their feed's declared language (title + teaser, no hint given to the detector). Prints the figures that
 * BENCHMARKS.md reports.
 */
class LanguageIdAccuracyIT {
    @Test
    void identifiesEnglishAndPolishFeedItems() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolveSibling("shared"))) p = p.getParent();
        assertThat(p).isNotNull();
        Path rss = p.resolveSibling("shared").resolve("data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz");
        List<RawDocument> docs = new ArrayList<>();
        new Readers(ReaderOptions.defaults()).read(Sources.expand(List.of(rss.toString()), null).get(0), Instant.EPOCH, new DocumentSink() {
            @Override
            public void accept(RawDocument d) {
                if (d.languageHint() != null) docs.add(d);
            }

            @Override
            public void reject(Rejection r, byte[] s) {
            }
        }, x -> { });
        LanguageIdentifier.identify("warm up the detector with a sentence", null);
        int ok = 0, en = 0, enOk = 0, pl = 0, plOk = 0, shortN = 0, shortOk = 0;
        long t0 = System.nanoTime();
        for (RawDocument d : docs) {
            String want = d.languageHint().substring(0, 2).toLowerCase();
            String text = (d.title() == null ? "" : d.title() + "\n") + d.body();
            String got = LanguageIdentifier.identify(text, null).code();
            boolean right = got.equals(want);
            if (right) ok++;
            if (want.equals("en")) { en++; if (right) enOk++; }
            if (want.equals("pl")) { pl++; if (right) plOk++; }
            if (text.length() < 100) { shortN++; if (right) shortOk++; }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double acc = ok / (double) docs.size();
        System.out.printf("language id on %d RSS items: accuracy %.4f (en %.4f of %d, pl %.4f of %d, under 100 chars %.4f of %d), %.0f items/s on one thread%n",
                docs.size(), acc, enOk / (double) en, en, plOk / (double) pl, pl, shortOk / (double) shortN, shortN, docs.size() / secs);
        assertThat(docs).hasSizeGreaterThan(56_000);
        assertThat(acc).isGreaterThan(0.975);
        assertThat(plOk / (double) pl).isGreaterThan(0.995);
        assertThat(shortOk / (double) shortN).isGreaterThan(0.97);
    }
}
