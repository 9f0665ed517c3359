package org.sitrep.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.chain.Pipelines;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Origin;
import org.sitrep.model.Problems;
import org.sitrep.model.Published;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.StageContext;

/**
 * Fixtures for tests: raw documents as a reader gives them ({@link #text}, {@link #html}), the standard pipeline's
 * article for one ({@link #processed}), and finished articles built field by field ({@link #article}). Everything
 * unspecified has a fixed value (read at {@link #READ_AT}, language "en"), so fixtures are the same on every run.
 */
public final class Articles {
    /** The fetch time of every fixture unless a test sets another. */
    public static final Instant READ_AT = Instant.EPOCH;

    private Articles() {
    }

    /** A plain-text document read from a file named {@code test.txt}. */
    public static RawDocument text(String body) {
        return RawDocument.text(new Origin("test.txt", "", SourceFormat.TEXT), body, READ_AT);
    }

    /** A plain-text document read from {@code origin} (a file name or path) at {@code readAt}. */
    public static RawDocument text(String origin, String body, Instant readAt) {
        return RawDocument.text(new Origin(origin, "", SourceFormat.TEXT), body, readAt);
    }

    /** An HTML page read from a file named {@code test.html}, without a URL. */
    public static RawDocument html(String body) {
        return html(body, null);
    }

    /** An HTML page read from a file named {@code test.html} with the URL it was fetched from (or null). */
    public static RawDocument html(String body, String url) {
        return RawDocument.html(new Origin("test.html", "", SourceFormat.HTML), body, url, READ_AT);
    }

    /** The document through the standard pipeline ({@code Pipelines.standard}, default context). */
    public static Article processed(RawDocument raw) {
        return Pipelines.standard(StageContext.DEFAULT).process(raw);
    }

    /** A finished article with id {@code id} (also its origin), built field by field; see {@link Builder}. */
    public static Builder article(String id) {
        return new Builder(id);
    }

    /**
     * A finished article as the pipeline would leave it: by default text = source text (nothing removed), language
     * "en" with confidence 1, read at {@link #READ_AT}, from a JSON input named after the id, no fields, no problems.
     * Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private Origin origin;
        private String outlet;
        private String url;
        private String title;
        private Published published;
        private Instant fetched = READ_AT;
        private String language = "en";
        private double languageConfidence = 1;
        private String sourceText = "";
        private String text = "";
        private List<RemovedSpan> removed = List.of();
        private Map<String, String> fields = Map.of();
        private Problems problems = Problems.none();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
            this.origin = new Origin(id, "", SourceFormat.JSON);
        }

        /** Where it was read from (default: an input named after the id, read as JSON). */
        public Builder origin(Origin v) {
            origin = v;
            return this;
        }

        public Builder outlet(String v) {
            outlet = v;
            return this;
        }

        public Builder url(String v) {
            url = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder published(Published v) {
            published = v;
            return this;
        }

        /** Published on {@code day}, as a dateline in the text would say it (null: unknown). */
        public Builder day(LocalDate day) {
            published = day == null ? null : Published.day(day, DateEvidence.TEXT);
            return this;
        }

        public Builder fetched(Instant v) {
            fetched = v;
            return this;
        }

        public Builder language(String code, double confidence) {
            language = code;
            languageConfidence = confidence;
            return this;
        }

        /** The article's text, with nothing removed: source text and cleaned text are both {@code v}. */
        public Builder text(String v) {
            sourceText = v;
            text = v;
            removed = List.of();
            return this;
        }

        /** The source text, the cleaned text and the spans of the source text that cleaning removed. */
        public Builder cleaned(String source, String cleaned, List<RemovedSpan> spans) {
            sourceText = source;
            text = cleaned;
            removed = spans;
            return this;
        }

        public Builder fields(Map<String, String> v) {
            fields = v;
            return this;
        }

        public Builder problems(Problems v) {
            problems = v;
            return this;
        }

        public Article build() {
            return new Article(id, origin, outlet, url, title, published, fetched, language, languageConfidence,
                    sourceText, text, removed, fields, problems);
        }
    }
}
