package org.sitrep.metadata;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Published;
import org.sitrep.pipeline.Facet;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContext;

/**
 * Refuses a publication date later than the article was fetched: nothing is published after it was read. Such a date
 * (a year-2999 {@code <meta>}, a feed or a dateline typed wrong) would sort the article above every other and date
 * its events in the future, so the article keeps none and a {@code published-in-future} problem records the date it
 * claimed. The fetch time is the pipeline's clock: the ingestion sets it from its own clock when the input carries
 * no capture time, and a stage reads no other (see {@code StageContext}). {@link #TOLERANCE} allows for time zones
 * read wrong and feeds that stamp ahead. Runs after every other source of a date. Stateless and thread-safe.
 */
public final class FutureDates implements Stage {
    /** How far past the fetch time a publication date may lie and still be used. */
    public static final Duration TOLERANCE = Duration.ofDays(1);

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.METADATA);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of();
    }

    @Override
    public Article apply(Article a, StageContext context) {
        if (!inFuture(a.published(), a.fetched())) return a;
        Published p = a.published();
        return a.withPublished(null).withProblem(name(), "published-in-future", "the publication date " + p.iso() + " ("
                + p.evidence().name().toLowerCase(Locale.ROOT) + ") is later than the fetch time " + a.fetched() + "; not used");
    }

    /** True when {@code published} lies more than {@link #TOLERANCE} after {@code fetched}. */
    public static boolean inFuture(Published published, Instant fetched) {
        return published != null && published.instant().isAfter(fetched.plus(TOLERANCE));
    }
}
