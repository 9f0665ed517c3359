package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.id.ContentId;
import org.sitrep.chain.Pipelines;
import org.sitrep.clean.BoilerplateStripper;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.language.LanguageIdentifier;
import org.sitrep.metadata.TextMetadata;
import org.sitrep.model.Origin;
import org.sitrep.model.RawDocument;
import org.sitrep.model.SourceFormat;

class PipelineTest {
    @Test
    void misorderedChainFailsWhenBuiltNotWhenRun() {
        assertThatThrownBy(() -> Pipeline.builder().extractor(new HtmlExtractor()).add(new BoilerplateStripper()).add(new TextMetadata()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'clean' needs [METADATA]");
        assertThatThrownBy(() -> Pipeline.builder().extractor(new HtmlExtractor()).add(new TextMetadata()).require(Facet.LANGUAGE).build())
                .hasMessageContaining("does not provide [LANGUAGE]");
        assertThatThrownBy(() -> Pipeline.builder().add(new LanguageIdentifier()).build()).hasMessageContaining("extractor");
    }

    @Test
    void contentIdIsStableIgnoresTrackingAndSeparatesUrls() {
        String a = ContentId.of("https://News.example/a/?utm_source=rss&id=3#top", "Title", "Some  text\nhere");
        assertThat(a).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(ContentId.of("https://news.example/a?id=3", "title", "some text here")).isEqualTo(a);
        assertThat(ContentId.of("https://other.example/a?id=3", "title", "some text here")).isNotEqualTo(a);
        assertThat(ContentId.of(null, "title", "some text here")).isNotEqualTo(a);
    }

    @Test
    void standardPipelineGivesACompleteArticle() {
        var a = Pipelines.standard(StageContext.DEFAULT).process(RawDocument.text(new Origin("x.txt", "", SourceFormat.TEXT),
                "Kyiv says drones hit Kharkiv overnight\nPublished: 3 March 2024\n\nRussian drones struck Kharkiv overnight, the mayor said on Sunday.\n",
                Instant.parse("2024-03-04T00:00:00Z")));
        assertThat(a.id()).isNotNull();
        assertThat(a.title()).isEqualTo("Kyiv says drones hit Kharkiv overnight");
        assertThat(a.published().iso()).isEqualTo("2024-03-03");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text()).isEqualTo("Russian drones struck Kharkiv overnight, the mayor said on Sunday.");
    }
}
