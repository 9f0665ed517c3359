package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Date normalization accuracy on {@code bench/dates/gold.tsv}: hand-checked TIMEX values and precisions of 170
 * temporal expressions in real articles of {@code ../shared/data/real-news/gdelt-outlets-447-hellaskella33} (how the
 * set was built: {@code bench/dates/README.md}). Each article is annotated with its file-name time as the reference.
 */
class DateAccuracyIT {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Test
    void normalizesRealTemporalExpressions() throws IOException {
        Path articles = Shared.root().resolve("data/real-news/gdelt-outlets-447-hellaskella33/articles");
        Path gold = repoRoot().resolve("bench/dates/gold.tsv");
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
        assertThat(n).isGreaterThanOrEqualTo(150);
        assertThat((double) value / n).isGreaterThan(0.70);
        assertThat((double) precision / n).isGreaterThan(0.8);
    }

    private static Annotations annotate(Path file) {
        try {
            Instant ref = Instant.from(STAMP.parse(file.getFileName().toString().substring(0, 16)));
            return EnglishAnnotator.shared().annotate(Files.readString(file), ref, true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("bench"))) p = p.getParent();
        return p;
    }

    static List<Path> articles() throws IOException {
        try (var s = Files.list(Shared.root().resolve("data/real-news/gdelt-outlets-447-hellaskella33/articles"))) {
            return s.sorted().toList();
        }
    }
}
