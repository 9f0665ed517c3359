package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.store.EventReads;
import org.sitrep.store.SitrepStore;
import org.sitrep.testkit.SharedData;
import org.sitrep.understand.PlaceLookup;

/**
 * The seeds' events and story, whatever the order they arrive in: one file per ingest run (annotated and placed after
 * each, as `sitrep ingest FILE` does), in every rotation and reversal of the five and in random orders.
 */
class EventSeedsIT {
    private static Gazetteer gazetteer;

    @TempDir
    Path data;

    @BeforeAll
    static void open() throws IOException {
        gazetteer = Understanding.defaultGazetteer();
    }

    @AfterAll
    static void close() {
        if (gazetteer != null) gazetteer.close();
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SharedData.require("seeds"))) {
            return s.sorted().toList();
        }
    }

    /** The events as sets of seed numbers ("000"…), sorted. */
    private Set<String> eventsAfter(List<Path> order, Path dir) {
        try (Sitrep s = Understanding.open(dir)) {
            for (Path p : order) {
                Understanding.ingest(s, p);
                s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
                });
                s.placeEvents(true, new EventPass.Listener() {
                });
            }
            Map<String, String> seedOf = new HashMap<>();
            for (var a : s.store().articles(new SitrepStore.ArticleQuery(100, 0, null, null))) {
                seedOf.put(a.id(), a.origin().input().replaceAll(".*/(\\d{3})_.*", "$1"));
            }
            Map<String, Set<String>> byEvent = new HashMap<>();
            for (var e : s.store().eventReads().assignments()) {
                byEvent.computeIfAbsent(e.getValue(), k -> new TreeSet<>()).add(seedOf.get(e.getKey()));
            }
            Set<String> stories = new TreeSet<>();
            for (String ev : byEvent.keySet()) stories.add(s.store().eventReads().event(ev).orElseThrow().event().storyId());
            assertThat(stories).as("one story holds the three events, order %s", names(order)).hasSize(1);
            var story = s.store().eventReads().story(stories.iterator().next()).orElseThrow();
            assertThat(story.events()).hasSize(byEvent.size());
            return byEvent.values().stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<String> names(List<Path> order) {
        return order.stream().map(p -> p.getFileName().toString().substring(0, 3)).toList();
    }

    @Test
    void findsThreeEventsInOneStoryWhateverTheOrder() throws IOException {
        List<Path> seeds = seeds();
        List<List<Path>> orders = new ArrayList<>();
        for (int r = 0; r < seeds.size(); r++) {
            List<Path> o = new ArrayList<>(seeds);
            Collections.rotate(o, r);
            orders.add(o);
            List<Path> rev = new ArrayList<>(o);
            Collections.reverse(rev);
            orders.add(rev);
        }
        Random random = new Random(5);
        for (int i = 0; i < 4; i++) {
            List<Path> o = new ArrayList<>(seeds);
            Collections.shuffle(o, random);
            orders.add(o);
        }
        Set<String> expected = Set.of("[000, 001, 003]", "[002]", "[004]");
        int run = 0;
        for (List<Path> order : orders) {
            Set<String> events = eventsAfter(order, data.resolve("run" + run++));
            assertThat(events).as("events when the seeds arrive as %s", names(order)).isEqualTo(expected);
        }
    }

    @Test
    void placesTheSeedsInOneIngestRunAndKeepsIdsOnReingest() throws IOException {
        List<String> first;
        try (Sitrep s = Understanding.open(data.resolve("a"))) {
            Understanding.ingest(s, SharedData.require("seeds"));
            s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
            });
            EventPass.Report r = s.placeEvents(true, new EventPass.Listener() {
            });
            assertThat(r.placed()).isEqualTo(5);
            assertThat(s.store().eventReads().assignments().stream().map(Map.Entry::getValue).distinct().count()).isEqualTo(3);
            first = s.store().eventReads().assignments().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
            var stories = s.store().eventReads().stories(1, 10, 0);
            assertThat(stories.total()).isEqualTo(1);
            var story = stories.items().get(0);
            assertThat(story.events()).isEqualTo(3);
            assertThat(story.articles()).isEqualTo(5);
            assertThat(story.independentSources()).as("001 copies 000").isEqualTo(4);
            var detail = s.store().eventReads().story(story.id()).orElseThrow();
            assertThat(detail.places()).extracting(EventReads.Named::name).contains("Kupiansk");
        }
        try (Sitrep s = Understanding.open(data.resolve("b"))) {
            Understanding.ingest(s, SharedData.require("seeds"));
            s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
            });
            s.placeEvents(true, new EventPass.Listener() {
            });
            assertThat(s.store().eventReads().assignments().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
                    .as("the same input in the same order gives the same ids").isEqualTo(first);
        }
    }
}
