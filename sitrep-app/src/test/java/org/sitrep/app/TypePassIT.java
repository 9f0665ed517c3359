package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Article;
import org.sitrep.records.TypeCall;
import org.sitrep.store.SitrepStore;
import org.sitrep.testkit.SharedData;
import org.sitrep.understand.EventTypeClassifier;
import org.sitrep.understand.PlaceLookup;

/**
 * The type pass keeps its mark (cut between batches and run again, it types each article once, as an uncut run does),
 * a classifier failing on one article costs that article its type only, and an article the annotation pass skipped
 * gets no type.
 */
class TypePassIT {
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

    private static void upToClaims(Sitrep s) {
        s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
        });
        s.placeEvents(true, new EventPass.Listener() {
        });
        s.findClaims(new ClaimPass.Listener() {
        });
    }

    private static TypePass pass(Sitrep s, int batch) {
        EventTypeClassifier c = EventTypeClassifier.standard();
        return new TypePass(s.store(), c::classify, c.embedderName(), batch);
    }

    private static Map<String, TypeCall> all(Sitrep s) {
        List<String> ids = new ArrayList<>();
        for (Article a : s.store().articles(new SitrepStore.ArticleQuery(100, 0, null, null))) ids.add(a.id());
        return s.articleTypes(ids);
    }

    @Test
    void aPassCutBetweenBatchesGoesOnFromItsMark() {
        Map<String, TypeCall> uncut;
        try (Sitrep s = Understanding.open(data.resolve("uncut"))) {
            Understanding.ingest(s, SharedData.require("seeds"));
            upToClaims(s);
            assertThat(pass(s, 2).run(new TypePass.Listener() {
            }).articles()).isEqualTo(5);
            uncut = all(s);
        }
        assertThat(uncut).hasSize(5);
        try (Sitrep s = Understanding.open(data.resolve("cut"))) {
            Understanding.ingest(s, SharedData.require("seeds"));
            upToClaims(s);
            assertThatThrownBy(() -> pass(s, 2).run(new TypePass.Listener() {
                @Override
                public void progress(long done) {
                    throw new IllegalStateException("killed after " + done + " articles");
                }
            })).hasMessageContaining("killed after 2");
            assertThat(all(s)).as("the first batch is committed with its mark").hasSize(2);
            TypePass.Report again = pass(s, 2).run(new TypePass.Listener() {
            });
            assertThat(again.articles()).as("only what the cut pass had not stored").isEqualTo(3);
            assertThat(all(s)).isEqualTo(uncut);
            assertThat(s.findTypes(new TypePass.Listener() {
            }).articles()).as("nothing left").isZero();
        }
    }

    @Test
    void aFailingClassifierCostsOneArticleItsTypeAndSkippedArticlesGetNone() {
        try (Sitrep s = Understanding.open(data.resolve("failing"))) {
            Understanding.ingest(s, SharedData.require("seeds"));
            Understanding.submit(s, "{\"title\":\"Росія обстріляла Харків\",\"text\":\"Уночі російські війська обстріляли Харків ракетами. "
                    + "Загинули двоє людей, ще п'ятеро поранені, повідомив голова обласної адміністрації.\",\"url\":\"https://example.org/uk\"}");
            upToClaims(s);
            String victim = s.store().articles(SitrepStore.ArticleQuery.first(1)).get(0).id();
            EventTypeClassifier real = EventTypeClassifier.standard();
            TypePass failing = new TypePass(s.store(), (title, text, lead, sentences) -> {
                if (text.equals(s.article(victim).orElseThrow().text())) throw new IllegalStateException("the model broke");
                return real.classify(title, text, lead, sentences);
            }, real.embedderName(), 2);
            TypePass.Report r = failing.run(new TypePass.Listener() {
            });
            assertThat(r.articles()).isEqualTo(6);
            assertThat(r.failed()).isEqualTo(1);
            assertThat(r.typed() + r.none()).as("the Ukrainian article was skipped by annotation").isEqualTo(4);
            Map<String, TypeCall> types = all(s);
            assertThat(types).hasSize(4).doesNotContainKey(victim);
        }
    }
}
