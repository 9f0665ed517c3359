package org.sitrep.app;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.sitrep.chain.Pipelines;
import org.sitrep.claims.ClaimComparison;
import org.sitrep.claims.ClaimReport;
import org.sitrep.copies.CopyDetection;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.embed.SentenceEmbedder;
import org.sitrep.geo.TransliterationKey;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.ingest.ReaderOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.model.Article;
import org.sitrep.nlp.Annotators;
import org.sitrep.geo.OutletHomes;
import org.sitrep.outlets.Outlet;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageContext;
import org.sitrep.records.EventRecord;
import org.sitrep.records.EventRecords;
import org.sitrep.records.RecordFilter;
import org.sitrep.records.TypeCall;
import org.sitrep.store.ClaimIndex;
import org.sitrep.store.EventFacts;
import org.sitrep.store.EventReads;
import org.sitrep.store.EntityReads;
import org.sitrep.store.Provenance;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.SourceCounts;
import org.sitrep.understand.ClaimFinder;
import org.sitrep.understand.EventTypeClassifier;
import org.sitrep.understand.NameQuery;
import org.sitrep.understand.PlaceLookup;
import org.sitrep.understand.SideLexicon;

/**
 * The one entry point, like {@code Jsoup}: a data directory opened with the standard pipeline, owning the order of
 * the passes. Articles come in through {@link #ingestion()} (read → clean → identify → store, copies compared at each
 * commit); {@link #catchUp} then runs what follows storing, in order: annotation (names, dates, quantities, quotes;
 * places resolved; entities linked) and placement into events and stories. The front ends (CLI, server) call these
 * and the read methods below and only translate; none of them chains passes itself.
 *
 * <p>Thread-safety: reads may come from any thread (the store serializes them); one ingestion and one catch-up at a
 * time. Closing it closes the store. For reads that must not wait for a writer, open another one read-only
 * ({@link #openReadOnly}): its own connection and lock.
 */
public final class Sitrep implements AutoCloseable {
    private final SitrepConfig config;
    private final SitrepStore store;
    private final Ingestion ingestion;
    private final Desk desk;
    private final Watches watches;

    private Sitrep(SitrepConfig config, SitrepStore store, Ingestion ingestion) {
        this.config = config;
        this.store = store;
        this.ingestion = ingestion;
        this.desk = new Desk(this, store, config.gazetteerCache());
        this.watches = new Watches(store, desk, InstantSource.system(), org.sitrep.alerts.Backoff.STANDARD);
    }

    /** Opens the configured data directory with the standard pipeline and, unless turned off, lead embeddings. */
    public static Sitrep open(SitrepConfig config) {
        return open(config, new Fingerprinter(config.embeddings() ? SentenceEmbedder.standard() : null, config.copies()));
    }

