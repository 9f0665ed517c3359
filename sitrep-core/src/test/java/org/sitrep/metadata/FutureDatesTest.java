package org.sitrep.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.chain.Pipelines;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.ingest.JsonArticles;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Origin;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;
import org.sitrep.model.RawDocument;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.StageContext;

class FutureDatesTest {
    private static final Instant FETCHED = Instant.parse("2026-12-06T12:00:00Z");
    private static final String BODY = "Russian drones struck Kharkiv overnight, the mayor said on Sunday. Two people were wounded.";

    private static Article process(RawDocument raw) {
        return Pipelines.standard(StageContext.DEFAULT).process(raw);
    }

    /** Issue 15: a year-2999 date was accepted and pinned the article to the top of every list. */
    @Test
    void aYear2999DateIsNotUsedWhereverItComesFrom() throws Exception {
        RawDocument meta = RawDocument.html(new Origin("a.html", "", SourceFormat.HTML), "<html><head><title>Drones hit Kharkiv</title>"
                + "<meta property=\"article:published_time\" content=\"2999-01-01T10:00:00Z\"></head><body><article><p>" + BODY
                + "</p></article></body></html>", "https://e.example/a", FETCHED);
        RawDocument json = JsonArticles.toRawDocument(new ObjectMapper().readTree("{\"title\":\"Drones hit Kharkiv\",\"published\":\"2999-01-01\","
                + "\"text\":\"" + BODY + "\"}"), new Origin("a.json", "item 1", SourceFormat.JSON), FETCHED, FieldMapping.standard());
        RawDocument text = RawDocument.text(new Origin("a.txt", "", SourceFormat.TEXT), "Drones hit Kharkiv\nPublished: 1 January 2999\n\n" + BODY, FETCHED);
        for (RawDocument raw : List.of(meta, json, text)) {
            Article a = process(raw);
            assertThat(a.published()).as("%s", raw.origin()).isNull();
            assertThat(a.problems().items()).filteredOn(p -> p.code().equals("published-in-future")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("2999-01-01"));
            assertThat(a.text()).contains("Two people were wounded");
        }
    }

    @Test
    void aDateWithinADayOfTheFetchIsKept() {
        Article a = process(RawDocument.text(new Origin("a.txt", "", SourceFormat.TEXT), "Drones hit Kharkiv\nPublished: 7 December 2026\n\n" + BODY, FETCHED));
        assertThat(a.published()).isEqualTo(Published.day(LocalDate.of(2026, 12, 7), DateEvidence.TEXT));
        assertThat(a.problems().items()).extracting(Problem::code).doesNotContain("published-in-future");
    }

    @Test
    void theBoundIsTheFetchTimePlusTheTolerance() {
        Instant bound = FETCHED.plus(FutureDates.TOLERANCE);
        assertThat(FutureDates.inFuture(Published.at(bound, DateEvidence.FEED), FETCHED)).isFalse();
        assertThat(FutureDates.inFuture(Published.at(bound.plusSeconds(1), DateEvidence.FEED), FETCHED)).isTrue();
        assertThat(FutureDates.inFuture(null, FETCHED)).isFalse();
    }
}
