package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.chain.Pipelines;
import org.sitrep.model.Article;
import org.sitrep.model.BodyFormat;
import org.sitrep.model.Origin;
import org.sitrep.model.Problem;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.StageContext;

class ControlCharactersTest {
    private static final Origin ORIGIN = new Origin("in.json", "item 1", SourceFormat.JSON);

    /** Any character a stored field must not hold: C0 but tab, LF, CR; DEL; C1; a lone surrogate. */
    private static boolean clean(String s) {
        if (s == null) return true;
        for (int i = 0; i < s.length(); i++) if (ControlCharacters.isControl(s, i)) return false;
        return true;
    }

    @Test
    void keepsTabsLineEndsAndSurrogatePairs() {
        String s = "Kyiv\tsaid\r\nthat \uD83D\uDE80 hit";
        assertThat(ControlCharacters.strip(s)).isSameAs(s);
    }

    @Test
    void removesC0DelC1AndLoneSurrogatesAndSpacesWordSeparators() {
        assertThat(ControlCharacters.strip("Kyiv\u0000 said\u0001\u0007 drones\u001B[31m hit\u007F\u009B Kharkiv"))
                .isEqualTo("Kyiv said drones[31m hit Kharkiv");
        assertThat(ControlCharacters.strip("one\u000Btwo\u000Cthree\u0085four")).isEqualTo("one two three four");
        assertThat(ControlCharacters.strip("\uDC00a\uD83Db\uD800")).isEqualTo("ab");
        assertThat(ControlCharacters.strip(null)).isNull();
    }

    @Test
    void movesRemovedSpansToTheStrippedOffsets() {
        String source = "Head\u0001line\n\nBody \u0002text.\n\nComm\u0003ents (1)";
        Article a = Article.from(new RawDocument(ORIGIN, BodyFormat.TEXT, source, null, null, null, null, null, Instant.EPOCH, Map.of(), null))
                .withSourceText(source, List.of(new RemovedSpan(0, 9, "headline"), new RemovedSpan(source.indexOf("Comm"), source.length(), "comments")));
        Article out = new ControlCharacters().apply(a, StageContext.DEFAULT);
        assertThat(out.sourceText()).isEqualTo("Headline\n\nBody text.\n\nComments (1)");
        assertThat(out.removed()).extracting(sp -> sp.text(out.sourceText())).containsExactly("Headline", "Comments (1)");
        assertThat(out.problems().items()).extracting(Problem::code).containsExactly("control-characters");
        assertThat(out.problems().items().get(0).message()).startsWith("3 control characters");
    }

    @Test
    void leavesACleanArticleAsItIs() {
        Article a = Article.from(RawDocument.text(ORIGIN, "Clean text.", Instant.EPOCH)).withSourceText("Clean text.", List.of());
        assertThat(new ControlCharacters().apply(a, StageContext.DEFAULT)).isSameAs(a);
    }

    /** Issue 15: control characters reached every stored field of an article read from JSON or HTML. */
    @Test
    void noStoredFieldOfAProcessedArticleHoldsAControlCharacter() {
        RawDocument json = new RawDocument(ORIGIN, BodyFormat.TEXT, "Drones hit\u0007 Kharkiv\u001B[2J overnight, the mayor\u0000 said.\n\uD800",
                "Kharkiv\u001B]0;pwned\u0007 hit", "https://e.example/a\u0000b", "East\u0085wire", null, null, Instant.EPOCH,
                Map.of("byline\u0001", "Ivan\u009B Petrenko", "site_name", "Kyiv\u0008 Ledger"), null);
        RawDocument html = RawDocument.html(new Origin("p.html", "", SourceFormat.HTML), "<html><head><title>Kharkiv&#1; hit</title>"
                + "<meta property=\"og:site_name\" content=\"Kyiv&#x7f; Ledger\"></head><body><article><p>Drones&#x1b; hit Kharkiv\u0002 overnight, "
                + "the mayor said.</p><p>Comments (2)</p></article></body></html>", null, Instant.EPOCH);
        for (RawDocument raw : List.of(json, html)) {
            Article a = Pipelines.standard(StageContext.DEFAULT).process(raw);
            assertThat(List.of(a.title(), a.text(), a.sourceText())).allMatch(ControlCharactersTest::clean);
            assertThat(a.url()).satisfiesAnyOf(u -> assertThat(u).isNull(), u -> assertThat(clean(u)).isTrue());
            assertThat(clean(a.outlet())).as("outlet %s", a.outlet()).isTrue();
            assertThat(a.fields().entrySet()).allMatch(e -> clean(e.getKey()) && clean(e.getValue()));
            assertThat(a.problems().items()).extracting(Problem::code).contains("control-characters");
            assertThat(a.text()).contains("Drones hit Kharkiv");
            for (RemovedSpan sp : a.removed()) assertThat(sp.end()).isLessThanOrEqualTo(a.sourceText().length());
        }
    }
}
