package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DocumentSink;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.ingest.JsonArticles;
import org.sitrep.model.BodyFormat;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Origin;
import org.sitrep.model.Problems;
import org.sitrep.model.Published;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;
import org.sitrep.model.SourceFormat;

class ArticleMessagesTest {
    private static final Instant READ = Instant.parse("2026-12-07T05:00:00Z");

    private static RawDocument back(String json) {
        List<RawDocument> docs = new ArrayList<>();
        JsonArticles.read(json, "kafka", READ, FieldMapping.standard(), new DocumentSink() {
            @Override
            public void accept(RawDocument d) {
                docs.add(d);
            }

            @Override
            public void reject(Rejection r, byte[] sample) {
                throw new AssertionError(r.toString());
            }
        });
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    @Test
    void anHtmlDocumentComesBackWithItsFacts() {
        RawDocument d = new RawDocument(new Origin("feed.xml", "item 3", SourceFormat.RSS), BodyFormat.HTML, "<p>Shelling in Kharkiv</p>",
                "Kharkiv shelled", "https://example.org/a", "example.org", Published.at(Instant.parse("2024-11-14T15:10:00Z"), DateEvidence.FIELD),
                "en", READ, Map.of("author", "A. Writer", "summary", "a field the mapping reads as text"), Problems.none());
        RawDocument r = back(ArticleMessages.json(d));
        assertThat(r.format()).isEqualTo(BodyFormat.HTML);
        assertThat(r.body()).isEqualTo(d.body());
        assertThat(r.title()).isEqualTo(d.title());
        assertThat(r.url()).isEqualTo(d.url());
        assertThat(r.outlet()).isEqualTo(d.outlet());
        assertThat(r.published().instant()).isEqualTo(d.published().instant());
        assertThat(r.languageHint()).isEqualTo("en");
        // A field whose name the mapping reads as a fact is left out; it would have become the text.
        assertThat(r.fields()).containsEntry("author", "A. Writer").doesNotContainKey("summary");
    }

    @Test
    void aPlainTextDocumentStaysText() {
        RawDocument d = RawDocument.text(new Origin("a.txt", "", SourceFormat.TEXT), "Line one.\n\nLine two.", READ);
        RawDocument r = back(ArticleMessages.json(d));
        assertThat(r.format()).isEqualTo(BodyFormat.TEXT);
        assertThat(r.body()).isEqualTo(d.body());
        assertThat(r.title()).isNull();
        assertThat(r.published()).isNull();
    }

    @Test
    void theFetchTimeHeaderRoundTripsAndABadOneFallsBack() {
        assertThat(ArticleMessages.fetched(ArticleMessages.fetched(READ), Instant.EPOCH)).isEqualTo(READ);
        assertThat(ArticleMessages.fetched(ArticleMessages.bytes("yesterday"), Instant.EPOCH)).isEqualTo(Instant.EPOCH);
        assertThat(ArticleMessages.fetched(null, Instant.EPOCH)).isEqualTo(Instant.EPOCH);
    }
}
