package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.store.EntityReads;
import org.sitrep.store.SitrepStore;
import org.sitrep.understand.PlaceLookup;

/**
 * The event's other places (issue 16), through the passes a user's ingest runs: a short report names only
 * "Shevchenkove", one of six Ukrainian towns so called in the default gazetteer, and leaves it doubtful; a fuller report of the same
 * shelling, from another outlet later that day, places it near Kupiansk. Once both are in one event, the short report's
 * Shevchenkove is the town near Kupiansk, linked to the same entity, with the event as its evidence. Texts of our own.
 */
class EventPlacesIT {
    private static Gazetteer gazetteer;

    @TempDir
    Path data;

    @BeforeAll
    static void open() throws Exception {
        gazetteer = Understanding.defaultGazetteer();
    }

    @AfterAll
    static void close() {
        if (gazetteer != null) gazetteer.close();
    }

    private static final String SHORT = "{\"url\":\"https://www.frontlinebrief.com/a/1\",\"outlet\":\"Frontline Brief\",\"published\":\"2025-02-11T09:00:00Z\","
            + "\"title\":\"Two killed as shelling hits Shevchenkove\",\"text\":\"Two civilians were killed when Russian artillery shelled "
            + "Shevchenkove early on Tuesday, Ukrainian officials said. A school and three houses were damaged in Shevchenkove, they added.\"}";
    private static final String FULL = "{\"url\":\"https://www.easternwire.com/news/2\",\"outlet\":\"Eastern Wire\",\"published\":\"2025-02-11T15:00:00Z\","
            + "\"title\":\"Shelling of Shevchenkove kills two civilians\",\"text\":\"Russian artillery shelled the town of Shevchenkove near "
            + "Kupiansk in Kharkiv Oblast early on Tuesday, killing two civilians, the regional governor said. A school and three "
            + "houses in Shevchenkove were damaged.\"}";

    private void passes(Sitrep s, EventPlacesPass.Report[] report) {
        s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
        });
        s.placeEvents(true, new EventPass.Listener() {
        });
        report[0] = s.settleEventPlaces(() -> PlaceLookup.with(gazetteer), new EventPlacesPass.Listener() {
        });
    }

    private static String idOf(Sitrep s, String title) {
        return s.articles(SitrepStore.ArticleQuery.first(100)).stream().filter(a -> title.equals(a.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + title)).id();
    }

    private static List<EntityReads.StoredMention> shevchenkoves(Sitrep s, String title) {
        return s.annotations(idOf(s, title)).mentions().stream().filter(m -> m.text().equals("Shevchenkove")).toList();
    }

    @Test
    void aLaterFullerReportSettlesTheVillageAnEarlierShortOneLeftDoubtful() {
        try (Sitrep s = Understanding.open(data)) {
            EventPlacesPass.Report[] report = new EventPlacesPass.Report[1];
            Understanding.submit(s, "[" + SHORT + "]");
            passes(s, report);
            List<EntityReads.StoredMention> before = shevchenkoves(s, "Two killed as shelling hits Shevchenkove");
            assertThat(before).isNotEmpty().allSatisfy(m -> {
                assertThat(m.placeStatus()).as(m.toString()).isIn("ambiguous", "guessed");
                assertThat(m.entityId()).isNull();
            });
            assertThat(report[0].settled()).isZero();

            Understanding.submit(s, "[" + FULL + "]");
            passes(s, report);
            assertThat(s.eventOf(idOf(s, "Two killed as shelling hits Shevchenkove")).map(java.util.Map.Entry::getKey))
                    .as("one event").isEqualTo(s.eventOf(idOf(s, "Shelling of Shevchenkove kills two civilians")).map(java.util.Map.Entry::getKey));
            List<EntityReads.StoredMention> full = shevchenkoves(s, "Shelling of Shevchenkove kills two civilians");
            assertThat(full).isNotEmpty().allSatisfy(m -> assertThat(m.placeStatus()).isEqualTo("resolved"));
            long village = full.get(0).geonameId();
            // Near Kupiansk (49.7 N, 37.6 E), not one of the other Shevchenkoves (Odesa, Mykolaiv oblasts).
            assertThat(full.get(0).latitude()).isBetween(49.2, 50.2);
            assertThat(full.get(0).longitude()).isBetween(37.0, 38.3);

            List<EntityReads.StoredMention> after = shevchenkoves(s, "Two killed as shelling hits Shevchenkove");
            assertThat(after).hasSameSizeAs(before).allSatisfy(m -> {
                assertThat(m.placeStatus()).isEqualTo("resolved");
                assertThat(m.geonameId()).isEqualTo(village);
                assertThat(m.entityId()).isEqualTo(full.get(0).entityId());
                assertThat(m.placeEvidence()).contains("EVENT_PLACES");
                assertThat(m.placeDetail()).contains("named in other reports of this event");
            });
            assertThat(report[0].settled()).isEqualTo(before.size());
            // The village's entity counts the short report's article and mentions.
            EntityReads.Entity entity = Understanding.entities(s, "PLACE", "Shevchenkove").stream()
                    .filter(e -> full.get(0).entityId().equals(e.id())).findFirst().orElseThrow();
            assertThat(entity.articles()).isEqualTo(2);

            // Nothing is settled twice: the next catch-up has nothing new.
            passes(s, report);
            assertThat(report[0].articles()).isZero();
            assertThat(report[0].settled()).isZero();
        }
    }
}
