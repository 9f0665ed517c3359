package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.metadata.TextMetadata;
import org.sitrep.model.Article;
import org.sitrep.model.Origin;
import org.sitrep.model.RawDocument;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageContext;

/**
 * A line that starts like boilerplate or a dateline and goes on with a long run of spaces is cleaned in linear time.
 * Before the fix the line patterns tried the spaces at every split between two white-space quantifiers: 60,000
 * spaces after "comments" never finished, after "date", "1 views", "read more" or "404" they took seconds to minutes.
 */
class LongLineTest {
    private static final Pipeline CLEANING = Pipeline.builder()
            .extractor(new HtmlExtractor())
            .add(new TextMetadata())
            .add(new BoilerplateStripper())
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"", "comments", "date", "1 views", "read more", "bonus video", "thank you", "related", "404", "KYIV"})
    void cleansALineOfSixtyThousandSpacesInLinearTime(String start) {
        String text = "Headline of the story\n" + start + " ".repeat(60_000) + "x\nThe body of the report, long enough to be reporting.\n";
        RawDocument raw = RawDocument.text(new Origin("long.txt", "", SourceFormat.TEXT), text, Instant.EPOCH);
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CLEANING.process(raw));
        assertThat(a.text()).contains("The body of the report");
    }
}
