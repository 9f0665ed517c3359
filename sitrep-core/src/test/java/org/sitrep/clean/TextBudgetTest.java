package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.chain.Pipelines;
import org.sitrep.model.Article;
import org.sitrep.model.Origin;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.StageContext;

/** Issue 15: one huge article ran copy detection and annotation out of memory; the text every later step sees is bounded. */
class TextBudgetTest {
    private static Article ingest(String text) {
        return Pipelines.standard(StageContext.DEFAULT).process(RawDocument.text(new Origin("big.txt", "", SourceFormat.TEXT), text, Instant.EPOCH));
    }

    @Test
    void aHugeTextIsCutAtAParagraphWithTheRestKeptAndTheProblemRecorded() {
        StringBuilder b = new StringBuilder("Shelling near Izium\n\n");
        int i = 0;
        while (b.length() < 3 * TextBudget.MAX_CHARS) b.append("Paragraph ").append(i++).append(": shelling was reported near Izium, the governor said.\n\n");
        Article a = ingest(b.toString());
        assertThat(a.text().length()).isLessThanOrEqualTo(TextBudget.MAX_CHARS).isGreaterThan(TextBudget.MAX_CHARS - 2_000);
        assertThat(a.text()).endsWith("the governor said.");
        assertThat(a.sourceText()).hasSize(b.length());
        RemovedSpan cut = a.removed().stream().filter(s -> s.rule().equals("text-limit")).findFirst().orElseThrow();
        assertThat(cut.end()).isEqualTo(a.sourceText().length());
        assertThat(a.problems().items()).anyMatch(p -> p.code().equals("text-truncated") && p.message().contains("of "));
        assertThat(a.id()).isNotNull();
    }

    @Test
    void anOrdinaryArticleIsUntouched() {
        Article a = ingest("Shelling near Izium\n\nShelling was reported near Izium on Monday, the governor said.\n");
        assertThat(a.removed()).noneMatch(s -> s.rule().equals("text-limit"));
        assertThat(a.problems().items()).noneMatch(p -> p.code().equals("text-truncated"));
    }

    @Test
    void withoutAnyBreakTheCutFallsAtTheBound() {
        String word = "x".repeat(300_000);
        Article a = new TextBudget(1_000).apply(ingest("A title\n\n" + word), StageContext.DEFAULT);
        assertThat(a.text().length()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void theBoundCountsOnlyKeptText() {
        // Removed spans before the bound do not count against it.
        List<RemovedSpan> removed = List.of(new RemovedSpan(0, 50, "teaser"), new RemovedSpan(100, 150, "credits"));
        assertThat(TextBudget.sourceOffset(removed, 10)).isEqualTo(60);
        assertThat(TextBudget.sourceOffset(removed, 60)).isEqualTo(160);
        assertThat(TextBudget.sourceOffset(List.of(), 60)).isEqualTo(60);
        assertThat(TextBudget.cut("One. Two three four", 12)).isEqualTo(4);
        assertThat(TextBudget.cut("One two\n\nthree four", 15)).isEqualTo(7);
    }
}
