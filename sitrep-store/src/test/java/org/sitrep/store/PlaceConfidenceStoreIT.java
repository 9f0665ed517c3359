package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.nlp.Annotations;
import org.sitrep.nlp.Sentence;

/** A place mention's confidence and evidence (issue 16, schema 13): stored, read back, and absent before the migration. */
class PlaceConfidenceStoreIT extends OnDatabase {
    @TempDir
    Path data;

    private static final String ID = "00aa11bb22cc33dd";
    private static final String TEXT = "Four attacks were repelled near Ivanivka and in Kupiansk.";

    private static AnnotatedArticle annotated() {
        Annotations ann = new Annotations(List.of(new Sentence(0, 0, TEXT.length(), 10)), List.of(), List.of(), List.of(), List.of(),
                Instant.parse("2023-11-26T00:00:00Z"), false);
        int iv = TEXT.indexOf("Ivanivka");
        int ku = TEXT.indexOf("Kupiansk");
        return new AnnotatedArticle(ID, 1, "annotated", null, ann, null, List.of(
                new AnnotatedArticle.LinkedMention(iv, iv + 8, "Ivanivka", "LOCATION", "PLACE", 0, null, "resolved",
                        "population 1200; a guess: also Ivanivka (UA, Kherson…)", null, null, 0.51, "POPULATION"),
                new AnnotatedArticle.LinkedMention(ku, ku + 8, "Kupiansk", "LOCATION", "PLACE", 0, null, "resolved",
                        "population 27169", null, null)), List.of());
    }

    @Test
    void aPlacesConfidenceAndEvidenceAreStoredWithItsMention() {
        try (SitrepStore s = open(data)) {
            StoreIT.put(s, StoreIT.article(ID, "Attacks near Kupiansk repelled", TEXT));
            s.entities().store(List.of(annotated()), (a, writes) -> a);
            List<EntityReads.StoredMention> ms = s.entityReads().annotations(ID).mentions();
            assertThat(ms).hasSize(2);
            assertThat(ms.get(0).placeConfidence()).isEqualTo(0.51);
            assertThat(ms.get(0).placeEvidence()).isEqualTo("POPULATION");
            assertThat(ms.get(1).placeConfidence()).isNull();
            assertThat(ms.get(1).placeEvidence()).isNull();
        }
    }

    @Test
    void migrationToSchema13LeavesEarlierPlacesWithoutAConfidence() throws Exception {
        sqliteOnly("a data directory of an earlier schema; PostgreSQL starts at schema 13 (Flyway)");
        try (SitrepStore s = open(data)) {
            StoreIT.put(s, StoreIT.article(ID, "Attacks near Kupiansk repelled", TEXT));
            s.entities().store(List.of(annotated()), (a, writes) -> a);
        }
        try (Connection db = connect(data); Statement st = db.createStatement()) {
            OutletIndexIT.backToSchema12(st);
        }
        try (SitrepStore s = open(data)) {
            assertThat(s.entityReads().annotations(ID).mentions()).extracting(EntityReads.StoredMention::placeConfidence)
                    .containsOnlyNulls();
        }
        try (Connection db = connect(data); Statement st = db.createStatement();
             ResultSet r = st.executeQuery("SELECT max(version) FROM schema_version")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(14);
        }
    }
}
