package org.sitrep.store;

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
import org.sitrep.events.EventParams;
import org.sitrep.events.EventVectors;

/**
 * The time to place one article as the number of events held grows: the 56k real RSS items (headline and teaser,
 * capitalised words for names) are replayed, each later round with its dates moved on by 400 days so it cannot join
 * the events of the round before and must start its own, until the clusterer holds 1k, 10k and 100k events; at each
 * of those points the next 2,000 articles are timed. The window is set above 100k so nothing is evicted. Writes
 * target/event-scaling.md.
 */
class EventScalingIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Item(String title, String text, LocalDate day, String outlet) {
    }

    @Test
    void placementTimeStaysNearlyFlatAsEventsGrow() throws IOException {
        Path rss = Understanding.shared().resolve("data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz");
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
        EventParams params = EventParams.defaults().withWindow(250_000);
        EventClusterer c = new EventClusterer(params);
        EventIndex.Frequencies df = new EventIndex.Frequencies(new HashMap<>(), 0);
        int[] checkpoints = {1_000, 10_000, 100_000};
        Map<Integer, double[]> timings = new HashMap<>();
        int next = 0;
        long placed = 0;
        long totalNanos = 0;
        outer:
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                EventFeatures f = features(round + ":" + i, it, round, df);
                boolean timing = next < checkpoints.length && c.activeEvents() >= checkpoints[next];
                long t0 = System.nanoTime();
                c.place(f);
                long dt = System.nanoTime() - t0;
                totalNanos += dt;
                placed++;
                if (timing) {
                    double[] acc = timings.computeIfAbsent(checkpoints[next], k -> new double[3]);
                    acc[0] += dt;
                    acc[1]++;
                    acc[2] = Math.max(acc[2], c.activeEvents());
                    if (acc[1] == 2_000) {
                        next++;
                        if (next == checkpoints.length) break outer;
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder("| events held | mean time to place one article | articles timed |\n|---|---|---|\n");
        for (int cp : checkpoints) {
            double[] acc = timings.get(cp);
            assertThat(acc).as("reached %d events", cp).isNotNull();
            table.append(String.format(Locale.ROOT, "| %,d | %.1f µs | %,d |%n", cp, acc[0] / acc[1] / 1e3, (long) acc[1]));
        }
        table.append(String.format(Locale.ROOT, "%nAll %,d placements: mean %.1f µs (clusterer only; vectors made beforehand).%n",
                placed, totalNanos / (double) placed / 1e3));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/event-scaling.md"), table.toString());
        System.out.println(table);
        double at1k = timings.get(1_000)[0] / timings.get(1_000)[1];
        double at100k = timings.get(100_000)[0] / timings.get(100_000)[1];
        assertThat(at100k).as("placing at 100k events costs at most 4× placing at 1k").isLessThan(4 * at1k);
    }

    private static EventFeatures features(String id, Item it, int round, EventIndex.Frequencies df) {
        List<String> names = new ArrayList<>(EventIndex.capitalised(it.title()));
        names.addAll(EventIndex.capitalised(it.text()));
        names.addAll(EventIndex.numbers(it.text()));
        Map<String, Float> terms = EventVectors.terms(it.title(), it.text(), df);
        Map<String, Float> nv = EventVectors.names(names, df);
        List<String> counted = new ArrayList<>(terms.keySet());
        counted.addAll(nv.keySet());
        df.count(counted);
        LocalDate day = it.day() == null ? null : it.day().plusDays(400L * round);
        return new EventFeatures(id, it.outlet(), it.title(), terms, nv, day, null, null, Map.of(), null);
    }
}
