package org.sitrep.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A document as a reader found it, before any cleaning. Fields a reader could not find are null; the pipeline
 * fills what it can from the body itself.
 *
 * @param origin       where it came from
 * @param format       whether {@code body} is text or HTML
 * @param body         the body, decoded to a string
 * @param title        the title given by the input's metadata, or null
 * @param url          the article's URL, or null
 * @param outlet       the outlet (usually a host name), or null
 * @param published    the publication time from metadata, or null
 * @param languageHint a language declared by the input ("en-US"), or null; a hint, not a verdict
 * @param fetched      when the input was fetched or read; the reference time when nothing better is known
 * @param fields       other fields of the input, kept as they were
 * @param problems     what the reader met
 */
public record RawDocument(Origin origin, BodyFormat format, String body, String title, String url, String outlet,
                          Published published, String languageHint, Instant fetched, Map<String, String> fields,
                          Problems problems) {
    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetched, "fetched");
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        problems = problems == null ? Problems.none() : problems;
    }

    public static RawDocument text(Origin origin, String body, Instant fetched) {
        return new RawDocument(origin, BodyFormat.TEXT, body, null, null, null, null, null, fetched, Map.of(), Problems.none());
    }

    public static RawDocument html(Origin origin, String body, String url, Instant fetched) {
        return new RawDocument(origin, BodyFormat.HTML, body, null, url, null, null, null, fetched, Map.of(), Problems.none());
    }

    public RawDocument withTitle(String t) {
        return new RawDocument(origin, format, body, t, url, outlet, published, languageHint, fetched, fields, problems);
    }

    public RawDocument withUrl(String u) {
        return new RawDocument(origin, format, body, title, u, outlet, published, languageHint, fetched, fields, problems);
    }

    public RawDocument withOutlet(String o) {
        return new RawDocument(origin, format, body, title, url, o, published, languageHint, fetched, fields, problems);
    }

    public RawDocument withPublished(Published p) {
        return new RawDocument(origin, format, body, title, url, outlet, p, languageHint, fetched, fields, problems);
    }

    public RawDocument withLanguageHint(String l) {
        return new RawDocument(origin, format, body, title, url, outlet, published, l, fetched, fields, problems);
    }

    public RawDocument withFields(Map<String, String> f) {
        return new RawDocument(origin, format, body, title, url, outlet, published, languageHint, fetched, f, problems);
    }

    public RawDocument withProblem(String stage, String code, String message) {
        return new RawDocument(origin, format, body, title, url, outlet, published, languageHint, fetched, fields,
                problems.add(stage, code, message));
    }
}
