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
        Article a = Pipelines.standard(StageContext.DEFAULT).process(RawDocument.html(new Origin("p.html", "", SourceFormat.HTML), PAGE, null, Instant.EPOCH));
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

    @Test
    void textBodiesKeepTheirTextWithNormalizedLineEnds() {
        Article a = new HtmlExtractor().extract(RawDocument.text(new Origin("t.txt", "", SourceFormat.TEXT), "One\r\nTwo\rThree", Instant.EPOCH), StageContext.DEFAULT);
        assertThat(a.sourceText()).isEqualTo("One\nTwo\nThree");
        assertThat(a.removed()).isEmpty();
    }
}
