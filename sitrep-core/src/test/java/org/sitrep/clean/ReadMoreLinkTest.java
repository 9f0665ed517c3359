package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Origin;
import org.sitrep.model.RawDocument;
import org.sitrep.model.SourceFormat;
import org.sitrep.chain.Pipelines;
import org.sitrep.pipeline.StageContext;

/** A feed teaser's closing link to the full text is boilerplate; the same words inside a sentence are not. */
class ReadMoreLinkTest {
    private static Article clean(String text) {
        return Pipelines.standard(StageContext.DEFAULT).process(RawDocument.text(new Origin("x.txt", "", SourceFormat.TEXT),
                "A headline of the item\n\n" + text + "\n", Instant.EPOCH));
    }

    @Test
    void closingLinksAreRemovedWithTheirRuleName() {
        String[][] cases = {
                {"Germany will go on sending shells to Kyiv, the defence minister has said Read Full Article at RT.com",
                        "Germany will go on sending shells to Kyiv, the defence minister has said"},
                {"Drones hit the port of Izmail overnight, officials said. Continue reading...",
                        "Drones hit the port of Izmail overnight, officials said."},
                {"The ministry published a new list of sanctioned firms. Read more…", "The ministry published a new list of sanctioned firms."},
                {"Kyiv and London signed a digital ID deal. The post Kyiv and London sign a digital ID deal appeared first on Example News.",
                        "Kyiv and London signed a digital ID deal."},
        };
        for (String[] c : cases) {
            Article a = clean(c[0]);
            assertThat(a.text()).as(c[0]).isEqualTo(c[1]);
            assertThat(a.removed()).as(c[0]).anyMatch(s -> s.rule().equals("read-more-link"));
        }
    }

    @Test
    void theSameWordsInsideASentenceStay() {
        for (String t : new String[] {"Teachers say pupils in the shelled town should read more.",
                "The minister asked people to continue reading the instructions on air raids.",
                "She said she would read the full report before the vote."}) {
            Article a = clean(t);
            assertThat(a.text()).as(t).isEqualTo(t);
        }
    }
}
