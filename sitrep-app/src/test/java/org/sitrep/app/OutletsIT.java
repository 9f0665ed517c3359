package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.outlets.Outlet;
import org.sitrep.store.SitrepStore;

/**
 * Issue 17 part 6 end to end: one report of the Kyiv Post reached Sitrep three times, under three spellings of its
 * outlet ("Kyiv Post" from a feed whose links are on kyivpost.com, "kyivpost.com" from a dump, "KyivPost" with no
 * address), beside another outlet's own report of the same day. One outlet, counted once among outlets and once as an
 * independent source; filters take any spelling; a store keyed before is keyed again when opened.
 */
class OutletsIT {
    @TempDir
    Path data;

    static final String REPORT = "Ukrainian defenders repelled four Russian assaults near Synkivka in the Kupiansk direction on Saturday, "
            + "the General Staff said. The enemy used artillery and kamikaze drones against positions east of the Oskil river. "
            + "Three civilians were wounded by shelling in Kupiansk, the regional governor Oleh Syniehubov said.";
    static final String OTHER = "Volunteers from Kharkiv delivered twelve generators and three hundred food parcels to Kupiansk on Saturday. "
            + "The city has had no electricity or running water since August, local officials told reporters. "
            + "About seven thousand residents remain in the city, according to the military administration.";

    static String item(String outlet, String url, String title, String text, String published) {
        return "{\"outlet\": %s, \"url\": %s, \"language\": \"en\", \"title\": \"%s\", \"published\": \"%s\", \"text\": \"%s\"}".formatted(
                outlet == null ? "null" : "\"" + outlet + "\"", url == null ? "null" : "\"" + url + "\"", title, published, text);
    }

    static final String BATCH = "[" + String.join(",",
            item("Kyiv Post", "https://www.kyivpost.com/post/24101", "Four assaults repelled near Synkivka", REPORT, "2023-11-25T09:00:00Z"),
            item("kyivpost.com", "https://kyivpost.com/post/24101?utm_source=dump", "Four assaults repelled near Synkivka", REPORT, "2023-11-25T09:00:00Z"),
            item("KyivPost", null, "Four assaults repelled near Synkivka", REPORT, "2023-11-25T09:00:00Z"),
            item("Kyiv Independent", "https://kyivindependent.com/generators-kupiansk", "Generators for Kupiansk", OTHER, "2023-11-25T12:00:00Z")) + "]";

    @Test
    void threeSpellingsOfOneOutletAreOneOutletAndOneIndependentSource() {
        try (Sitrep s = Understanding.open(data)) {
            Understanding.submit(s, BATCH);
            List<Article> all = s.articles(SitrepStore.ArticleQuery.first(10));
            assertThat(all).hasSize(4);
            Map<String, String> idByOutlet = all.stream().collect(Collectors.toMap(Article::outlet, Article::id));
            assertThat(idByOutlet).containsOnlyKeys("Kyiv Post", "kyivpost.com", "KyivPost", "Kyiv Independent");

            assertThat(s.outlets()).extracting(Outlet::key).containsExactly("kyivpost.com", "kyivindependent.com");
            Outlet kp = s.outlets().get(0);
            assertThat(kp.name()).isEqualTo("Kyiv Post");
            assertThat(kp.spellings()).containsExactlyInAnyOrder("Kyiv Post", "kyivpost.com", "KyivPost");
            assertThat(kp.articles()).isEqualTo(3);
            assertThat(kp.language()).isEqualTo("en");
            assertThat(kp.country()).isNull();
            assertThat(kp.firstSeen()).isEqualTo("2023-11-25");

            var kyivPost = List.of(idByOutlet.get("Kyiv Post"), idByOutlet.get("kyivpost.com"), idByOutlet.get("KyivPost"));
            assertThat(s.sourceCounts(kyivPost).outlets()).isEqualTo(1);
            assertThat(s.sourceCounts(kyivPost).independentSources()).isEqualTo(1);
            var counts = s.sourceCounts(all.stream().map(Article::id).toList());
            assertThat(counts.outlets()).isEqualTo(2);
            assertThat(counts.independentSources()).isEqualTo(2);

            for (String spelling : List.of("Kyiv Post", "KyivPost", "kyiv post", "kyivpost.com", "www.kyivpost.com", "https://kyivpost.com/")) {
                assertThat(s.countArticles(new SitrepStore.ArticleQuery(10, 0, spelling, null))).as(spelling).isEqualTo(3);
                assertThat(s.outlet(spelling)).as(spelling).contains(kp);
                // The filters every list shares (issue 17) take the outlet in any spelling too.
                Filter f = Filter.parse(Map.of("outlet", spelling));
                assertThat(s.desk().articles(f, 10, 0).total()).as("filter outlet=" + spelling).isEqualTo(3);
            }
            assertThat(s.articles(new SitrepStore.ArticleQuery(10, 0, "The Kyiv Independent", null))).extracting(Article::outlet)
                    .containsExactly("Kyiv Independent");
            assertThat(s.countArticles(new SitrepStore.ArticleQuery(10, 0, "Nobody Times", null))).isZero();
        }
    }

    /** A name seen without an address in an earlier batch joins its domain when a later batch shows both. */
    @Test
    void aNameIngestedBeforeItsDomainIsJoinedLater() {
        try (Sitrep s = Understanding.open(data)) {
            Understanding.submit(s, "[" + item("Ukrainska Pravda", null, "Assaults repelled", REPORT, "2023-11-25T09:00:00Z") + "]");
            assertThat(s.outlets()).extracting(Outlet::key).containsExactly("ukrainskapravda");
            Understanding.submit(s, "[" + item("Ukrainska Pravda", "https://www.pravda.com.ua/eng/news/2023/11/25/1", "Generators", OTHER,
                    "2023-11-25T12:00:00Z") + "]");
            assertThat(s.outlets()).singleElement().satisfies(o -> {
                assertThat(o.key()).isEqualTo("pravda.com.ua");
                assertThat(o.country()).isEqualTo("UA");
                assertThat(o.aliases()).containsExactly("ukrainskapravda");
                assertThat(o.articles()).isEqualTo(2);
            });
            assertThat(s.countArticles(new SitrepStore.ArticleQuery(10, 0, "pravda.com.ua", null))).isEqualTo(2);
            assertThat(s.sourceCounts(s.articles(SitrepStore.ArticleQuery.first(10)).stream().map(Article::id).toList()).outlets()).isEqualTo(1);
        }
    }

    /** A store whose outlets were forgotten (as one written before schema 10) is keyed again when opened for writing. */
    @Test
    void openingKeysAStoreWrittenBeforeOutletKeys() {
        try (Sitrep s = Understanding.open(data)) {
            Understanding.submit(s, BATCH);
            s.store().outlets().reset();
            assertThat(s.outlets()).isEmpty();
        }
        try (Sitrep s = Understanding.open(data)) {
            assertThat(s.outlets()).extracting(Outlet::key, Outlet::articles)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("kyivpost.com", 3L), org.assertj.core.groups.Tuple.tuple("kyivindependent.com", 1L));
            assertThat(s.rebuildOutlets()).isEqualTo(4);
            assertThat(s.outlets()).hasSize(2);
        }
    }
}
