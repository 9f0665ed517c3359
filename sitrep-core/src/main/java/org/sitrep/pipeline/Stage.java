package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.model.Article;

/**
 * One step of the article pipeline: a pure function of the article and the context. Implementations are
 * stateless or hold only immutable configuration, so they are thread-safe and can run inside any engine.
 * A stage never throws on bad input; it records a problem on the article and returns what it could do.
 */
public interface Stage {
    /** A short stable name, used in problems and removed-span rules ("clean", "language"). */
    String name();

    /** Facets that must be present before this stage runs. */
    Set<Facet> requires();

    /** Facets this stage fills in. */
    Set<Facet> provides();

    Article apply(Article article, StageContext context);
}