    /**
     * As {@link #open(SitrepConfig)} with another fingerprinter (no embeddings, or a user's ONNX model; null for no
     * copy detection of what is ingested). Articles stored but not yet compared for copies (a crash between a commit
     * and its comparison) are compared before this returns.
     */
    public static Sitrep open(SitrepConfig config, Fingerprinter fingerprinter) {
        InstantSource clock = InstantSource.system();
        Fingerprinter restorer = fingerprinter == null ? new Fingerprinter(null, config.copies()) : fingerprinter;
        SitrepStore store = SitrepStore.open(config.dataDir(), config.db(), restorer::restore, clock);
        CopyDetection copies = new CopyDetection(store.copyCandidates(), store.copyStore(), restorer.params());
        Pipeline pipeline = Pipelines.standard(StageContext.DEFAULT);
        Readers readers = new Readers(ReaderOptions.defaults().withMapping(config.mapping()));
        Ingestion ingestion = new Ingestion(store, pipeline, fingerprinter, copies, readers, config.mapping(), clock);
        try {
            copies.catchUp();
            synchronized (store) {
                ingestion.outlets().run();
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return new Sitrep(config, store, ingestion);
    }

    /**
     * Opens the configured data directory for reading only (see {@link SitrepStore#openReadOnly}): beside a running
     * {@code serve} or ingest, whose write lock it does not take and whose writes it neither waits for nor delays. The
     * read methods work; {@link #ingestion()} and the passes are refused.
     */
    public static Sitrep openReadOnly(SitrepConfig config) {
        return new Sitrep(config, SitrepStore.openReadOnly(config.dataDir(), config.db()), null);
    }

    /**
     * Opens the configured PostgreSQL database for reading only beside the process that writes it (a Flink job, an
     * ingest elsewhere), keeping a search index of its own in the data directory that {@link SitrepStore#followIndex()}
     * brings up to the database (see {@link SitrepStore#openFollower}). For {@code serve --read-only}.
     */
    public static Sitrep openFollower(SitrepConfig config) {
        Fingerprinter restorer = new Fingerprinter(null, config.copies());
        return new Sitrep(config, SitrepStore.openFollower(config.dataDir(), config.db(), restorer::restore), null);
    }

    /** {@code dataDir} with the defaults (embeddings on, the gazetteer in {@code ~/.cache/sitrep}); reads no environment. */
    public static Sitrep open(Path dataDir) {
        return open(defaults(dataDir));
    }

    /** As {@link #open(Path)} with a field mapping and a fingerprinter. */
    public static Sitrep open(Path dataDir, FieldMapping mapping, Fingerprinter fingerprinter) {
        return open(defaults(dataDir).withMapping(mapping), fingerprinter);
    }

    private static SitrepConfig defaults(Path dataDir) {
        return SitrepConfig.fromEnvironment(dataDir, Map.of(), new Properties());
    }

    public SitrepConfig config() {
        return config;
    }

    /** The store, for reads the facade does not offer and for tests; writes go through the passes. */
    public SitrepStore store() {
        return store;
    }

    /** Every list under one {@link Filter}, and the exports that follow it (issue 17). */
    public Desk desk() {
        return desk;
    }

    /** Watchlists (saved filters) and their alerts (issue 17). */
    public Watches watches() {
        return watches;
    }

    /** Where articles come in; refused when opened for reading only. */
    public Ingestion ingestion() {
        requireWriter();
        return ingestion;
    }

    private void requireWriter() {
        if (ingestion == null) throw new IllegalStateException("this data directory was opened for reading only");
    }

    /** Whether this was opened by {@link #openReadOnly}. */
    public boolean readOnly() {
        return ingestion == null;
    }

    // ---------------------------------------------------------------- the passes after storing

    /** What a catch-up reports while it goes: one listener per pass. */
    public interface CatchUpListener {
        default AnnotationPass.Listener annotation() {
            return new AnnotationPass.Listener() {
            };
        }

        default EventPass.Listener events() {
            return new EventPass.Listener() {
            };
        }

        default EventPlacesPass.Listener eventPlaces() {
            return new EventPlacesPass.Listener() {
            };
        }

        default ClaimPass.Listener claims() {
            return new ClaimPass.Listener() {
            };
        }

        default TypePass.Listener types() {
            return new TypePass.Listener() {
            };
        }
    }

    /**
     * What a catch-up did.
     *
     * @param annotation the annotation pass, empty when the configuration turns annotation off
     * @param eventPlaces the places settled by their events ({@link EventPlacesPass}), empty likewise
     * @param claims     the claims pass, empty when the configuration turns annotation off (claims are read from
     *                   annotations)
     * @param types      the event-type pass, empty likewise
     */
    public record CatchUp(Optional<AnnotationPass.Report> annotation, EventPass.Report events,
                          Optional<EventPlacesPass.Report> eventPlaces, Optional<ClaimPass.Report> claims,
                          Optional<TypePass.Report> types, AlertPass.Report alerts) {
    }

    /**
     * Runs every pass that follows storing over what it has not seen yet, in order: annotation (when configured;
     * loads CoreNLP on first use, seconds and about 1 GB of heap; the gazetteer is fetched on first need), then
     * placement into events and stories (after annotation only annotated articles are placed, their names being
     * entities; without it every stored article is placed at once, with capitalised words for names), then, after
     * annotation, the places articles left doubtful that other reports of their events settle ({@link EventPlacesPass}),
     * the claims of the annotated articles and the comparison of the claims of every event whose members
     * changed, and the event type of each annotated article; then the digests that lists read (each changed event's and
     * story's counts and traits, {@link org.sitrep.store.Digests}) are written again; last, the watchlists' alerts ({@link Watches#raise()}) and
     * their webhooks. Each pass keeps its own mark, so a kill loses at most the batch in hand and the next catch-up goes on
     * from there.
     */
    public CatchUp catchUp(CatchUpListener listener) {
        return catchUp(listener, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #catchUp(CatchUpListener)}, annotating on at most {@code annotationThreads} threads (a server leaves
     * cores to its requests).
     */
    public CatchUp catchUp(CatchUpListener listener, int annotationThreads) {
        requireWriter();
        Optional<AnnotationPass.Report> annotation = config.annotate() ? Optional.of(annotate(listener.annotation(), annotationThreads))
                : Optional.empty();
        EventPass.Report events = placeEvents(config.annotate(), listener.events());
        Optional<EventPlacesPass.Report> eventPlaces = config.annotate() ? Optional.of(settleEventPlaces(listener.eventPlaces()))
                : Optional.empty();
        Optional<ClaimPass.Report> claims = config.annotate() ? Optional.of(findClaims(listener.claims())) : Optional.empty();
        Optional<TypePass.Report> types = config.annotate() ? Optional.of(findTypes(listener.types())) : Optional.empty();
        if (config.annotate()) store.digests().refresh();
        AlertPass.Report alerts = watches().raise();
        if (!alerts.raised().isEmpty()) watches().deliver();
        return new CatchUp(annotation, events, eventPlaces, claims, types, alerts);
    }

    /**
     * Reads the ACLED event type of every annotated article not yet read (see {@link TypePass}); the model is trained
     * on first use (about a second).
     */
    public TypePass.Report findTypes(TypePass.Listener listener) {
        requireWriter();
        if (store.types().pending(store.entities().annotatedSeq()) == 0) {
            listener.planned(0);
            return new TypePass.Report(0, 0, 0, 0, 0);
        }
        return new TypePass(store, EventTypeClassifier.standard()).run(listener);
    }

    /**
     * Reads the claims of every annotated article not yet read and compares again the claims of every event whose
     * members changed (see {@link ClaimPass}).
     */
    public ClaimPass.Report findClaims(ClaimPass.Listener listener) {
        requireWriter();
        return new ClaimPass(store, new ClaimFinder(SideLexicon.standard()), new ClaimComparison(config.claims())).run(listener);
    }

    /**
     * Annotates every article not yet annotated (see {@link AnnotationPass}) on all cores, with the gazetteer from the
     * configured cache, fetched on first need; without one, places stay unresolved with the reason. Nothing pending:
     * returns at once.
     */
    public AnnotationPass.Report annotate(AnnotationPass.Listener listener) {
        return annotate(listener, Runtime.getRuntime().availableProcessors());
    }

    private AnnotationPass.Report annotate(AnnotationPass.Listener listener, int threads) {
        requireWriter();
        if (store.entities().pending() == 0) {
            listener.planned(0);
            return new AnnotationPass.Report(0, 0, 0, 0, 0, 0, 0, Optional.empty());
        }
        try (PlaceLookup places = PlaceLookup.fromCache(config.gazetteerCache(), config.places())) {
            return annotate(places, listener, threads);
        }
    }

    /** As {@link #annotate(AnnotationPass.Listener)} with the given gazetteer (or none). */
    public AnnotationPass.Report annotate(PlaceLookup places, AnnotationPass.Listener listener) {
        return annotate(places, listener, Runtime.getRuntime().availableProcessors());
    }

    private AnnotationPass.Report annotate(PlaceLookup places, AnnotationPass.Listener listener, int threads) {
        requireWriter();
        return new AnnotationPass(store, Annotators::forLanguage, places, Math.max(1, threads)).run(listener);
    }

    /**
     * Settles the places articles left doubtful with the places other reports of their events named (see
     * {@link EventPlacesPass}), for the articles placed since it last ran; the gazetteer from the configured cache is
     * opened only when an event has something to settle.
     */
    public EventPlacesPass.Report settleEventPlaces(EventPlacesPass.Listener listener) {
        PlaceLookup[] opened = new PlaceLookup[1];
        try {
            return settleEventPlaces(() -> opened[0] = PlaceLookup.fromCache(config.gazetteerCache(), config.places()), listener);
        } finally {
            if (opened[0] != null) opened[0].close();
        }
    }

    /** As {@link #settleEventPlaces(EventPlacesPass.Listener)} with the given gazetteer (or none), asked for when needed. */
    public EventPlacesPass.Report settleEventPlaces(java.util.function.Supplier<PlaceLookup> places, EventPlacesPass.Listener listener) {
        requireWriter();
        EventPlacesPass.Report report = new EventPlacesPass(store, places, config.places().confidentAt(), OutletHomes.Params.defaults())
                .run(Long.MAX_VALUE, listener);
        if (report.settled() + report.guessed() > 0) store.digests().refresh();
        return report;
    }

    /**
     * Places every article not yet placed into events and stories (see {@link EventPass}). With
     * {@code afterAnnotation}, only articles the annotation pass has dealt with are placed (their names are entities);
     * without, every stored article is placed at once, with capitalised words for names.
     */
    public EventPass.Report placeEvents(boolean afterAnnotation, EventPass.Listener listener) {
        requireWriter();
        long upTo = afterAnnotation ? store.entities().annotatedSeq() : Long.MAX_VALUE;
        EventPass.Report report = new EventPass(store, config.events(), EventFacts.Names.WORDS).run(upTo, listener);
        store.digests().refresh();
        return report;
    }

    /** Forgets every annotation and entity (and so every event, placed from them), to annotate everything again. */
    public void forgetAnnotations() {
        requireWriter();
        store.types().reset();
        store.claims().reset();
        store.entities().reset();
        store.events().reset();
    }

    /** Forgets every event and story, to place every article again. */
    public void forgetEvents() {
        requireWriter();
        store.events().reset();
    }

    // ---------------------------------------------------------------- reading

    public Optional<Article> article(String idOrPrefix) {
        return store.article(idOrPrefix);
    }

    /** Articles, newest first; the query's outlet may be any spelling of it ("Kyiv Post", "kyivpost.com"). */
    public List<Article> articles(SitrepStore.ArticleQuery q) {
        return store.articles(OutletReads.keyed(store, q));
    }

    /** The articles with these ids that exist, without source texts and removed spans: for summaries. */
    public Map<String, Article> articleSummaries(Collection<String> ids) {
        return store.articleSummaries(ids);
    }

    /** As {@link #articles}, without source texts and removed spans: for pages of summaries. */
    public List<Article> articleSummaries(SitrepStore.ArticleQuery q) {
        return store.articleSummaries(OutletReads.keyed(store, q));
    }

    public long countArticles() {
        return store.countArticles();
    }

    public long countArticles(SitrepStore.ArticleQuery q) {
        return store.countArticles(OutletReads.keyed(store, q));
    }

    /** Every outlet (one per site, whatever its spellings), most articles first. */
    public List<Outlet> outlets() {
        return store.outlets().list();
    }

    /**
     * Where the outlet with this key is at home, as the annotation pass learns it ({@link OutletHomes}) from the places
     * its latest annotated articles named with confidence; {@link OutletHomes.Kind#NONE} with the reason when it cannot
     * be told (too few articles, or places in many countries).
     */
    public OutletHomes.Decision outletHome(String key) {
        return AnnotationPass.learnHome(store, key, config.places().confidentAt(), OutletHomes.Params.defaults());
    }

    /** The outlet any spelling of it names ("Kyiv Post", "KyivPost", "kyivpost.com"). */
    public Optional<Outlet> outlet(String spelling) {
        String key = outletKey(spelling);
        return key == null ? Optional.empty() : store.outlets().get(key);
    }

    /** The key of the outlet a spelling names, for filters; a spelling of no stored outlet gives a key matching nothing. */
    public String outletKey(String spelling) {
        return OutletReads.key(store, spelling);
    }

    /** Forgets the outlet keys and keys every article again; returns how many were read. */
    public long rebuildOutlets() {
        requireWriter();
        synchronized (store) {
            long keyed = ingestion.outlets().rebuild();
            store.digests().refresh();
            return keyed;
        }
    }

    /** BM25 search over title and text (Lucene query syntax, plain text when it does not parse). */
    public SitrepStore.SearchResult search(String query, int limit) {
        return store.search(query, limit, 0);
    }

    /** As {@link #search(String, int)}, skipping the first {@code offset} hits (paging). */
    public SitrepStore.SearchResult search(String query, int limit, int offset) {
        return store.search(query, limit, offset);
    }

    /**
     * The query widened to the other spellings and scripts of the entities that carry the name ("Kupyansk" also
     * searches "Kupiansk", "Купʼянськ"…; see {@link NameQuery}); run its {@code query()} with {@link #search} and
     * show its {@code alsoSearched()}.
     */
    public NameQuery.Widened widenToSpellings(String query) {
        return NameQuery.widen(query, key -> store.entityReads().spellingsSharingKey(key, 50));
    }

    /** Articles, outlets and independent sources among the first {@code max} hits of a search. */
    public SourceCounts searchCounts(String query, int max) {
        return store.searchCounts(query, max);
    }

    /** What this article copies and what copies it, with the evidence. */
    public Provenance provenance(String id) {
        return store.provenance(id);
    }

    /** Articles, outlets and independent sources among these articles (copies collapse into their original). */
    public SourceCounts sourceCounts(Collection<String> ids) {
        return store.sourceCounts(ids);
    }

    /** The quarantine, newest first. */
    public List<SitrepStore.QuarantineEntry> rejected(int limit) {
        return store.quarantined(limit);
    }

    /** A page of the quarantine, newest first, with how many it holds in all. */
    public EventReads.Page<SitrepStore.QuarantineEntry> rejected(int limit, int offset) {
        return new EventReads.Page<>(store.countQuarantined(), store.quarantined(limit, offset));
    }

    /** A page of entities, most mentioned first; {@code name} matches any spelling or script. */
    public EntityReads.EntityPage entities(String type, String name, int limit, int offset) {
        String key = name == null || name.isBlank() ? null : TransliterationKey.of(name);
        return store.entityReads().entities(new EntityReads.EntityQuery(type, name, key, limit, offset));
    }

    public Optional<EntityReads.EntityDetail> entity(long id) {
        return store.entityReads().entity(id);
    }

    /** What the annotation pass stored for an article (status pending when it has not reached it). */
    public EntityReads.StoredAnnotations annotations(String articleId) {
        return store.entityReads().annotations(Objects.requireNonNull(articleId, "articleId"));
    }

    /** Articles the annotation pass has not reached yet. */
    public long pendingAnnotation() {
        return store.entities().pending();
    }

    /** Whether the annotation pass has reached any article (a store ingested only with {@code --no-nlp} has none). */
    public boolean annotatedAny() {
        return store.entities().annotatedSeq() > 0;
    }

    public EventReads.Page<EventReads.EventSummary> events(int minArticles, int limit, int offset) {
        return store.eventReads().events(minArticles, limit, offset);
    }

    public Optional<EventReads.EventDetail> event(String id) {
        return store.eventReads().event(id);
    }

    /** An event's follow-ups and the events it follows up, within its story (see {@link FollowUpReads}). */
    public FollowUpReads.EventFollowUps followUps(String eventId) {
        return FollowUpReads.of(store.eventReads(), eventId);
    }

    /** As {@link #followUps(String)}, for an event already read. */
    public FollowUpReads.EventFollowUps followUps(EventReads.EventDetail event) {
        return FollowUpReads.of(store.eventReads(), event);
    }

    public EventReads.Page<EventReads.StorySummary> stories(int minEvents, int limit, int offset) {
        return store.eventReads().stories(minEvents, limit, offset);
    }

    public Optional<EventReads.StoryDetail> story(String id) {
        return store.eventReads().story(id);
    }

    /** The claims of an event compared: groups with their sources, disputes, updates; empty for an unknown event. */
    public ClaimReport eventClaims(String eventId) {
        return ClaimReads.report(store, store.eventReads().articlesOf(eventId), new ClaimComparison(config.claims()), false);
    }

    /**
     * The claims of all of a story's events compared together (a claim is folded only with statements of its own
     * event; disputes may cross events); empty for an unknown story.
     */
    public ClaimReport storyClaims(String storyId) {
        return ClaimReads.report(store, store.eventReads().articlesOfStory(storyId), new ClaimComparison(config.claims()), true);
    }

    /** Stored claims matching a query compared together (at most the query's limit of them), each within its event. */
    public ClaimReport claims(ClaimIndex.Query q) {
        return ClaimReads.compare(store, store.claims().find(q).reversed(), new ClaimComparison(config.claims()), true);
    }

    /**
     * The disputes of the events that have some (most first, as last compared by the claims pass; {@code limit} and
     * {@code offset} count events), each event's report passed through the filter, as one report.
     */
    public ClaimReport disputes(org.sitrep.claims.ClaimFilter filter, int limit, int offset) {
        org.sitrep.claims.ClaimFilter only = new org.sitrep.claims.ClaimFilter(filter.kind(), filter.side(), filter.place(), filter.words(), true);
        List<ClaimReport> reports = new java.util.ArrayList<>();
        for (ClaimIndex.EventSummary e : store.claims().disputedEvents(limit, offset)) reports.add(only.apply(eventClaims(e.eventId())));
        return ClaimReport.concat(reports);
    }

    /** The event an article is in, or null before it is placed: for the event of each dispute shown. */
    public String eventIdOf(String articleId) {
        return store.eventReads().ofArticle(articleId).map(Map.Entry::getKey).orElse(null);
    }

    /** Events with disputes among their claims, most disputes first, as last compared by the claims pass. */
    public List<ClaimIndex.EventSummary> disputedEvents(int limit, int offset) {
        return store.claims().disputedEvents(limit, offset);
    }

    /** The claims summary of an event as last compared; null before the claims pass reached it. */
    public ClaimIndex.EventSummary claimSummary(String eventId) {
        return store.claims().summary(eventId);
    }

    /**
     * The ACLED-style records of an event, its main record first (see {@link EventRecords}); empty for an unknown
     * event. Decided when read from the stored types, claims and places.
     */
    public List<EventRecord> eventRecords(String eventId) {
        List<String> ids = store.eventReads().articlesOf(eventId);
        if (ids.isEmpty()) return List.of();
        return RecordReads.records(store, eventId, ids, new ClaimComparison(config.claims()), EventTypeClassifier.standard(), EventRecords.standard());
    }

    /**
     * The records of a page of events (in the order of {@link #events}) that pass the filter.
     *
     * @param totalEvents the events of at least {@code minArticles} articles in all
     * @param events      how many events this page read
     */
    public record RecordPage(long totalEvents, int events, List<EventRecord> records) {
    }

    /** The records of the events {@link #events(int, int, int)} gives, filtered; {@code limit} and {@code offset} count events. */
    public RecordPage records(int minArticles, int limit, int offset, RecordFilter filter) {
        EventReads.Page<EventReads.EventSummary> page = events(minArticles, limit, offset);
        List<EventRecord> out = new java.util.ArrayList<>();
        for (EventReads.EventSummary e : page.items()) {
            for (EventRecord r : eventRecords(e.id())) if (filter.test(r)) out.add(r);
        }
        return new RecordPage(page.total(), page.items().size(), out);
    }

    /**
     * The records one article would make alone (its own types, claims and places), keyed by the article's id; empty
     * for an unknown article.
     */
    public List<EventRecord> articleRecords(String articleId) {
        if (store.article(articleId).isEmpty()) return List.of();
        return RecordReads.records(store, articleId, List.of(articleId), new ClaimComparison(config.claims()), EventTypeClassifier.standard(),
                EventRecords.standard());
    }

    /** The stored event types of these articles; an article not typed (yet, or skipped) is absent. */
    public Map<String, TypeCall> articleTypes(Collection<String> articleIds) {
        return store.types().of(articleIds);
    }

    /** The stored event type of an article; null before the type pass reached it, or when it was skipped. */
    public TypeCall articleType(String articleId) {
        return store.types().of(List.of(articleId)).get(articleId);
    }

    /** The event and story an article was placed in (ids); empty before it is placed. */
    public Optional<Map.Entry<String, String>> eventOf(String articleId) {
        return store.eventReads().ofArticle(articleId);
    }

    @Override
    public void close() {
        if (ingestion != null) ingestion.close();
        desk.close();
        store.close();
    }
}
