package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/**
 * The first step of a pipeline: from a raw document (text or HTML) to an article with its source text. Pure and
 * thread-safe like a {@link Stage}; it never throws on bad input.
 */
public interface Extractor {
    String name();

    /** Facets the returned article has (at least {@link Facet#RAW} and {@link Facet#SOURCE_TEXT}). */
    Set<Facet> provides();

    Article extract(RawDocument raw, StageContext context);
}
