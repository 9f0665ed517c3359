package org.sitrep.cli;

import org.sitrep.store.Provenance;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.copies.CopyGroups;
import org.sitrep.copies.CopyRelation;
import org.sitrep.app.Ingestion;
import org.sitrep.app.Sitrep;
import org.sitrep.copies.Shingles;
import org.sitrep.store.Provenance;
import org.sitrep.testkit.Repository;
import org.sitrep.testkit.SharedData;

/**
 * Copy detection against the labelled benchmark in {@code bench/copies/} (labels made without Sitrep; see its README),
 * beside a plain shingle-Jaccard baseline measured in the same run. Writes the table BENCHMARKS.md quotes to
 * {@code target/copy-benchmark.md}, and fails when a figure of that table falls more than {@link #MARGIN} below
 * BENCHMARKS.md's. Reproduce: {@code ./run-tests --bench CopyBenchmarkIT}.
 *
 * <p>A pair of items counts as found when Sitrep stored them as one article (an exact duplicate at ingest) or put
 * them in one copy group (connected by copy relations: what the independent-source count collapses). Precision per
 * kind is over the pairs Sitrep related directly with that kind.
 */
class CopyBenchmarkIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("EXACT", "NEAR", "REWRITE");
    /**
     * How far a precision or recall may fall below its BENCHMARKS.md figure. The ingest is deterministic; this is
     * room for a change that moves one or two pairs of a few hundred. Rewrites (13 and 20 pairs) are not held.
     */
    private static final double MARGIN = 0.02;

    @TempDir
    Path tmp;

    @Test
    void sitrepBeatsThePlainShingleBaselineOnLabelledRealCopies() throws IOException {
        Path bench = Repository.file("bench/copies");
        Path rss = SharedData.require("data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz");
        Path articles = SharedData.require("data/real-news/gdelt-outlets-447-hellaskella33/articles");

        StringBuilder md = new StringBuilder();
        Result r = rssSet(rss, bench, null);
        md.append(r.table("RSS subset (" + r.items + " items, " + r.pairs + " pairs, " + r.positives + " labelled copies)"));
        // The thresholds were chosen looking at the December days; February is the held-out half.
        Map<String, Result> months = new LinkedHashMap<>();
        for (String month : List.of("2022-12", "2023-02")) {
            Result h = rssSet(rss, bench, month);
            months.put(month, h);
            md.append(h.table("RSS subset, " + month + " only (" + h.items + " items, " + h.positives + " labelled copies)"
                    + (month.equals("2022-12") ? ": thresholds chosen here" : ": held out")));
        }
        Result a = articleSet(articles, bench);
        md.append(a.table("Full-text articles (" + a.items + " files, " + a.pairs + " pairs, " + a.positives + " labelled copies)"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/copy-benchmark.md"), md.toString());
        Files.writeString(Path.of("target/copy-benchmark-errors-rss.tsv"), r.errors);
        Files.writeString(Path.of("target/copy-benchmark-overlaps-rss.tsv"), r.overlaps);
        Files.writeString(Path.of("target/copy-benchmark-errors-articles.tsv"), a.errors);
        System.out.println(md);

        // Sitrep must do better than the baseline at the baseline's best threshold, and keep its precision.
        assertThat(r.nearF1()).isGreaterThan(r.bestBaselineNearF1());
        // The goal, on the whole RSS set: near-duplicates P >= 0.98 (BENCHMARKS.md: 0.984 at R 0.910).
        assertThat(r.nearPrecision()).as("RSS near-duplicates precision (goal 0.98; BENCHMARKS.md 0.984)").isGreaterThanOrEqualTo(0.98);
        // The figures of BENCHMARKS.md ("Copies and provenance"), each with the margin.
        atLeast(r.nearRecall(), 0.910, "RSS near-duplicates recall");
        atLeast(r.anyPrecision(), 0.923, "RSS any copy (same copy group) precision");
        atLeast(r.anyRecall(), 0.864, "RSS any copy (same copy group) recall");
        atLeast(months.get("2022-12").nearPrecision(), 1.000, "RSS 2022-12 near-duplicates precision");
        atLeast(months.get("2022-12").nearRecall(), 0.936, "RSS 2022-12 near-duplicates recall");
        atLeast(months.get("2023-02").nearPrecision(), 0.979, "RSS 2023-02 (held out) near-duplicates precision");
        atLeast(months.get("2023-02").nearRecall(), 0.903, "RSS 2023-02 (held out) near-duplicates recall");
        atLeast(a.nearPrecision(), 1.000, "full-text near-duplicates precision");
        atLeast(a.nearRecall(), 1.000, "full-text near-duplicates recall");
        atLeast(a.anyPrecision(), 0.916, "full-text any copy (same copy group) precision");
        atLeast(a.anyRecall(), 1.000, "full-text any copy (same copy group) recall");
    }

    private static void atLeast(double measured, double benchmarks, String what) {
        assertThat(measured).as("%s (BENCHMARKS.md: %.3f, margin %.2f)", what, benchmarks, MARGIN).isGreaterThanOrEqualTo(benchmarks - MARGIN);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The RSS subset, or the part of it published in {@code month} (yyyy-MM) when not null. */
    private Result rssSet(Path rss, Path bench, String month) throws IOException {
        List<String> wanted = new ArrayList<>();
        Map<Integer, Integer> lineToIndex = new HashMap<>();
        List<String> itemLines = Files.readAllLines(bench.resolve("rss-items.tsv"));
        for (String line : itemLines.subList(1, itemLines.size())) {
            String[] f = line.split("\t");
            if (month != null && !f[2].startsWith(month)) continue;
            lineToIndex.put(Integer.parseInt(f[0]), wanted.size());
            wanted.add(f[3]);
        }
        String[] jsonLines = new String[wanted.size()];
        String[] texts = new String[wanted.size()];
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(rss)), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine(), n++) {
                Integer i = lineToIndex.get(n);
                if (i == null) continue;
                jsonLines[i] = line;
                JsonNode j = JSON.readTree(line);
                texts[i] = j.path("title").asText("") + " " + j.path("description").asText("");
                if (!j.path("url").asText().equals(wanted.get(i))) throw new IllegalStateException("line " + n + " is not " + wanted.get(i));
            }
        }
        Path subset = tmp.resolve("rss-subset-" + (month == null ? "all" : month) + ".jsonl");
        Files.write(subset, Arrays.asList(jsonLines));
        Map<String, Integer> byUrl = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) byUrl.put(wanted.get(i), i);
        Map<Long, String> labels = labels(bench.resolve("rss-pairs.tsv"), byUrl, month != null);
        List<String> ids = ingest(subset, wanted.size(), null);
        return evaluate(ids, texts, labels);
    }

    private Result articleSet(Path folder, Path bench) throws IOException {
        List<Path> files;
        try (var s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, Integer> byName = new HashMap<>();
        String[] texts = new String[files.size()];
        for (int i = 0; i < files.size(); i++) {
            byName.put(files.get(i).getFileName().toString(), i);
            texts[i] = Files.readString(files.get(i));
        }
        Map<Long, String> labels = labels(bench.resolve("articles-pairs.tsv"), byName, false);
        List<String> ids = ingest(folder, files.size(), byName);
        return evaluate(ids, texts, labels);
    }

    /** Unordered item pair → label, from a positives file whose first two columns name the items. */
    private static Map<Long, String> labels(Path tsv, Map<String, Integer> index, boolean partial) throws IOException {
        Map<Long, String> out = new HashMap<>();
        List<String> lines = Files.readAllLines(tsv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            Integer a = index.get(f[0]);
            Integer b = index.get(f[1]);
            if ((a == null || b == null) && partial) continue;
            if (a == null || b == null) throw new IllegalStateException("label names an item outside the set: " + line);
            out.put(pair(a, b), f[2]);
        }
        return out;
    }

    /**
     * Ingests with the standard pipeline and returns, per item, the id it was stored under, plus the store's copy
     * relations (kept in {@link #relations}). For a folder, items are matched by file name; for one file, by order.
     */
    private List<String> ingest(Path input, int items, Map<String, Integer> byName) throws IOException {
        Path data = Files.createTempDirectory(tmp, "data");
        String[] ids = new String[items];
        long t0 = System.nanoTime();
        try (Sitrep s = Sitrep.open(data)) {
            Ingestion.Report report = s.ingestion().run(List.of(input.toString()), new Ingestion.Listener() {
            });
            int n = 0;
            for (Ingestion.Item item : report.items()) {
                if (byName == null) {
                    ids[n++] = item.id();
                } else {
                    String name = Path.of(item.input().split(" ")[0]).getFileName().toString();
                    Integer i = byName.get(name);
                    if (i != null) ids[i] = item.id();
                }
            }
            relations = new HashMap<>();
            for (String id : ids) {
                if (id == null) continue;
                Provenance p = s.store().provenance(id);
                for (CopyRelation r : p.copyOf()) relations.put(r.originalId() + " " + r.copyId(), r);
            }
            seconds = (System.nanoTime() - t0) / 1e9;
        }
        return Arrays.asList(ids);
    }

    private Map<String, CopyRelation> relations;
    private double seconds;

    private Result evaluate(List<String> ids, String[] texts, Map<Long, String> labels) {
        int n = ids.size();
        // Copy groups, as the independent-source count makes them.
        CopyGroups groups = new CopyGroups();
        for (String id : ids) if (id != null) groups.add(id);
        Map<String, String> direct = new HashMap<>();
        for (CopyRelation r : relations.values()) {
            groups.link(r.originalId(), r.copyId());
            direct.put(key(r.originalId(), r.copyId()), r.kind().name());
        }
        Result res = new Result();
        res.items = n;
        res.pairs = (long) n * (n - 1) / 2;
        res.positives = labels.size();
        res.seconds = seconds;
        for (String k : KINDS) res.labelled.put(k, 0L);
        for (String k : KINDS) res.found.put(k, 0L);
        for (String k : KINDS) res.predicted.put(k, 0L);
        for (String k : KINDS) res.predictedCorrect.put(k, 0L);
        Map<String, List<Integer>> byGroup = new HashMap<>();
        for (int i = 0; i < n; i++) if (ids.get(i) != null) byGroup.computeIfAbsent(groups.root(ids.get(i)), x -> new ArrayList<>()).add(i);
        // Every item pair inside a group is a predicted copy pair.
        Set<Long> predictedPairs = new HashSet<>();
        for (List<Integer> g : byGroup.values()) {
            for (int x = 0; x < g.size(); x++) for (int y = x + 1; y < g.size(); y++) predictedPairs.add(pair(g.get(x), g.get(y)));
        }
        for (var e : labels.entrySet()) {
            res.labelled.merge(e.getValue(), 1L, Long::sum);
            if (predictedPairs.contains(e.getKey())) res.found.merge(e.getValue(), 1L, Long::sum);
        }
        res.predictedAll = predictedPairs.size();
        for (long p : predictedPairs) if (labels.containsKey(p)) res.predictedAllCorrect++;
        // Direct relations (and exact duplicates merged at ingest) by the kind Sitrep gave them.
        for (long p : predictedPairs) {
            int a = (int) (p >>> 32);
            int b = (int) p;
            String kind = ids.get(a).equals(ids.get(b)) ? "EXACT" : direct.get(key(ids.get(a), ids.get(b)));
            if (kind == null) continue;
            res.predicted.merge(kind, 1L, Long::sum);
            if (labels.containsKey(p)) res.predictedCorrect.merge(kind, 1L, Long::sum);
            if (kind.equals("EXACT") || kind.equals("NEAR")) {
                res.nearPredicted++;
                if (labels.containsKey(p)) res.nearPredictedCorrect++;
            }
        }
        for (var e : labels.entrySet()) {
            if (!e.getValue().equals("REWRITE") && predictedPairs.contains(e.getKey())) res.nearFound++;
        }
        res.nearLabelled = res.labelled.get("EXACT") + res.labelled.get("NEAR");
        // What went wrong, for reading: missed labelled pairs and predicted pairs without a label.
        StringBuilder errors = new StringBuilder();
        for (var e : labels.entrySet()) {
            if (predictedPairs.contains(e.getKey())) continue;
            int a = (int) (e.getKey() >>> 32);
            int b = (int) (long) e.getKey();
            errors.append("MISSED ").append(e.getValue()).append('\t').append(a).append('\t').append(b).append('\t').append(oneLine(texts[a])).append('\t').append(oneLine(texts[b])).append('\n');
        }
        for (long p : predictedPairs) {
            if (labels.containsKey(p)) continue;
            int a = (int) (p >>> 32);
            int b = (int) p;
            String kind = ids.get(a).equals(ids.get(b)) ? "SAME-ID" : direct.getOrDefault(key(ids.get(a), ids.get(b)), "GROUP");
            errors.append("WRONG ").append(kind).append('\t').append(oneLine(texts[a])).append('\t').append(oneLine(texts[b])).append('\n');
        }
        res.errors = errors.toString();
        baseline(texts, labels, res);
        return res;
    }

    /** Exact Jaccard of word 4-shingle sets over every pair, at several thresholds. */
    private static void baseline(String[] texts, Map<Long, String> labels, Result res) {
        long[][] sets = new long[texts.length][];
        for (int i = 0; i < texts.length; i++) sets[i] = shingles(texts[i]);
        double[] thresholds = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        long t0 = System.nanoTime();
        for (double t : thresholds) res.baseline.put(t, new long[3]);
        for (int a = 0; a < sets.length; a++) {
            for (int b = a + 1; b < sets.length; b++) {
                double j = jaccard(sets[a], sets[b]);
                if (j < thresholds[0]) continue;
                String label = labels.get(pair(a, b));
                for (double t : thresholds) {
                    if (j < t) break;
                    long[] c = res.baseline.get(t);
                    c[0]++;
                    if (label != null) c[1]++;
                    if (label != null && !label.equals("REWRITE")) c[2]++;
                }
            }
        }
        res.baselineSeconds = (System.nanoTime() - t0) / 1e9;
        // For choosing thresholds: every pair with some overlap, its label, Jaccard and containment.
        StringBuilder f = new StringBuilder("a\tb\tlabel\tjaccard\tcontainment\tsmaller\n");
        for (int a = 0; a < sets.length; a++) {
            for (int b = a + 1; b < sets.length; b++) {
                double j = jaccard(sets[a], sets[b]);
                int small = Math.min(sets[a].length, sets[b].length);
                double c = small == 0 ? 0 : j * (sets[a].length + sets[b].length) / (1 + j) / small;
                if (j < 0.1 && c < 0.3) continue;
                f.append(a).append('\t').append(b).append('\t').append(labels.getOrDefault(pair(a, b), "NONE")).append('\t')
                        .append(String.format(Locale.ROOT, "%.3f\t%.3f\t%d", j, c, small)).append('\n');
            }
        }
        res.overlaps = f.toString();
    }

    private static String oneLine(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    static long[] shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> words = new ArrayList<>();
        for (String x : w) if (!x.isEmpty()) words.add(x);
        Set<Long> s = new HashSet<>();
        for (int i = 0; i + 4 <= words.size(); i++) s.add((long) String.join(" ", words.subList(i, i + 4)).hashCode() * 0x9E3779B97F4A7C15L);
        if (words.size() < 4 && !words.isEmpty()) s.add((long) String.join(" ", words).hashCode());
        long[] out = s.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(out);
        return out;
    }

    /** The library's set arithmetic (the judge's), over the baseline's own shingles. */
    static double jaccard(long[] a, long[] b) {
        return Shingles.jaccard(a, b);
    }

    private static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private static String key(String x, String y) {
        return x.compareTo(y) < 0 ? x + " " + y : y + " " + x;
    }

    static final class Result {
        int items;
        long pairs;
        int positives;
        double seconds;
        double baselineSeconds;
        final Map<String, Long> labelled = new LinkedHashMap<>();
        final Map<String, Long> found = new LinkedHashMap<>();
        final Map<String, Long> predicted = new LinkedHashMap<>();
        final Map<String, Long> predictedCorrect = new LinkedHashMap<>();
        long predictedAll;
        long predictedAllCorrect;
        long nearPredicted;
        long nearPredictedCorrect;
        long nearFound;
        long nearLabelled;
        String errors;
        String overlaps;
        /** threshold → {predicted, correct (any label), correct EXACT|NEAR}. */
        final Map<Double, long[]> baseline = new LinkedHashMap<>();

        double nearPrecision() {
            return nearPredicted == 0 ? 0 : nearPredictedCorrect / (double) nearPredicted;
        }

        double nearRecall() {
            return nearLabelled == 0 ? 0 : nearFound / (double) nearLabelled;
        }

        double nearF1() {
            return f1(nearPrecision(), nearRecall());
        }

        /** Over every pair Sitrep put in one copy group, whatever the kind. */
        double anyPrecision() {
            return predictedAll == 0 ? 0 : predictedAllCorrect / (double) predictedAll;
        }

        double anyRecall() {
            return positives == 0 ? 0 : found.values().stream().mapToLong(Long::longValue).sum() / (double) positives;
        }

        double bestBaselineNearF1() {
            double best = 0;
            for (long[] c : baseline.values()) best = Math.max(best, f1(c[0] == 0 ? 0 : c[1] / (double) c[0], c[2] / (double) nearLabelled));
            return best;
        }

        static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String table(String title) {
            StringBuilder s = new StringBuilder();
            s.append("### ").append(title).append("\n\n");
            s.append(String.format(Locale.ROOT, "Sitrep ingest of the set with copy detection: %.1f s. Baseline over all pairs: %.1f s.%n%n", seconds, baselineSeconds));
            s.append("| method | kind | precision | recall | found / labelled | predicted |\n|---|---|---|---|---|---|\n");
            s.append(String.format(Locale.ROOT, "| Sitrep | exact + near (near-duplicates) | %.3f | %.3f | %d / %d | %d |%n",
                    nearPrecision(), nearRecall(), nearFound, nearLabelled, nearPredicted));
            for (String k : KINDS) {
                long p = predicted.get(k);
                s.append(String.format(Locale.ROOT, "| Sitrep | %s | %s | %.3f | %d / %d | %d |%n", k.toLowerCase(Locale.ROOT),
                        p == 0 ? "–" : String.format(Locale.ROOT, "%.3f", predictedCorrect.get(k) / (double) p),
                        labelled.get(k) == 0 ? 0.0 : found.get(k) / (double) labelled.get(k), found.get(k), labelled.get(k), p));
            }
            long foundAll = found.values().stream().mapToLong(Long::longValue).sum();
            s.append(String.format(Locale.ROOT, "| Sitrep | any copy (same copy group) | %.3f | %.3f | %d / %d | %d |%n",
                    predictedAll == 0 ? 0 : predictedAllCorrect / (double) predictedAll, foundAll / (double) positives, foundAll, positives, predictedAll));
            for (var e : baseline.entrySet()) {
                long[] c = e.getValue();
                s.append(String.format(Locale.ROOT, "| shingle Jaccard ≥ %.1f | exact + near | %.3f | %.3f | %d / %d | %d |%n", e.getKey(),
                        c[0] == 0 ? 0 : c[1] / (double) c[0], c[2] / (double) nearLabelled, c[2], nearLabelled, c[0]));
            }
            s.append("\n");
            return s.toString();
        }
    }
}
