package org.sitrep.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ReaderOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.ingest.Sources;
import org.sitrep.model.RawDocument;
import org.sitrep.testkit.CollectingSink;
import org.sitrep.testkit.SharedData;

/**
 * Language identification accuracy on real labelled text: the English and Polish items of the RSS data carry
 * their feed's declared language (title + teaser, no hint given to the detector). Prints the figures that
 * BENCHMARKS.md reports, and fails when one falls more than {@link #MARGIN} below it. Run: {@code ./run-tests --bench
 * LanguageIdAccuracyIT}.
 */
class LanguageIdAccuracyIT {
    /** How far an accuracy may fall below its BENCHMARKS.md figure. */
    private static final double MARGIN = 0.01;

    @Test
    void identifiesEnglishAndPolishFeedItems() {
        Path rss = SharedData.require("data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz");
        CollectingSink read = new CollectingSink();
        new Readers(ReaderOptions.defaults()).read(Sources.expand(List.of(rss.toString()), null).get(0), Instant.EPOCH, read, x -> { });
        List<RawDocument> docs = read.documents().stream().filter(d -> d.languageHint() != null).toList();
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
        // The figures of BENCHMARKS.md ("Language identification", the OpenNLP row), each with the margin.
        assertThat(docs).as("labelled items").hasSize(56_031);
        assertThat(shortN).as("labelled items under 100 characters").isEqualTo(3_494);
        assertThat(acc).as("accuracy (BENCHMARKS.md: 0.9799)").isGreaterThanOrEqualTo(0.9799 - MARGIN);
        assertThat(enOk / (double) en).as("English accuracy (BENCHMARKS.md: 0.9658)").isGreaterThanOrEqualTo(0.9658 - MARGIN);
        assertThat(plOk / (double) pl).as("Polish accuracy (BENCHMARKS.md: 0.9998)").isGreaterThanOrEqualTo(0.9998 - MARGIN);
        assertThat(shortOk / (double) shortN).as("accuracy under 100 characters (BENCHMARKS.md: 0.9854)").isGreaterThanOrEqualTo(0.9854 - MARGIN);
    }
}
