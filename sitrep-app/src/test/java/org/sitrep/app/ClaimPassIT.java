package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimComparison;
import org.sitrep.claims.ClaimParams;
import org.sitrep.geo.Gazetteer;
import org.sitrep.store.ClaimIndex;
import org.sitrep.testkit.SharedData;
import org.sitrep.understand.ClaimFinder;
import org.sitrep.understand.PlaceLookup;
import org.sitrep.understand.SideLexicon;

/** The claims pass keeps its mark: cut between batches and run again, it stores every claim once, as an uncut run does. */
class ClaimPassIT {
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

    private static void annotateAndPlace(Sitrep s) {
        s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
        });
        s.placeEvents(true, new EventPass.Listener() {
        });
    }

    private static ClaimPass pass(Sitrep s, int batch) {
        return new ClaimPass(s.store(), new ClaimFinder(SideLexicon.standard())::find, new ClaimComparison(ClaimParams.defaults()), batch);
    }

    private static List<String> all(Sitrep s) {
        return s.store().claims().find(new ClaimIndex.Query(null, null, null, null, null, 10_000, 0)).stream()
                .map(c -> c.articleId() + "#" + c.ordinal() + " " + c.kind() + " " + c.speaker().name() + " " + c.text()).sorted().toList();
    }

    @Test
    void aPassCutBetweenBatchesGoesOnFromItsMarkAndStoresEachClaimOnce() {
        List<String> uncut;
        try (Sitrep s = Understanding.open(data.resolve("uncut"))) {
            Understanding.ingest(s, SharedData.require("seeds"));
            annotateAndPlace(s);
            ClaimPass.Report r = pass(s, 2).run(new ClaimPass.Listener() {
            });
            assertThat(r.articles()).isEqualTo(5);
            uncut = all(s);
        }
        assertThat(uncut).hasSizeGreaterThan(50);
        try (Sitrep s = Understanding.open(data.resolve("cut"))) {
            Understanding.ingest(s, SharedData.require("seeds"));
            annotateAndPlace(s);
            assertThatThrownBy(() -> pass(s, 2).run(new ClaimPass.Listener() {
                @Override
                public void progress(long done) {
                    throw new IllegalStateException("killed after " + done + " articles");
                }
            })).hasMessageContaining("killed after 2");
            long mark = s.store().claims().claimedSeq();
            assertThat(mark).as("the first batch is committed with its mark").isGreaterThan(0);
            assertThat(s.store().claims().pending(Long.MAX_VALUE)).isEqualTo(3);
            ClaimPass.Report again = pass(s, 2).run(new ClaimPass.Listener() {
            });
            assertThat(again.articles()).as("only what the cut pass had not stored").isEqualTo(3);
            assertThat(all(s)).isEqualTo(uncut);
            assertThat(pass(s, 2).run(new ClaimPass.Listener() {
            }).articles()).as("nothing left").isZero();
            assertThat(all(s)).isEqualTo(uncut);
        }
    }

    @Test
    void aRuleFailingOnOneArticleCostsOnlyThatArticlesClaims() {
        try (Sitrep s = Understanding.open(data.resolve("failing"))) {
            Understanding.ingest(s, SharedData.require("seeds"));
            annotateAndPlace(s);
            ClaimFinder real = new ClaimFinder(SideLexicon.standard());
            String victim = s.store().articles(org.sitrep.store.SitrepStore.ArticleQuery.first(1)).get(0).id();
            ClaimPass pass = new ClaimPass(s.store(), (id, lang, title, text, ann, known) -> {
                if (id.equals(victim)) throw new IllegalStateException("a rule broke");
                return real.find(id, lang, title, text, ann, known);
            }, new ClaimComparison(ClaimParams.defaults()), 2);
            ClaimPass.Report r = pass.run(new ClaimPass.Listener() {
            });
            assertThat(r.articles()).isEqualTo(5);
            assertThat(r.failed()).isEqualTo(1);
            assertThat(s.store().claims().of(List.of(victim))).isEmpty();
            assertThat(r.claims()).isPositive();
            assertThat(s.store().claims().pending(Long.MAX_VALUE)).isZero();
        }
    }

    @Test
    void anEventsClaimsAreComparedAgainWhenItsMembersChange() {
        try (Sitrep s = Understanding.open(data.resolve("grow"))) {
            Path seeds = SharedData.require("seeds");
            Understanding.ingest(s, seeds.resolve("000_abf49a3276787185.txt"));
            annotateAndPlace(s);
            ClaimPass.Report first = s.findClaims(new ClaimPass.Listener() {
            });
            assertThat(first.events()).isEqualTo(1);
            String event = s.eventOf(s.store().articles(org.sitrep.store.SitrepStore.ArticleQuery.first(1)).get(0).id()).orElseThrow().getKey();
            int before = s.claimSummary(event).claims();
            assertThat(s.findClaims(new ClaimPass.Listener() {
            }).events()).as("nothing changed, nothing compared").isZero();
            Understanding.ingest(s, seeds.resolve("003_de01e2896790fdfc.txt"));
            annotateAndPlace(s);
            ClaimPass.Report second = s.findClaims(new ClaimPass.Listener() {
            });
            assertThat(second.events()).as("003 joined 000's event").isEqualTo(1);
            assertThat(s.claimSummary(event).claims()).isGreaterThan(before);
            assertThat(s.claimSummary(event).corroborated()).as("the 10 attacks, now from two sources").isGreaterThanOrEqualTo(1);
            for (Claim c : s.eventClaims(event).groups().stream().flatMap(g -> g.claims().stream()).toList()) {
                assertThat(s.eventOf(c.articleId()).orElseThrow().getKey()).isEqualTo(event);
            }
        }
    }
}
