package org.sitrep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.claims.ClaimReport;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.imports.DefaultGazetteer;
import org.sitrep.model.Article;
import org.sitrep.records.EventRecord;
import org.sitrep.records.RecordFilter;
import org.sitrep.store.ClaimIndex;
import org.sitrep.store.EventReads;
import org.sitrep.store.FilteredReads;
import org.sitrep.store.Selection;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.SourceCounts;

/**
 * The analyst's desk (issue 17): every list under one {@link Filter} (articles, search, events, stories, claims,
 * records); the exports that follow it are written from these ({@link org.sitrep.export.Exporter}). Names in the filter are resolved
 * here ({@link FilterResolver}; the gazetteer, when one is in the cache, finds areas no article names); the store
 * executes the result. Default orders: articles newest first, search by relevance, events and stories largest first.
 *
 * <p>Thread-safety: as its {@link Sitrep}; one per Sitrep, closed with it.
 */
public final class Desk implements AutoCloseable {
    /** At most this many articles take part in a filtered claims list. */
    static final int MAX_ARTICLES = 100_000;

    private final Sitrep sitrep;
    private final SitrepStore store;
    private final Path gazetteerFile;
    private Gazetteer gazetteer;
    private boolean gazetteerTried;

    Desk(Sitrep sitrep, SitrepStore store, Path gazetteerCache) {
        this.sitrep = sitrep;
        this.store = store;
        this.gazetteerFile = DefaultGazetteer.file(gazetteerCache);
    }

    /** The filter resolved for the store, in its order or {@code defaultSort}; a name nothing knows is a {@link Filter.Invalid}. */
    public Selection resolve(Filter f, Filter.Sort defaultSort) {
        // An outlet in any spelling ("Kyiv Post", kyivpost.com) is its outlet key, which the store matches.
        Filter keyed = f.outlet() == null ? f : new Filter(f.from(), f.to(), f.date(), f.place(), f.exactPlace(), f.entity(),
                OutletReads.key(store, f.outlet()), f.language(), f.type(), f.disputed(), f.q(), f.sort());
        return new FilterResolver(store.filtered(), gazetteer()).resolve(keyed, defaultSort);
    }

    /** The gazetteer when one was imported into the cache (never fetched from here: a filter does not start a download). */
    private synchronized Gazetteer gazetteer() {
        if (!gazetteerTried) {
            gazetteerTried = true;
            if (Files.isRegularFile(gazetteerFile)) {
                try {
                    gazetteer = Gazetteer.open(gazetteerFile);
                } catch (RuntimeException e) {
                    System.getLogger("sitrep.app").log(System.Logger.Level.WARNING, "the gazetteer in " + gazetteerFile + " did not open: " + e.getMessage());
                }
            }
        }
        return gazetteer;
    }

    /** A page of articles (summaries) under the filter, newest first unless it sorts otherwise, with the total. */
    public EventReads.Page<Article> articles(Filter f, int limit, int offset) {
        return store.filtered().articles(resolve(f, Filter.Sort.NEWEST), limit, offset);
    }

    /** Search hits of the filter's free text under the rest of it, by relevance unless it sorts otherwise. */
    public SitrepStore.SearchResult search(Filter f, int limit, int offset) {
        if (f.q() == null) throw new Filter.Invalid("q", "a search needs free text");
        // Nothing but text, by relevance: the index pages by itself (no 10,000 hits read for one page).
        if (f.withQ(null).isEmpty() && f.sortOr(Filter.Sort.RELEVANCE) == Filter.Sort.RELEVANCE) return store.search(f.q(), limit, offset);
        return store.filtered().search(resolve(f, Filter.Sort.RELEVANCE), limit, offset);
    }

    /** Articles, outlets and independent sources among every article the filter matches (at most {@value FilteredReads#MAX_HITS}). */
    public SourceCounts counts(Filter f) {
        return store.sourceCounts(store.filtered().articleIds(resolve(f, Filter.Sort.NEWEST), FilteredReads.MAX_HITS));
    }

    /** A page of events of at least {@code minArticles} articles under the filter, largest first unless it sorts otherwise. */
    public EventReads.Page<EventReads.EventSummary> events(Filter f, int minArticles, int limit, int offset) {
        return store.filtered().events(resolve(f, Filter.Sort.LARGEST), minArticles, limit, offset);
    }

    /** Each event's most common type, dispute and main place, for the events index. */
    public Map<String, FilteredReads.EventTraits> traits(List<String> eventIds) {
        return store.filtered().traits(eventIds);
    }

    /** A page of stories with an event under the filter, largest first unless it sorts otherwise. */
    public EventReads.Page<EventReads.StorySummary> stories(Filter f, int minEvents, int limit, int offset) {
        return store.filtered().stories(resolve(f, Filter.Sort.LARGEST), minEvents, limit, offset);
    }

    /**
     * The claims of the articles the filter matches, narrowed by the query's kind, side, place words and text, compared;
     * without a filter, as {@link Sitrep#claims}.
     */
    public ClaimReport claims(Filter f, ClaimIndex.Query q) {
        if (f.isEmpty()) return sitrep.claims(q);
        List<String> ids = store.filtered().articleIds(resolve(f, Filter.Sort.NEWEST), MAX_ARTICLES);
        return sitrep.claims(new ClaimIndex.Query(ids, q.kind(), q.side(), q.place(), q.text(), q.limit(), q.offset()));
    }

    /** The records of a page of events under the filter ({@code limit}, {@code offset} count events), of its type and dispute state. */
    public Sitrep.RecordPage records(Filter f, int minArticles, int limit, int offset) {
        RecordFilter only = recordFilter(f);
        EventReads.Page<EventReads.EventSummary> page = events(f, minArticles, limit, offset);
        List<EventRecord> out = new ArrayList<>();
        for (EventReads.EventSummary e : page.items()) for (EventRecord r : sitrep.eventRecords(e.id())) if (only.test(r)) out.add(r);
        return new Sitrep.RecordPage(page.total(), page.items().size(), out);
    }

    /** Records of the filter's type; with disputed=true, disputed ones (disputed=false already left disputed events out). */
    public static RecordFilter recordFilter(Filter f) {
        return RecordFilter.of(f.type(), Boolean.TRUE.equals(f.disputed()));
    }

    @Override
    public synchronized void close() {
        if (gazetteer != null) gazetteer.close();
        gazetteer = null;
    }
}
