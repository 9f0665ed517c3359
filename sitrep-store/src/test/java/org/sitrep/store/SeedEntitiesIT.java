package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;

class SeedEntitiesIT {
    @TempDir
    Path data;

    @Test
    void dump() throws Exception {
        try (Sitrep s = Understanding.open(data); Gazetteer g = Understanding.withPostal(); PlaceLookup places = PlaceLookup.with(g)) {
            Understanding.ingest(s, Understanding.shared().resolve("seeds"));
            AnnotationPass.Report r = s.annotate(places, new AnnotationPass.Listener() {
            });
            System.out.println(r);
            for (EntityIndex.Entity e : s.store().entities().entities(new EntityIndex.EntityQuery(null, null, 500, 0)).items()) {
                System.out.println(e.type() + " " + e.id() + " " + e.name() + " geo=" + e.geonameId() + " " + e.spellings());
            }
            for (var a : s.store().articles(SitrepStore.ArticleQuery.first(10))) {
                var an = s.store().entities().annotations(a.id());
                System.out.println("== " + a.id() + " " + a.title());
                for (var m : an.mentions()) System.out.println("  M " + m.text() + " " + m.nerType() + " " + m.kind() + " e=" + m.entityId() + " " + m.placeStatus() + " " + m.placeDetail());
                for (var t : an.times()) System.out.println("  T " + t);
                for (var q : an.quantities()) System.out.println("  Q " + q.text() + " " + q.counted());
                for (var q : an.quotes()) System.out.println("  S " + q.quote().speaker() + " e=" + q.speakerEntityId());
            }
        }
        assertThat(data).exists();
    }
}
