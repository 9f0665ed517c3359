package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.events.EventClusterer;
import org.sitrep.events.EventFeatures;
import org.sitrep.events.EventInputs;
import org.sitrep.events.EventParams;
import org.sitrep.events.EventVectors;
import org.sitrep.store.EventIndex;
import org.sitrep.testkit.SharedData;

/**
 * The time to place one article as the number of events held grows: real RSS items (headline and teaser,
 * capitalised words for names, document frequencies of all 56k) fill the clusterer, each dated 30 days after the one
 * before so it starts an event of its own, until it holds 1k, 10k and 100k events; at each of those points 2,000 real
 * items in their real order (dates kept relative, moved past everything) are timed. The window is set above 100k so
 * nothing is evicted. Writes target/event-scaling.md. Times depend on the machine and its neighbours; the work
 * (postings read per article) does not, so it is held to BENCHMARKS.md's figures with a margin, the time only to a
 * ratio. Run: {@code ./run-tests --bench EventScalingIT}.
 */
class EventScalingIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Item(String title, String text, LocalDate day, String outlet) {
    }

    @Test
    void placementTimeStaysNearlyFlatAsEventsGrow() throws IOException {
        Path rss = SharedData.require("data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz");
        List<Item> items = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(rss)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = JSON.readTree(line);
                String day = n.path("published_utc").asText("");
                items.add(new Item(n.path("title").asText(""), n.path("description").asText(""),
                        day.length() >= 10 ? LocalDate.parse(day.substring(0, 10)) : null, n.path("outlet").asText("")));
            }
        }
        items.sort(java.util.Comparator.comparing(Item::day, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        EventParams params = EventParams.defaults().toBuilder().window(250_000).build();
        EventClusterer c = new EventClusterer(params);
        EventIndex.Frequencies df = new EventIndex.Frequencies(new HashMap<>(), 0);
        for (Item it : items) df.count(keys(it));
        int[] checkpoints = {1_000, 10_000, 100_000};
        Map<Integer, double[]> timings = new HashMap<>();
        // Fill: real items, each dated 30 days after the one before, so each starts an event of its own (the
        // postings fill with real words and names); then time 2,000 real items in their real order, dated after all
        // of that, which join and start events as a live stream does.
        int filled = 0;
        long totalNanos = 0;
        double[] smallBeside = new double[2];
        LocalDate far = LocalDate.of(2100, 1, 1);
        int cursor = 0;
        for (int cp : checkpoints) {
            while (c.activeEvents() < cp) {
                Item it = items.get(cursor++ % items.size());
                // Each pass over the items under outlet names of its own: an item seen again from "the same outlet"
                // on another day would be taken for a serial page and stand alone.
                String outlet = "fill" + ((cursor - 1) / items.size()) + "|" + it.outlet();
                c.place(features("f" + filled, new Item(it.title(), it.text(), far.plusDays(30L * filled), outlet), df));
                filled++;
            }
            LocalDate base = far.plusDays(30L * filled + 365);
            LocalDate first = items.get(0).day();
            double[] acc = new double[3];
            int[] serial = {0};
            long visits0 = c.postingVisits();
            // At the last point a small clusterer (1k events, filled the same way) places the same items in turn with
            // the large one, so that both are timed under the same load from the machine's other tenants: the ratio
            // between them is what is asserted (a 1k figure taken minutes earlier compared with a 100k one taken
            // later measured the neighbours as much as the clusterer: 10x on one CI run, 2.3-4.9x elsewhere).
            EventClusterer small = cp == checkpoints[checkpoints.length - 1] ? filledTo(1_000, params, items, df) : null;
            for (int i = 0; i < 2_000; i++) {
                Item it = items.get((cursor + i) % items.size());
                LocalDate day = it.day() == null ? base : base.plusDays(java.time.temporal.ChronoUnit.DAYS.between(first, it.day()) % 3650);
                Item timed = new Item(it.title(), it.text(), day, "timed" + cp + "|" + it.outlet());
                EventFeatures f = features("t" + cp + ":" + i, timed, df);
                long t0 = System.nanoTime();
                if (c.place(f).reason() == org.sitrep.events.Placement.Reason.SERIAL) serial[0]++;
                long dt = System.nanoTime() - t0;
                acc[0] += dt;
                acc[1]++;
                totalNanos += dt;
                if (small != null) {
                    EventFeatures g = features("s" + i, timed, df);
                    long s0 = System.nanoTime();
                    small.place(g);
                    smallBeside[0] += System.nanoTime() - s0;
                    smallBeside[1]++;
                }
            }
            acc[2] = (c.postingVisits() - visits0) / acc[1];
            // The timed items are placed as a stream's are (real serial pages among them stand alone, as they would).
            assertThat(serial[0]).as("serial pages among the 2,000 timed at %d", cp).isLessThan(200);
            filled += 2_000; // keep later fill dates clear of the timed ones
            timings.put(cp, acc);
        }
        long placed = filled;
        StringBuilder table = new StringBuilder("| events held | mean time to place one article | postings read per article | articles timed |\n|---|---|---|---|\n");
        for (int cp : checkpoints) {
            double[] acc = timings.get(cp);
            assertThat(acc).as("reached %d events", cp).isNotNull();
            table.append(String.format(Locale.ROOT, "| %,d | %.1f µs | %,.0f | %,d |%n", cp, acc[0] / acc[1] / 1e3, acc[2], (long) acc[1]));
        }
        table.append(String.format(Locale.ROOT, "%n%,d articles placed to fill; timed: clusterer only (vectors made beforehand).%n", placed));
        Files.createDirectories(Path.of("target"));
        double at1k = smallBeside[0] / smallBeside[1];
        double at100k = timings.get(100_000)[0] / timings.get(100_000)[1];
        table.append(String.format(Locale.ROOT, "Beside the 100k row, in turn with it: a clusterer of 1,000 events placing the same items, %.1f µs (%.1fx).%n",
                at1k / 1e3, at100k / at1k));
        Files.writeString(Path.of("target/event-scaling.md"), table.toString());
        System.out.println(table);
        // The work is bounded by construction (20 query keys per channel x the most recent events per key); what is
        // left of the growth is memory (at 1k events everything is in cache, at 100k it is not), which depends on
        // what else the machine runs: 2.3-2.9x on a quiet machine, 4.9x while another JVM ingested. A cost that grew with
        // the number of events (as two did before: story norms, stories counted once per re-posting) shows as 17x+.
        assertThat(timings.get(100_000)[2]).as("postings read per article stay within the bound")
                .isLessThanOrEqualTo(2.0 * 20 * params.postings());
        assertThat(at100k).as("placing at 100k events costs at most 8x placing at 1k, timed in turn (100x more events; BENCHMARKS.md)").isLessThan(8 * at1k);
        // BENCHMARKS.md ("Time to place one article as events grow", with event splits): postings read per article
        // 587 / 852 / 1,722 at 1k / 10k / 100k events; a tenth more fails.
        Map<Integer, Double> postings = Map.of(1_000, 587.0, 10_000, 852.0, 100_000, 1_722.0);
        for (int cp : checkpoints) {
            assertThat(timings.get(cp)[2]).as("postings read per article at %,d events (BENCHMARKS.md: %,.0f)", cp, postings.get(cp))
                    .isLessThanOrEqualTo(postings.get(cp) * 1.10);
        }

    }

    /** A clusterer holding {@code events} events, filled as the large one is (each real item dated 30 days on). */
    private static EventClusterer filledTo(int events, EventParams params, List<Item> items, EventIndex.Frequencies df) {
        EventClusterer c = new EventClusterer(params);
        LocalDate far = LocalDate.of(2100, 1, 1);
        for (int n = 0; c.activeEvents() < events; n++) {
            Item it = items.get(n % items.size());
            c.place(features("sf" + n, new Item(it.title(), it.text(), far.plusDays(30L * n), "fill|" + it.outlet()), df));
        }
        return c;
    }

    private static List<String> keys(Item it) {
        List<String> k = new ArrayList<>(EventVectors.terms(it.title(), it.text(), new EventIndex.Frequencies(new HashMap<>(), 0)).keySet());
        k.addAll(new java.util.HashSet<>(names(it)));
        return k;
    }

    private static List<String> names(Item it) {
        List<String> names = new ArrayList<>(EventInputs.capitalised(it.title(), EventInputsFromStore::nameKey));
        names.addAll(EventInputs.capitalised(it.text(), EventInputsFromStore::nameKey));
        names.addAll(EventInputs.numbers(it.text()));
        return names;
    }

    private static EventFeatures features(String id, Item it, EventIndex.Frequencies df) {
        List<String> names = names(it);
        EventVectors.Weighted tw = EventVectors.weightedTerms(it.title(), it.text(), df);
        EventVectors.Weighted nw = EventVectors.weightedNames(names, df);
        Map<String, Float> terms = tw.vector();
        Map<String, Float> nv = nw.vector();
        LocalDate day = it.day();
        return new EventFeatures(id, it.outlet(), it.title(), terms, nv, day, null, null, Map.of(), null, tw.information(), nw.information());
    }
}
