package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.OutletHomes;
import org.sitrep.store.EntityReads;
import org.sitrep.store.SitrepStore;
import org.sitrep.understand.PlaceLookup;

/**
 * The outlet's home as a prior, through the annotation pass (issue 16): a made-up local paper in Ohio, on a .com domain
 * (so no country from the domain), whose articles name Ohio towns. Its first article's "Dublin" is Ireland's capital, as
 * for anyone; once its earlier articles are annotated, a later article's "Dublin" is Dublin, Ohio, by the outlet's home.
 */
class OutletHomeIT {
    private static final long DUBLIN_OH = 5152333;
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

    private static AnnotationPass.Report annotate(Sitrep s) {
        return s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
        });
    }

    private static String item(int n, String day, String title, String text) {
        return "{\"url\":\"https://www.maplecreekledger.com/news/" + n + "\",\"outlet\":\"Maple Creek Ledger\",\"published\":\"2025-03-"
                + day + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}";
    }

    private static String idOf(Sitrep s, String title) {
        return s.articles(SitrepStore.ArticleQuery.first(100)).stream().filter(a -> title.equals(a.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + title)).id();
    }

    /** The stored mention of "Dublin" in the article of this title. */
    private static EntityReads.StoredMention dublinIn(Sitrep s, String title) {
        List<EntityReads.StoredMention> all = s.annotations(idOf(s, title)).mentions();
        return all.stream().filter(m -> m.text().equals("Dublin")).findFirst()
                .orElseThrow(() -> new AssertionError("no Dublin in " + title + ": " + all));
    }

    @Test
    void aLocalPapersLaterDublinIsDublinOhio() {
        try (Sitrep s = Understanding.open(data)) {
            Understanding.submit(s, "[" + String.join(",",
                    item(1, "02", "Library vote", "The school board in Dublin voted on Tuesday to build a new library."),
                    item(2, "03", "Bridge repairs", "Road crews in Akron, Ohio, began repairing two bridges on Monday."),
                    item(3, "04", "Port traffic", "Shipping at the port of Toledo, Ohio, rose in February, the port authority said."),
                    item(4, "05", "Air show", "The air show in Dayton, Ohio, will return in July, organisers said."),
                    item(5, "06", "Transit plan", "Cleveland and Columbus will share a new bus line, Ohio officials announced."),
                    item(6, "07", "Flood warning", "Rain raised the river in Cincinnati, Ohio, and a flood warning was issued."))
                    + "]");
            AnnotationPass.Report first = annotate(s);
            assertThat(first.annotated()).isEqualTo(6);
            // All six were in the first batch: nothing of the outlet was stored before it, so no prior.
            EntityReads.StoredMention before = dublinIn(s, "Library vote");
            // Ireland's Dublin (the city, or County Dublin around it: one place in effect).
            assertThat(before.latitude()).as(before.toString()).isCloseTo(53.35, org.assertj.core.data.Offset.offset(0.1));
            assertThat(before.placeEvidence()).doesNotContain("OUTLET_HOME");

            Understanding.submit(s, "[" + item(7, "20", "Warehouse fire",
                    "Firefighters in Dublin put out a fire at a warehouse on Friday night, the fire chief said.") + "]");
            AnnotationPass.Report later = annotate(s);
            assertThat(later.annotated()).isEqualTo(1);
            assertThat(later.homeLookups()).isEqualTo(1);
            EntityReads.StoredMention after = dublinIn(s, "Warehouse fire");
            assertThat(after.geonameId()).as(after.toString()).isEqualTo(DUBLIN_OH);
            assertThat(after.placeStatus()).isEqualTo("resolved");
            assertThat(after.placeEvidence()).contains("OUTLET_HOME");
            assertThat(after.placeDetail()).contains("in the outlet's home region");
            // What the pass read: five of the six articles name a place in Ohio.
            String key = s.store().outlets().keyOfArticle(idOf(s, "Warehouse fire")).orElseThrow();
            OutletHomes.Decision home = AnnotationPass.learnHome(s.store(), key, 0.9, OutletHomes.Params.defaults());
            assertThat(home.kind()).isEqualTo(OutletHomes.Kind.REGION);
            assertThat(home.home().admin1()).isEqualTo("Ohio");
        }
    }
}
