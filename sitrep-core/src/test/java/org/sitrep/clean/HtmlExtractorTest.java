package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Origin;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.SourceFormat;
import org.sitrep.chain.Pipelines;
import org.sitrep.pipeline.StageContext;

class HtmlExtractorTest {
    static final String PAGE = """
            <!doctype html><html><head><title>Page title | Site</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
              {"@type":"NewsArticle","headline":"Kharkiv power plant hit","datePublished":"2024-03-22T05:10:00+02:00","publisher":{"name":"Kharkiv Ledger"},"url":"https://kl.example/a"}]}</script>
            </head><body>
            <div id="cookie-consent">This site uses cookies. <a href="/p">Privacy</a></div>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/war">War</a></li></ul></nav></header>
            <main><article>
              <h1>Kharkiv power plant hit</h1>
              <div class="social-share"><a href="#">Facebook</a> <a href="#">Telegram</a></div>
              <p>Russian missiles struck a thermal power plant in Kharkiv early on Friday, the regional governor said.</p>
              <p>Power was cut in several districts of the city while engineers assessed the damage.</p>
            </article></main>
            <aside class="related-stories"><h3>More stories</h3><ul><li><a href="/1">Air raid alerts explained</a></li></ul></aside>
            <section class="comments"><p>Terrible news.</p></section>
            <footer><p>Kharkiv Ledger 2024</p></footer>
            </body></html>""";

    @Test
    void takesMetadataFromJsonLdAndKeepsOnlyTheArticle() {
        // Read after it was published: a date after the fetch is not used (FutureDates).
        Article a = Pipelines.standard(StageContext.DEFAULT).process(RawDocument.html(new Origin("p.html", "", SourceFormat.HTML), PAGE, null,
                Instant.parse("2024-03-23T00:00:00Z")));
        assertThat(a.title()).isEqualTo("Kharkiv power plant hit");
        assertThat(a.outlet()).isEqualTo("Kharkiv Ledger");
        assertThat(a.url()).isEqualTo("https://kl.example/a");
        assertThat(a.published().iso()).isEqualTo("2024-03-22T03:10:00Z");
        assertThat(a.published().evidence()).isEqualTo(DateEvidence.JSON_LD);
        assertThat(a.text()).isEqualTo("Russian missiles struck a thermal power plant in Kharkiv early on Friday, the regional governor said.\n\n"
                + "Power was cut in several districts of the city while engineers assessed the damage.");
        Map<String, String> removed = a.removed().stream().collect(Collectors.toMap(r -> r.text(a.sourceText()), RemovedSpan::rule, (x, y) -> x));
        assertThat(removed).containsEntry("This site uses cookies. Privacy", "html-cookie")
                .containsEntry("Home", "html-nav")
                .containsEntry("Facebook Telegram", "html-share")
                .containsEntry("Air raid alerts explained", "html-related")
                .containsEntry("Terrible news.", "html-comments")
                .containsEntry("Kharkiv Ledger 2024", "html-footer")
                .containsEntry("Kharkiv power plant hit", "headline");
    }

    static Article clean(String html) {
        return Pipelines.standard(StageContext.DEFAULT).process(RawDocument.html(new Origin("p.html", "", SourceFormat.HTML), html, null, Instant.EPOCH));
    }

    static final String BODY = """
            <p>Russian missiles struck a thermal power plant in Kharkiv early on Friday, the regional governor said, and power was cut.</p>
            <p>Engineers assessed the damage through the morning, while air raid sirens sounded twice more across the region.</p>
            <p>The plant had been hit twice before this year, officials said, and repairs would take weeks, according to the operator.</p>
            """;

    @Test
    void classWordsOnDistantContainersDoNotRemoveTheArticle() {
        // Each wrapper carries a word that a class test walking up to <body> read as navigation or promotion.
        for (String wrapper : new String[] {"one-sidebar sidebar-second", "l-sidebar-fixed l-article-body-segment", "elementor-widget-container",
                "non-ad-column", "article-header-and-body", "paywall-free main-menu-offset"}) {
            Article a = clean("<html><body><div class='" + wrapper + "'><div class='x'>" + BODY + "</div></div>"
                    + "<footer><a href='/'>Home</a></footer></body></html>");
            assertThat(a.text()).as(wrapper).contains("Russian missiles struck", "Engineers assessed", "repairs would take weeks");
        }
    }

    @Test
    void aReaderCommentFirstIsNotTheArticle() {
        Article a = clean("<html><body><article class='comment-body'><p>Great post, thanks.</p></article>"
                + "<main><div class='story'>" + BODY + "</div></main></body></html>");
        assertThat(a.text()).contains("Russian missiles struck", "repairs would take weeks").doesNotContain("Great post");
    }

    @Test
    void textStraightInADivSplitByLineBreaksIsCollected() {
        Article a = clean("<html><body><div id='nav'><a href='/'>Home</a> <a href='/w'>War</a></div><div class='txt'>"
                + "Russian missiles struck a thermal power plant in Kharkiv early on Friday, the regional governor said.<br><br>"
                + "Engineers assessed the damage through the morning, while air raid sirens sounded twice more.<br>"
                + "The plant had been hit twice before this year, officials said, and repairs would take weeks.</div></body></html>");
        assertThat(a.text()).contains("Russian missiles struck", "Engineers assessed", "repairs would take weeks").doesNotContain("Home");
    }

    @Test
    void aBodyOnlyInJsonLdIsTheArticle() {
        String body = "Russian missiles struck a thermal power plant in Kharkiv early on Friday, the regional governor said. ".repeat(3)
                + "Engineers assessed the damage through the morning while sirens sounded twice more across the region.";
        Article a = clean("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Plant hit\",\"articleBody\":\""
                + body + "\"}</script></head><body><div id='app'><a href='/'>Home</a></div><p>Loading…</p></body></html>");
        assertThat(a.text()).contains("Russian missiles struck", "Engineers assessed");
        assertThat(a.removed()).extracting(RemovedSpan::rule).contains("html-not-article-body");
    }

