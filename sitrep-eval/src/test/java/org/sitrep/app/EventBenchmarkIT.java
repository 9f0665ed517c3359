package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.understand.PlaceLookup;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.embed.SentenceEmbedder;
import org.sitrep.events.EventClusterer;
import org.sitrep.events.EventFeatures;
import org.sitrep.events.EventParams;
import org.sitrep.events.EventVectors;
import org.sitrep.geo.Gazetteer;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.store.EventFacts;
import org.sitrep.store.EventIndex;
import org.sitrep.eval.Gazetteers;
import org.sitrep.testkit.SharedData;

/**
 * ECB+ event clustering (../shared/data/event-clustering/ecbplus): each split is ingested into its own store and
 * annotated as a user's articles are; the features the event pass would use are read in arrival order; the
 * clusterer's parameters are chosen on train and dev only (mean B-cubed F1 of the two), then applied to test, beside
 * baselines computed in the same run: all singletons, one cluster, and TF-IDF average-link agglomerative clustering
 * with its threshold tuned on dev. Document frequencies: the splits seen before (train+dev for test) plus the whole
 * split, which the event pass counts before placing a run's articles. The table goes to target/ecbplus-events.md.
 *
 * <p>Fails when a figure of BENCHMARKS.md falls more than {@link #MARGIN} below it. Run: {@code ./run-tests --bench
 * EventBenchmarkIT}.
 */
class EventBenchmarkIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How far a B-cubed F1 may fall below its BENCHMARKS.md figure (the run is deterministic: this is for small changes). */
    private static final double MARGIN = 0.015;

    @TempDir
    Path tmp;

    /** One split: features in arrival order and gold events. */
    record Split(String name, List<EventFeatures> features, List<String> gold, List<Map<String, Float>> tfidf) {
    }

    record Scores(double b3p, double b3r, double b3f, double pp, double pr, double pf) {
        String row(String what) {
            return String.format(Locale.ROOT, "| %s | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f |", what, b3p, b3r, b3f, pp, pr, pf);
        }
    }

    @Test
    void clustersEcbPlusBetterThanTheBaselines() throws IOException {
        Path docs = SharedData.require("data/event-clustering/ecbplus/docs.jsonl");
        Map<String, List<JsonNode>> bySplit = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(docs)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                bySplit.computeIfAbsent(n.get("split").asText(), k -> new ArrayList<>()).add(n);
            }
        }
        long t0 = System.nanoTime();
        Map<String, Stored> stored = new LinkedHashMap<>();
        try (Gazetteer g = Gazetteers.defaultGazetteer()) {
            for (String name : List.of("train", "dev", "test")) stored.put(name, ingest(name, bySplit.get(name), g));
        }
        Map<String, Map<EventFacts.Names, Split>> splits = new LinkedHashMap<>();
        for (EventFacts.Names names : EventFacts.Names.values()) {
            Map<String, Map<String, Integer>> df = new LinkedHashMap<>();
            for (var e : stored.entrySet()) df.put(e.getKey(), frequencies(e.getValue(), names));
            long nTrain = stored.get("train").ids().size(), nDev = stored.get("dev").ids().size();
            splits.computeIfAbsent("train", k -> new LinkedHashMap<>()).put(names, features("train", stored.get("train"), names, List.of(df.get("dev")), nDev));
            splits.computeIfAbsent("dev", k -> new LinkedHashMap<>()).put(names, features("dev", stored.get("dev"), names, List.of(df.get("train")), nTrain));
            splits.computeIfAbsent("test", k -> new LinkedHashMap<>()).put(names,
                    features("test", stored.get("test"), names, List.of(df.get("train"), df.get("dev")), nTrain + nDev));
        }
        for (Stored s : stored.values()) s.sitrep().close();
        if (System.getenv("SITREP_DUMP_FEATURES") != null) {
            List<Map<String, Object>> dump = new ArrayList<>();
            for (var e : splits.entrySet()) {
                for (var n : e.getValue().entrySet()) {
                    for (int i = 0; i < n.getValue().features().size(); i++) {
                        EventFeatures f = n.getValue().features().get(i);
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("split", e.getKey());
                        m.put("names_from", n.getKey().name());
                        m.put("gold", n.getValue().gold().get(i));
                        m.put("id", f.articleId());
                        m.put("outlet", f.outlet());
                        m.put("title", f.title());
                        m.put("date", f.date() == null ? null : f.date().toString());
                        m.put("origin", f.originEvent());
                        m.put("places", f.places());
                        m.put("terms_information", f.termsInformation());
                        m.put("names_information", f.namesInformation());
                        m.put("terms", f.terms());
                        m.put("names", f.names());
                        m.put("embedding", f.embedding());
                        dump.add(m);
                    }
                }
            }
            JSON.writeValue(Path.of("target/ecbplus-features.json").toFile(), dump);
        }

        // Parameters chosen on train and dev only: every setting scored on all cores, then the first best in the grid's
        // order taken (the same choice as scoring them one after another).
        long t1 = System.nanoTime();
        List<String> log = new ArrayList<>();
        EventParams best = null;
        EventFacts.Names bestNames = null;
        double bestF = -1;
        List<EventFacts.Names> gridNames = new ArrayList<>();
        List<EventParams> grid = new ArrayList<>();
        // The join threshold starts at 0.20: below it the seeds' 2022 report joins the 2023 event (EventSeedsIT), which
        // the product must not do; train+dev alone would choose a lower one (BENCHMARKS.md gives both).
        for (EventFacts.Names names : EventFacts.Names.values()) {
            for (double nw : new double[] {0.4, 0.5, 0.6, 0.7, 0.8}) {
                for (double ew : new double[] {0.0, 0.2}) {
                    if (nw + ew > 1) continue;
                    for (double join = 0.20; join <= 0.305; join += 0.01) for (boolean merge : new boolean[] {true, false}) {
                        for (double split : new double[] {0.0, 0.22, 0.24, 0.26}) {
                            gridNames.add(names);
                            grid.add(EventParams.builder().weights(nw, ew).join(join).mergeEvents(merge).split(split).build());
                        }
                    }
                }
            }
        }
        double[] scores = java.util.stream.IntStream.range(0, grid.size()).parallel()
                .mapToDouble(i -> (cluster(splits.get("train").get(gridNames.get(i)), grid.get(i)).b3f
                        + cluster(splits.get("dev").get(gridNames.get(i)), grid.get(i)).b3f) / 2).toArray();
        for (int i = 0; i < grid.size(); i++) {
            if (scores[i] > bestF + 1e-9) {
                bestF = scores[i];
                best = grid.get(i);
                bestNames = gridNames.get(i);
            }
        }
        long t2 = System.nanoTime();
        EventParams shipped = EventParams.defaults();
        Scores shippedTest = cluster(splits.get("test").get(EventFacts.Names.WORDS), shipped);
        Scores noSplit = cluster(splits.get("test").get(bestNames), best.toBuilder().split(0).build());
        double baselineJoin = 0;
        double baselineDev = -1;
        Split devWords = splits.get("dev").get(EventFacts.Names.ENTITIES);
        for (double t = 0.04; t <= 0.40; t += 0.02) {
            double f = score(averageLink(devWords.tfidf(), t), devWords.gold()).b3f;
            if (f > baselineDev) {
                baselineDev = f;
                baselineJoin = t;
            }
        }

        Split test = splits.get("test").get(bestNames);
        Scores ours = cluster(test, best);
        List<Double> shuffled = new ArrayList<>();
        for (int seed = 1; seed <= 5; seed++) shuffled.add(clusterShuffled(test, best, seed).b3f);
        Scores singletons = score(singletons(test.gold().size()), test.gold());
        Scores one = score(new int[test.gold().size()], test.gold());
        Scores avg = score(averageLink(test.tfidf(), baselineJoin), test.gold());
        Scores oursDev = cluster(splits.get("dev").get(bestNames), best);

        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "ECB+ test split: %d documents, %d gold events.%n%n", test.gold().size(),
                test.gold().stream().distinct().count()));
        table.append("| method | B³ P | B³ R | B³ F1 | pairwise P | pairwise R | pairwise F1 |\n|---|---|---|---|---|---|---|\n");
        table.append(singletons.row("all singletons")).append('\n');
        table.append(one.row("one cluster")).append('\n');
        table.append(avg.row(String.format(Locale.ROOT, "TF-IDF average-link (threshold %.2f, tuned on dev)", baselineJoin))).append('\n');
        table.append(ours.row(String.format(Locale.ROOT, "Sitrep online (names %s weight %.1f, embedding %.1f, join %.2f, split %.2f; chosen on train+dev)",
                bestNames.name().toLowerCase(Locale.ROOT), best.namesWeight(), best.embeddingWeight(), best.join(), best.split())
                + (best.mergeEvents() ? ", merges" : ", no merges"))).append('\n');
        table.append(noSplit.row("the same without splits")).append('\n');
        table.append(shippedTest.row(String.format(Locale.ROOT, "the shipped defaults (names words weight %.1f, join %.2f, split %.2f)",
                shipped.namesWeight(), shipped.join(), shipped.split()))).append('\n');
        table.append(String.format(Locale.ROOT, "%nSitrep in 5 shuffled arrival orders (same features): B³ F1 %s, mean %.3f.%n",
                shuffled.stream().map(d -> String.format(Locale.ROOT, "%.3f", d)).toList(), shuffled.stream().mapToDouble(d -> d).average().orElse(0)));
        table.append(String.format(Locale.ROOT, "Train+dev mean B³ F1 of the chosen parameters: %.3f (dev alone %.3f).%n", bestF, oursDev.b3f));
        table.append(String.format(Locale.ROOT, "%nTime: ingest and annotation of the three splits %.0f s; %d settings scored on train and dev %.0f s.%n",
                (t1 - t0) / 1e9, grid.size(), (t2 - t1) / 1e9));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/ecbplus-events.md"), table.toString());
        System.out.println(table);

        assertThat(ours.b3f).as("beats one cluster and singletons").isGreaterThan(Math.max(one.b3f, singletons.b3f) + 0.2);
        assertThat(ours.b3f).as("beats the TF-IDF average-link baseline tuned on dev (0.855)").isGreaterThan(avg.b3f);
        // The figures of BENCHMARKS.md ("Events and stories": ECB+ test split), each with the margin.
        assertThat(ours.b3f).as("test B-cubed F1, parameters chosen on train+dev (BENCHMARKS.md: 0.934)").isGreaterThanOrEqualTo(0.934 - MARGIN);
        assertThat(shippedTest.b3f).as("test B-cubed F1, shipped defaults (BENCHMARKS.md: 0.934)").isGreaterThanOrEqualTo(0.934 - MARGIN);
        assertThat(shuffled.stream().mapToDouble(d -> d).average().orElse(0)).as("mean test B-cubed F1 over 5 shuffled orders (BENCHMARKS.md: 0.928)")
                .isGreaterThanOrEqualTo(0.928 - MARGIN);
        assertThat(bestF).as("train+dev mean B-cubed F1 of the chosen parameters (BENCHMARKS.md: 0.909)").isGreaterThanOrEqualTo(0.909 - MARGIN);
    }

    /** An ingested, annotated split: its store, article ids in arrival order, and gold events. */
    record Stored(Sitrep sitrep, List<String> ids, List<String> gold) {
    }

    private Stored ingest(String name, List<JsonNode> docs, Gazetteer g) throws IOException {
        Path file = tmp.resolve(name + ".jsonl");
        StringBuilder lines = new StringBuilder();
        Map<String, String> goldOf = new HashMap<>();
        for (JsonNode d : docs) {
            Map<String, Object> m = new LinkedHashMap<>();
            String url = "https://ecbplus.example/" + d.get("id").asText();
            m.put("url", url);
            m.put("text", d.get("text").asText());
            lines.append(JSON.writeValueAsString(m)).append('\n');
            goldOf.put(url, d.get("event").asText());
        }
        Files.writeString(file, lines);
        Sitrep s = Sitrep.open(tmp.resolve(name), FieldMapping.standard(), new Fingerprinter(SentenceEmbedder.standard()));
        s.ingestion().run(List.of(file.toString()), new Ingestion.Listener() {
        });
        s.annotate(PlaceLookup.with(g), new AnnotationPass.Listener() {
        });
        List<String> ids = s.store().events().after(0, Long.MAX_VALUE, 100_000).stream().map(Map.Entry::getValue).toList();
        List<String> gold = new ArrayList<>();
        for (String a : ids) gold.add(goldOf.get(s.store().article(a).orElseThrow().url()));
        return new Stored(s, ids, gold);
    }

    /** The document frequencies of a split's vectors (what the event pass counts), per source of names. */
    private static Map<String, Integer> frequencies(Stored st, EventFacts.Names names) {
        EventIndex.Frequencies df = new EventIndex.Frequencies(new HashMap<>(), 0);
        for (String id : st.ids()) assertThat(EventInputsFromStore.count(st.sitrep().store().eventFacts(), id, df, names)).as("article %s is stored", id).isTrue();
        return df.dfMap();
    }

    /**
     * The features the event pass would make for the split ingested in one run, in arrival order: document
     * frequencies of the whole split on top of a background of articles seen before (other splits: a running system
     * has a history).
     */
    private static Split features(String name, Stored st, EventFacts.Names names, List<Map<String, Integer>> background, long backgroundDocs) {
        Map<String, Integer> start = new HashMap<>();
        for (Map<String, Integer> b : background) b.forEach((k, v) -> start.merge(k, v, Integer::sum));
        EventIndex.Frequencies df = new EventIndex.Frequencies(start, backgroundDocs);
        // As the event pass does: the whole run is counted first, then each article placed in arrival order.
        for (String id : st.ids()) EventInputsFromStore.count(st.sitrep().store().eventFacts(), id, df, names);
        List<EventFeatures> f = new ArrayList<>();
        for (String id : st.ids()) f.add(EventInputsFromStore.features(st.sitrep().store().eventFacts(), id, df, names, new EventFacts.BatchPlacements(), EventParams.defaults()).orElseThrow());
        // The baseline's vectors: TF-IDF with the whole split counted, as an offline method may.
        List<Map<String, Float>> tfidf = new ArrayList<>();
        for (String id : st.ids()) {
            var a = st.sitrep().store().article(id).orElseThrow();
            tfidf.add(EventVectors.terms(a.title(), a.text(), df));
        }
        return new Split(name, f, st.gold(), tfidf);
    }

    private static Scores cluster(Split s, EventParams p) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < s.features().size(); i++) order.add(i);
        return place(s, p, order);
    }

    private static Scores clusterShuffled(Split s, EventParams p, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < s.features().size(); i++) order.add(i);
        Collections.shuffle(order, new Random(seed));
        return place(s, p, order);
    }

    /**
     * Places the articles in the order given; an event merged away takes its earlier members along, and the articles a
     * split moves go to the new event.
     */
    private static Scores place(Split s, EventParams p, List<Integer> order) {
        EventClusterer c = new EventClusterer(p);
        String[] event = new String[order.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) index.put(s.features().get(i).articleId(), i);
        for (int i : order) {
            var placement = c.place(s.features().get(i));
            for (var change : placement.changes()) {
                if (change.kind() == org.sitrep.events.ClusterChange.Kind.EVENT_MERGED) {
                    for (int k = 0; k < event.length; k++) if (change.from().equals(event[k])) event[k] = change.into();
                }
                if (change.kind() == org.sitrep.events.ClusterChange.Kind.EVENT_SPLIT) for (String a : change.articles()) event[index.get(a)] = change.into();
            }
            event[i] = placement.eventId();
        }
        Map<String, Integer> ids = new HashMap<>();
        int[] label = new int[event.length];
        for (int i = 0; i < event.length; i++) label[i] = ids.computeIfAbsent(event[i], k -> ids.size());
        return score(label, s.gold());
    }

    private static int[] singletons(int n) {
        int[] l = new int[n];
        for (int i = 0; i < n; i++) l[i] = i;
        return l;
    }

    static int[] averageLink(List<Map<String, Float>> v, double threshold) {
        int n = v.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) sim[i][j] = sim[j][i] = dot(v.get(i), v.get(j));
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) clusters.add(new ArrayList<>(List.of(i)));
        while (true) {
            int ba = -1, bb = -1;
            double bs = threshold;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double s = 0;
                    for (int x : clusters.get(a)) for (int y : clusters.get(b)) s += sim[x][y];
                    s /= (double) clusters.get(a).size() * clusters.get(b).size();
                    if (s > bs) {
                        bs = s;
                        ba = a;
                        bb = b;
                    }
                }
            }
            if (ba < 0) break;
            clusters.get(ba).addAll(clusters.remove(bb));
        }
        int[] label = new int[n];
        for (int c = 0; c < clusters.size(); c++) for (int i : clusters.get(c)) label[i] = c;
        return label;
    }

    private static double dot(Map<String, Float> a, Map<String, Float> b) {
        double s = 0;
        for (Map.Entry<String, Float> e : a.entrySet()) {
            Float w = b.get(e.getKey());
            if (w != null) s += (double) e.getValue() * w;
        }
        return s;
    }

    static Scores score(int[] label, List<String> gold) {
        int n = label.length;
        double p = 0, r = 0;
        long tp = 0, predPairs = 0, goldPairs = 0;
        for (int i = 0; i < n; i++) {
            int samePred = 0, sameGold = 0, both = 0;
            for (int j = 0; j < n; j++) {
                boolean sp = label[i] == label[j];
                boolean sg = gold.get(i).equals(gold.get(j));
                if (sp) samePred++;
                if (sg) sameGold++;
                if (sp && sg) both++;
                if (j > i) {
                    if (sp) predPairs++;
                    if (sg) goldPairs++;
                    if (sp && sg) tp++;
                }
            }
            p += (double) both / samePred;
            r += (double) both / sameGold;
        }
        p /= n;
        r /= n;
        double pp = predPairs == 0 ? 1 : (double) tp / predPairs;
        double pr = goldPairs == 0 ? 1 : (double) tp / goldPairs;
        return new Scores(p, r, f(p, r), pp, pr, f(pp, pr));
    }

    private static double f(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
