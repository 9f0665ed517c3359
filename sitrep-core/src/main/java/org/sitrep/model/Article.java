package org.sitrep.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article through the pipeline's stages. Each stage returns a new record with the facets it provides filled in
 * (see {@code org.sitrep.pipeline.Facet}); a fact not found is null. Out of a complete pipeline, {@code id},
 * {@code sourceText}, {@code text} and {@code language} are always set.
 *
 * @param id                 a stable id from the normalized content (see {@code ContentId})
 * @param origin             where it was read from
 * @param outlet             the outlet, usually the host of its URL; null when unknown
 * @param url                its URL, or null
 * @param title              its headline, or null
 * @param published          when it was published, how precisely, and how we know; null when unknown
 * @param fetched            when it was fetched or read
 * @param language           ISO 639-1 code ("en", "pl"), or "und" when undetermined
 * @param languageConfidence 0..1
 * @param sourceText         the whole plain text before cleaning; {@code removed} spans point into it
 * @param text               the cleaned text
 * @param removed            the spans of {@code sourceText} that cleaning removed, in order, with their rules
 * @param fields             other fields of the input, kept as they were
 * @param problems           what processing met
 */
public record Article(String id, Origin origin, String outlet, String url, String title, Published published,
                      Instant fetched, String language, double languageConfidence, String sourceText, String text,
                      List<RemovedSpan> removed, Map<String, String> fields, Problems problems) {
    public Article {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fetched, "fetched");
        removed = removed == null ? List.of() : List.copyOf(removed);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        problems = problems == null ? Problems.none() : problems;
    }

    /** The starting point of the pipeline: what the reader found, nothing derived yet. */
    public static Article from(RawDocument raw) {
        Map<String, String> fields = raw.fields();
        if (raw.languageHint() != null) {
            fields = new java.util.LinkedHashMap<>(fields);
            fields.put("language_hint", raw.languageHint());
        }
        return new Article(null, raw.origin(), raw.outlet(), raw.url(), raw.title(), raw.published(), raw.fetched(),
                null, 0, null, null, List.of(), fields, raw.problems());
    }

    public Article withId(String v) {
        return new Article(v, origin, outlet, url, title, published, fetched, language, languageConfidence, sourceText, text, removed, fields, problems);
    }

    public Article withOutlet(String v) {
        return new Article(id, origin, v, url, title, published, fetched, language, languageConfidence, sourceText, text, removed, fields, problems);
    }

    public Article withUrl(String v) {
        return new Article(id, origin, outlet, v, title, published, fetched, language, languageConfidence, sourceText, text, removed, fields, problems);
    }

    public Article withTitle(String v) {
        return new Article(id, origin, outlet, url, v, published, fetched, language, languageConfidence, sourceText, text, removed, fields, problems);
    }

    public Article withPublished(Published v) {
        return new Article(id, origin, outlet, url, title, v, fetched, language, languageConfidence, sourceText, text, removed, fields, problems);
    }

    public Article withLanguage(String v, double confidence) {
        return new Article(id, origin, outlet, url, title, published, fetched, v, confidence, sourceText, text, removed, fields, problems);
    }

    /** Sets the source text and the spans already known not to be content (e.g. HTML navigation). */
    public Article withSourceText(String v, List<RemovedSpan> spans) {
        return new Article(id, origin, outlet, url, title, published, fetched, language, languageConfidence, v, text, spans, fields, problems);
    }

    public Article withText(String v, List<RemovedSpan> spans) {
        return new Article(id, origin, outlet, url, title, published, fetched, language, languageConfidence, sourceText, v, spans, fields, problems);
    }

    /**
     * The field that marks a page with no article text (a paywall, a login or notification prompt, a cookie wall, an
     * error page); its value is the kind. Set by cleaning; such an article is stored and shown but reports nothing.
     */
    public static final String NO_ARTICLE = "no_article";

    /** Why this page has no article text ("paywall", "error-page"…), or null when it has some. */
    public String noArticle() {
        return fields.get(NO_ARTICLE);
    }

    public Article withFields(Map<String, String> v) {
        return new Article(id, origin, outlet, url, title, published, fetched, language, languageConfidence, sourceText, text, removed, v, problems);
    }

    public Article withProblem(String stage, String code, String message) {
        return new Article(id, origin, outlet, url, title, published, fetched, language, languageConfidence, sourceText, text, removed, fields,
                problems.add(stage, code, message));
    }
}
