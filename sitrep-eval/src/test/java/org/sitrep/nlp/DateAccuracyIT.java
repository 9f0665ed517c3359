package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.testkit.Repository;
import org.sitrep.testkit.SharedData;

/**
 * Date normalization accuracy on {@code bench/dates/gold.tsv}: hand-checked TIMEX values and precisions of 170
 * temporal expressions in real articles of {@code ../shared/data/real-news/gdelt-outlets-447-hellaskella33} (how the
 * set was built: {@code bench/dates/README.md}). Each article is annotated with its file-name time as the reference.
 * Fails when an accuracy falls more than {@link #MARGIN} below BENCHMARKS.md's. Run: {@code ./run-tests --bench
 * DateAccuracyIT}.
 */
class DateAccuracyIT {
    /** Percentage points an accuracy may fall below its BENCHMARKS.md figure (one row of 170 is 0.6 points). */
    private static final double MARGIN = 2.0;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Test
    void normalizesRealTemporalExpressions() throws IOException {
        Path articles = SharedData.require("data/real-news/gdelt-outlets-447-hellaskella33/articles");
        Path gold = Repository.file("bench/dates/gold.tsv");
        Map<String, Annotations> cache = new HashMap<>();
        int n = 0, value = 0, precision = 0, noneRows = 0, noneRight = 0;
        StringBuilder errors = new StringBuilder();
        for (String line : Files.readAllLines(gold)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            String file = f[0];
            int start = Integer.parseInt(f[1]), end = Integer.parseInt(f[2]);
            Annotations a = cache.computeIfAbsent(file, k -> annotate(articles.resolve(k)));
            TimeMention got = a.times().stream().filter(t -> t.start() < end && t.end() > start).findFirst().orElse(null);
            String gotValue = got == null ? "NONE" : got.value();
            String gotPrecision = got == null ? "NONE" : got.precision().name();
            n++;
            if (f[3].equals("NONE")) noneRows++;
            boolean v = gotValue.equals(f[3]);
            if (v) value++;
            if (v && f[3].equals("NONE")) noneRight++;
            if (gotPrecision.equals(f[4])) precision++;
            if (!v) errors.append(String.format("  %s %d-%d gold %s %s, got %s %s%n", file, start, end, f[3], f[4], gotValue, gotPrecision));
        }
        System.out.printf("DateAccuracyIT: %d expressions in %d articles; value accuracy %.1f%% (%d), precision accuracy %.1f%% (%d);"
                + " not-a-date rows %d, left alone %d%n%s", n, cache.size(), 100.0 * value / n, value, 100.0 * precision / n, precision,
                noneRows, noneRight, errors);
        // The figures of BENCHMARKS.md ("date normalization"): 170 expressions from 47 articles, 75.9 % of values and
        // 84.1 % of precisions right; each accuracy with the margin.
        assertThat(n).as("hand-checked expressions").isEqualTo(170);
        assertThat(cache).as("articles they come from").hasSize(47);
        assertThat(100.0 * value / n).as("value accuracy, %% (BENCHMARKS.md: 75.9)").isGreaterThanOrEqualTo(75.9 - MARGIN);
        assertThat(100.0 * precision / n).as("precision accuracy, %% (BENCHMARKS.md: 84.1)").isGreaterThanOrEqualTo(84.1 - MARGIN);
    }

    private static Annotations annotate(Path file) {
        try {
            Instant ref = Instant.from(STAMP.parse(file.getFileName().toString().substring(0, 16)));
            return EnglishAnnotator.shared().annotate(Files.readString(file), ref, true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