    @Test
    void captionsBylinesAndAdvertisementLabelsAreSetAsideWithTheirRule() {
        Article a = clean("<html><body><article><h1>Plant hit</h1><div class='byline'>By Olena Petrenko, 22 March 2024</div>"
                + "<figure><img src='a.jpg'><figcaption>The plant after the strike. Photo: Reuters</figcaption></figure>"
                + BODY + "<div>Advertisement</div><p>Officials said no one was hurt, and the city council met in the evening to plan.</p></article></body></html>");
        assertThat(a.text()).contains("Russian missiles struck", "no one was hurt").doesNotContain("Olena", "after the strike", "Advertisement");
        Map<String, String> removed = a.removed().stream().collect(Collectors.toMap(r -> r.text(a.sourceText()), RemovedSpan::rule, (x, y) -> x));
        assertThat(removed).containsEntry("By Olena Petrenko, 22 March 2024", "html-byline")
                .containsEntry("The plant after the strike. Photo: Reuters", "html-caption")
                .containsEntry("Advertisement", "html-promotion");
    }

    @Test
    void bylineAndTimestampLinesAreToldFromSentences() {
        assertThat(PageParts.isByline("By Ed Hornick, CNN")).isTrue();
        assertThat(PageParts.isByline("Von Anna Schmidt und Jan Nowak")).isTrue();
        assertThat(PageParts.isByline("By Tuesday, Russian forces had advanced 5 km.")).isFalse();
        assertThat(PageParts.isByline("By Tuesday, Russian forces had advanced")).isFalse();
        assertThat(PageParts.isByline("By the end of the day the convoy had left")).isFalse();
        assertThat(PageParts.isTimestamp("Updated 3:46 PM ET, Fri March 11, 2015")).isTrue();
        assertThat(PageParts.isTimestamp("22.03.2024 05:10")).isTrue();
        assertThat(PageParts.isTimestamp("Published on 5 May 2023")).isTrue();
        assertThat(PageParts.isTimestamp("4.2.3")).isFalse();
        assertThat(PageParts.isTimestamp("March 2015 saw heavy fighting")).isFalse();
        assertThat(PageParts.isTimestamp("12 killed")).isFalse();
    }

    @Test
    void classNamesAreReadAsWords() {
        assertThat(PageParts.kind("non-ad-column")).isNull();
        assertThat(PageParts.kind("post hentry commented")).isNull();
        assertThat(PageParts.kind("shared-content")).isNull();
        assertThat(PageParts.kind("jp-relatedposts")).isEqualTo("related");
        assertThat(PageParts.kind("commentlist")).isEqualTo("comments");
        assertThat(PageParts.kind("reply-content post-content")).isEqualTo("comments");
        assertThat(PageParts.kind("social-share")).isEqualTo("share");
        assertThat(PageParts.kind("elementor-widget-container")).isEqualTo("sidebar");
    }

    @Test
    void anIndexPageHasNoArticleText() {
        StringBuilder html = new StringBuilder("<html><body><h1>Latest news</h1><ul>");
        for (int i = 0; i < 40; i++) html.append("<li><a href='/n").append(i).append("'>Headline number ").append(i).append(" about the war in the east</a></li>");
        Article a = clean(html.append("</ul></body></html>").toString());
        assertThat(a.noArticle()).isNotNull();
    }

    @Test
    void deepAndWidePagesFinishInBoundedTime() {
        // Timed against the same pages a tenth the size in the same run, so a busy machine slows both: linear work
        // takes ~10x as long at 10x the size, quadratic work ~100x (what a 20,000-deep page cost before).
        pages(2_000);
        long small = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) small = Math.min(small, pages(2_000));
        long ms = pages(20_000);
        assertThat(ms).as("milliseconds for a 20,000-deep and a 20,000-wide page, against %d ms at 2,000", small)
                .isLessThan(Math.max(5_000, 40 * small));
    }

    /** Extracts a page {@code n} elements deep and one {@code n} paragraphs wide; returns the milliseconds taken. */
    private static long pages(int n) {
        String deep = "<html><body>" + "<div>x ".repeat(n) + BODY + "</div>".repeat(n) + "</body></html>";
        StringBuilder wide = new StringBuilder("<html><body><div>");
        for (int i = 0; i < n; i++) wide.append("<p>Paragraph ").append(i).append(", with a comma, of a long page.</p>");
        wide.append("</div></body></html>");
        long start = System.nanoTime();
        Article a = new HtmlExtractor().extract(RawDocument.html(new Origin("deep.html", "", SourceFormat.HTML), deep, null, Instant.EPOCH), StageContext.DEFAULT);
        Article b = new HtmlExtractor().extract(RawDocument.html(new Origin("wide.html", "", SourceFormat.HTML), wide.toString(), null, Instant.EPOCH), StageContext.DEFAULT);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(a.sourceText()).contains("Russian missiles struck");
        assertThat(b.sourceText()).contains("Paragraph " + (n - 1));
        return ms;
    }

    @Test
    void textBodiesKeepTheirTextWithNormalizedLineEnds() {
        Article a = new HtmlExtractor().extract(RawDocument.text(new Origin("t.txt", "", SourceFormat.TEXT), "One\r\nTwo\rThree", Instant.EPOCH), StageContext.DEFAULT);
        assertThat(a.sourceText()).isEqualTo("One\nTwo\nThree");
        assertThat(a.removed()).isEmpty();
    }
}
