package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Article;
import org.sitrep.store.SitrepStore;
import org.sitrep.understand.PlaceLookup;

/**
 * Follow-up reports (issue 14): the strike on Hroza (5 October 2023) in two outlets' words, and eight days later the
 * arrest of two suspects, in our words. The arrest is beyond the event's dates: an event of its own in the strike's
 * story, which the strike's event lists as its follow-up (an arrest) and which lists the strike as what it follows up.
 */
class FollowUpsIT {
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

    @Test
    void aLaterArrestIsAnEventOfItsOwnShownAsTheStrikesFollowUp() {
        try (Sitrep s = Understanding.open(data)) {
            Understanding.submit(s, """
                    {"url": "https://eastwire.example/hroza-strike", "published": "2023-10-05T14:00:00Z",
                     "title": "Russian missile strike on a cafe in Hroza kills dozens",
                     "text": "A Russian Iskander missile struck a cafe in the village of Hroza in the Kharkiv region on Thursday during a wake for a fallen soldier, killing at least 51 people, governor Oleh Syniehubov said. Hroza, near Kupiansk, had about 330 residents before the war. President Volodymyr Zelensky called the strike a deliberate act of terror."}
                    """);
            Understanding.submit(s, """
                    {"url": "https://danube.example/hroza", "published": "2023-10-05T18:00:00Z",
                     "title": "Dozens killed as missile hits wake in Hroza village",
                     "text": "At least 51 people were killed when a missile hit a cafe in Hroza, Kharkiv region, where villagers had gathered for a soldier's wake, Oleh Syniehubov, the regional governor, said on Thursday. Rescuers searched the rubble through the night."}
                    """);
            Understanding.submit(s, """
                    {"url": "https://eastwire.example/hroza-arrest", "published": "2023-10-13T10:00:00Z",
                     "title": "Two brothers detained over the Hroza missile strike",
                     "text": "Ukraine's security service said on Friday it had detained two brothers from Hroza suspected of passing the coordinates of the village cafe to Russian forces before the strike that killed 59 people in the Kharkiv region. The SBU said the men had collaborated with the occupiers in 2022 and faced life in prison if charged with treason."}
                    """);
            s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
            });
            s.placeEvents(true, new EventPass.Listener() {
            });
            Map<String, Article> byUrl = new HashMap<>();
            for (Article a : s.store().articles(new SitrepStore.ArticleQuery(10, 0, null, null))) byUrl.put(a.url(), a);
            String strike = s.eventOf(byUrl.get("https://eastwire.example/hroza-strike").id()).orElseThrow().getKey();
            assertThat(s.eventOf(byUrl.get("https://danube.example/hroza").id()).orElseThrow().getKey()).isEqualTo(strike);
            Map.Entry<String, String> arrest = s.eventOf(byUrl.get("https://eastwire.example/hroza-arrest").id()).orElseThrow();
            assertThat(arrest.getKey()).as("eight days on: an event of its own").isNotEqualTo(strike);
            assertThat(s.event(arrest.getKey()).orElseThrow().event().storyId()).as("in the strike's story")
                    .isEqualTo(s.event(strike).orElseThrow().event().storyId());

            FollowUpReads.EventFollowUps f = s.followUps(strike);
            assertThat(f.followedBy()).singleElement().satisfies(x -> {
                assertThat(x.eventId()).isEqualTo(arrest.getKey());
                assertThat(x.kind()).isEqualTo("arrest");
                assertThat(x.shared()).as("the village, as the gazetteer names it").isNotEmpty();
            });
            assertThat(s.followUps(arrest.getKey()).follows()).extracting(x -> x.eventId()).containsExactly(strike);
        }
    }
}
