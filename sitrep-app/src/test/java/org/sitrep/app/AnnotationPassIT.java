package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.store.EntityReads;
import org.sitrep.testkit.SharedData;
import org.sitrep.understand.PlaceLookup;

/**
 * The annotation pass over real stores: the seeds with the default gazetteer plus the GeoNames postal file for
 * Ukraine (villages), people who must stay apart, and a pass stopped midway and resumed.
 */
class AnnotationPassIT {
    private static Gazetteer gazetteer;

    @TempDir
    Path data;

    @BeforeAll
    static void open() throws Exception {
        gazetteer = Understanding.withPostal();
    }

    @AfterAll
    static void close() {
        if (gazetteer != null) gazetteer.close();
    }

    private static AnnotationPass.Report annotate(Sitrep s) {
        return s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
        });
    }

    private static EntityReads.Entity only(Sitrep s, String type, String name) {
        List<EntityReads.Entity> found = Understanding.entities(s, type, name);
        assertThat(found).as("%s entities named %s", type, name).hasSize(1);
        return found.get(0);
    }

    private static List<String> spellings(EntityReads.Entity e) {
        return e.spellings().stream().map(EntityReads.Spelling::text).toList();
    }

    @Test
    void mergesTheSeedSpellingsIntoOneEntityEach() {
        try (Sitrep s = Understanding.open(data)) {
            Understanding.ingest(s, SharedData.require("seeds"));
            AnnotationPass.Report r = annotate(s);
            assertThat(r.annotated()).isEqualTo(5);
            assertThat(r.placesNote()).isEmpty();

            EntityReads.Entity kupiansk = only(s, "place", "Kupyansk");
            assertThat(kupiansk.geonameId()).isEqualTo(703656L);
            assertThat(spellings(kupiansk)).contains("Kupyansk", "Kupiansk");
            assertThat(kupiansk.articles()).isEqualTo(5);
            assertThat(only(s, "place", "Куп'янськ").id()).as("found from Cyrillic by key").isEqualTo(kupiansk.id());

            assertThat(spellings(only(s, "place", "Klitschiivka"))).contains("Klishchiivka", "Klitschiivka");
            assertThat(spellings(only(s, "place", "Chromovoy"))).contains("Khromovoy", "Chromovoy");
            EntityReads.Entity izium = only(s, "place", "Izioum");
            assertThat(izium.geonameId()).isEqualTo(707292L);
            assertThat(spellings(izium)).contains("Izium", "Izioum");

            EntityReads.Entity fityo = only(s, "person", "Fitio");
            assertThat(spellings(fityo)).contains("Volodymyr Fityo", "Fityo", "Volodymyr Fitio", "Fitio");
            assertThat(fityo.articles()).as("000, its rewrite 001 and 003").isEqualTo(3);
            assertThat(Understanding.entities(s, "person", "Kupiansk")).as("Kupiansk is no person").isEmpty();
        }
    }

    @Test
    void keepsNamesakesApartAndMergesSpellingsOfOnePerson() {
        try (Sitrep s = Understanding.open(data)) {
            Understanding.submit(s, """
                    [{"title":"Shelling of Kupiansk","published":"2024-01-08","text":"Ukrainian army spokesman Andriy Kovalenko said on Monday that Russian forces shelled Kupiansk in the Kharkiv region."},
                     {"title":"Drones over Kupiansk","published":"2024-01-09","text":"Oleksiy Kovalenko, a regional official, said drones struck Kupiansk in the Kharkiv region overnight."},
                     {"title":"Kupiansk holds","published":"2024-01-10","text":"Kovalenko said the situation in Kupiansk in the Kharkiv region remained difficult."},
                     {"title":"Commander visits","published":"2024-01-11","text":"Oleksandr Syrskyi, the commander of Ukraine's ground forces, visited troops near Kupiansk in the Kharkiv region."},
                     {"title":"Tavria group","published":"2024-01-12","text":"Oleksandr Tarnavskyi, who commands the Tavria group, said his troops held positions near Avdiivka in the Donetsk region."},
                     {"title":"Counteroffensive","published":"2022-09-11","text":"That flag was raised in the presence of the commander of Ukraine's Ground Forces, Oleksandre Syrski, near Balakliia in the Kharkiv region."},
                     {"title":"Khromove","published":"2023-11-26","text":"Ukrainian soldiers repelled attacks near Khromove and Klishchiivka in the Donetsk region."}]""");
            annotate(s);
            List<EntityReads.Entity> kovalenkos = Understanding.entities(s, "person", "Kovalenko");
            assertThat(kovalenkos).as("Andriy and Oleksiy are two people; a bare Kovalenko fits both, so joins neither")
                    .hasSize(3).allSatisfy(e -> assertThat(e.articles()).isEqualTo(1));
            assertThat(Understanding.entities(s, "person", "Oleksandr")).as("two Oleksandrs, apart").hasSize(2);
            EntityReads.Entity syrskyi = only(s, "person", "Syrskyi");
            assertThat(spellings(syrskyi)).containsExactlyInAnyOrder("Oleksandr Syrskyi", "Oleksandre Syrski");
            assertThat(only(s, "person", "Tarnavskyi").id()).isNotEqualTo(syrskyi.id());
            assertThat(spellings(only(s, "place", "Khromovoy"))).containsExactly("Khromove");
        }
    }

    @Test
    void resumesFromTheMarkAfterAPassStoppedMidway() throws Exception {
        try (Sitrep s = Understanding.open(data)) {
            Understanding.ingest(s, SharedData.require("seeds"));
            StringBuilder more = new StringBuilder("[");
            for (int i = 0; i < 12; i++) {
                more.append(i == 0 ? "" : ",").append("{\"title\":\"Report ").append(i).append("\",\"published\":\"2024-02-")
                        .append(String.format("%02d", i + 1)).append("\",\"text\":\"Report ").append(i)
                        .append(": Russian forces shelled Kupiansk and Izium in the Kharkiv region on Saturday, governor Oleh Syniehubov said.\"}");
            }
            Understanding.submit(s, more.append(']').toString());
            assertThat(s.store().countArticles()).isEqualTo(17);
            // Stop the pass after its first batch, as a kill would: the batch and the mark are committed together.
            assertThatThrownBy(() -> s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
                @Override
                public void progress(long done, long tokens) {
                    throw new IllegalStateException("stopped after " + done);
                }
            })).hasMessageStartingWith("stopped after");
            long mark = s.store().entities().annotatedSeq();
            assertThat(mark).isBetween(1L, 16L);
            assertThat(s.store().entities().pending()).isEqualTo(17 - mark);
        }
        try (Sitrep s = Understanding.open(data)) {
            AnnotationPass.Report rest = annotate(s);
            assertThat(rest.annotated() + rest.skipped()).isEqualTo(s.store().countArticles() - countAnnotatedBefore(rest));
            assertThat(s.store().entities().pending()).isZero();
            assertThat(annotate(s).annotated()).as("nothing twice").isZero();
            EntityReads.Entity syniehubov = only(s, "person", "Syniehubov");
            assertThat(syniehubov.articles()).isEqualTo(12);
            assertThat(syniehubov.mentions()).isEqualTo(12);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("sitrep.db")); Statement st = c.createStatement()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String sql : List.of("SELECT count(*) FROM annotated", "SELECT count(DISTINCT article_id) FROM annotated",
                    "SELECT count(*) - count(DISTINCT article_id || ':' || start || ':' || end) FROM mentions",
                    "SELECT count(*) FROM entities WHERE mention_count <> (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id)")) {
                try (ResultSet r = st.executeQuery(sql)) {
                    r.next();
                    counts.put(sql, r.getLong(1));
                }
            }
            assertThat(counts.values()).containsExactly(17L, 17L, 0L, 0L);
        }
    }

    /** Articles the first, stopped pass committed: all minus those the second one did. */
    private static long countAnnotatedBefore(AnnotationPass.Report second) {
        return 17 - second.annotated() - second.skipped();
    }
}
