package org.sitrep.app;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import org.sitrep.copies.CopyDetection;
import org.sitrep.copies.Fingerprint;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.ingest.DocumentSink;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.ingest.JsonArticles;
import org.sitrep.ingest.Readers;
import org.sitrep.ingest.Source;
import org.sitrep.ingest.Sources;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.SitrepStore;
import org.sitrep.pipeline.Cpu;

/**
 * Drives documents through the pipeline into the store: the one place where ingest, clean, identify and store
 * meet. The CLI's {@code ingest} and {@code watch} and the server's {@code POST /api/articles} all go through it.
 *
 * <p>A bad input never stops a run: it is reported to the listener, quarantined with its reason, and the run goes
 * on. Accepted articles are committed every {@link #BATCH} documents and at the end, so a crash loses at most the
 * current batch, which the next run adds again (ids are content hashes, so nothing is ever stored twice). Each
 * committed batch is then compared for copies ({@link CopyDetection}); a batch committed but not compared when a
 * crash comes is compared from the store's mark when the data directory is next opened ({@link Sitrep#open}).
 *
 * <p>Not thread-safe: one ingestion at a time per store (the store has one writer).
 */
public final class Ingestion implements AutoCloseable {
    static final int BATCH = 500;
    /** Documents processed in parallel at a time; stored in arrival order. */
    static final int CHUNK = 256;

    private final SitrepStore store;
    private final Pipeline pipeline;
    private final Readers readers;
    private final FieldMapping mapping;
    private final InstantSource clock;
    private final Fingerprinter fingerprinter;
    /** The per-document work on all cores; owned here, shut down by {@link #close()} (daemon threads meanwhile). */
    private final ForkJoinPool pool = Workers.pool("sitrep-ingest", Runtime.getRuntime().availableProcessors());
    private final CopyDetection copies;
    private final LongAdder pipelineNanos = new LongAdder();
    private final LongAdder sketchNanos = new LongAdder();
    /** Keys what each commit stored by outlet; holds the outlets' sightings in memory between commits. */
    private final OutletPass outlets;

    /**
     * @param fingerprinter computes what copy detection needs (sketch, lead embedding) in the parallel part; null
     *                      turns copy detection off for what this ingestion stores (for measuring its cost)
     * @param copies        the copy-detection pass over this store, run on each committed batch
     * @param clock         the source of fetch times for inputs that carry none; the only clock in the ingest path
     */
    public Ingestion(SitrepStore store, Pipeline pipeline, Fingerprinter fingerprinter, CopyDetection copies, Readers readers, FieldMapping mapping,
                     InstantSource clock) {
        this.fingerprinter = fingerprinter;
        this.copies = Objects.requireNonNull(copies, "copies");
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.readers = Objects.requireNonNull(readers, "readers");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.outlets = new OutletPass(store);
    }

    /** The outlet pass of this ingestion, for the facade's catch-up and rebuild (under the store's lock). */
    OutletPass outlets() {
        return outlets;
    }

    /** What a run reports while it goes, so that a front end can show progress. All methods have no-op defaults. */
    public interface Listener {
        /** Called once the inputs are expanded: how many sources and how many bytes in all (-1 when unknown). */
        default void planned(int sources, long totalBytes) {
        }

        /** Progress in bytes of the inputs as stored, and the running counts. */
        default void progress(long bytesDone, long added, long known, long rejected) {
        }

        default void rejected(Rejection rejection) {
        }
    }

    /** Ingests files, folders and URLs; returns the counts. Rejections are quarantined and listed in the report. */
    public Report run(List<String> inputs, Listener listener) {
        Instant started = clock.instant();
        long runId = store.startRun(inputs, started);
        Collector c = new Collector(listener);
        List<Source> sources = Sources.expand(inputs, c);
        long total = 0;
        for (Source s : sources) total = s.size() < 0 || total < 0 ? -1 : total + s.size();
        listener.planned(sources.size(), total);
        long before = 0;
        for (Source s : sources) {
            long base = before;
            readers.read(s, clock.instant(), c, done -> {
                c.bytes = base + done;
                listener.progress(c.bytes, c.added, c.known, c.rejected);
            });
            before += Math.max(0, s.size());
            c.bytes = before;
            c.drain();
            listener.progress(c.bytes, c.added, c.known, c.rejected);
        }
        c.drain();
        commit();
        store.finishRun(runId, new SitrepStore.RunSummary(c.added, c.known, c.rejected), clock.instant());
        return new Report(c.items);
    }

    /**
     * Ingests a JSON body holding one article object or an array of them (field names as {@link FieldMapping}
     * documents). Each item is added, already known, or rejected with its reason; nothing is thrown for bad items.
     *
     * @param json        the request body
     * @param sourceLabel names the input in rejections and origins, e.g. "POST /api/articles"
     */
    public Report submitJson(String json, String sourceLabel) {
        Collector c = new Collector(new Listener() {
        });
        JsonArticles.read(json, sourceLabel, clock.instant(), mapping, c);
        c.drain();
        commit();
        return new Report(c.items);
    }

    /**
     * As {@link #submitJson(String, String)}, from the body's bytes: read as UTF-8 (as JSON is), and an article that
     * holds a byte that was not UTF-8 says so ({@code invalid-utf8}) instead of carrying a U+FFFD without a word.
     */
    public Report submitJson(byte[] json, String sourceLabel) {
        Collector c = new Collector(new Listener() {
        });
        JsonArticles.read(json, sourceLabel, clock.instant(), mapping, c);
        c.drain();
        commit();
        return new Report(c.items);
    }

    /** Ingests documents already read (by a feed watcher, say). */
    public Report submit(List<RawDocument> docs) {
        Collector c = new Collector(new Listener() {
        });
        for (RawDocument d : docs) c.accept(d);
        c.drain();
        commit();
        return new Report(c.items);
    }

    /**
     * The per-document part of ingestion (clean, identify, fingerprint), without the store: what a distributed runner
     * (sitrep-flink) does in parallel before handing the results to {@link #store(List)} in input order. Never throws
     * for what is in the document: a failing stage gives a rejection.
     */
    public static Outcome prepare(Pipeline pipeline, Fingerprinter fingerprinter, RawDocument doc) {
        return prepare(pipeline, fingerprinter, doc, new LongAdder(), new LongAdder());
    }

    private Outcome prepare(RawDocument doc) {
        return prepare(pipeline, fingerprinter, doc, pipelineNanos, sketchNanos);
    }

    private static Outcome prepare(Pipeline pipeline, Fingerprinter fingerprinter, RawDocument doc, LongAdder pipelineNanos,
                                   LongAdder sketchNanos) {
        Article a;
        long t0 = Cpu.now();
        try {
            a = pipeline.process(doc);
            pipelineNanos.add(Cpu.now() - t0);
        } catch (RuntimeException e) {
            return rejected(doc, "internal-error", "processing failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        // A feed item may be a headline alone; that is still a report. Nothing at all is not.
        if ((a.text() == null || a.text().isBlank()) && (a.title() == null || a.title().isBlank())) {
            return rejected(doc, "no-text", "neither a title nor any text left after cleaning");
        }
        long t1 = Cpu.now();
        try {
            return new Processed(a, fingerprinter == null ? null : fingerprinter.of(a), doc.origin().toString());
        } catch (RuntimeException e) {
            return rejected(doc, "internal-error", "fingerprinting failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            sketchNanos.add(Cpu.now() - t1);
        }
    }

    /**
     * Stores documents already prepared by {@link #prepare} (elsewhere, in parallel), in the given order, exactly as
     * {@link #submit} stores what it prepares itself: an article already stored is {@code KNOWN} and changes nothing,
     * a rejection is quarantined; then commits and compares for copies.
     */
    public Report store(List<Outcome> prepared) {
        Collector c = new Collector(new Listener() {
        });
        for (Outcome o : prepared) {
            switch (o) {
                case Rejected r -> c.reject(r.rejection(), null);
                case Processed p -> c.store(p);
            }
        }
        commit();
        return new Report(c.items);
    }

    /**
     * Commits what is pending, compares it for copies and keys it by outlet ({@link OutletPass}), holding the store's lock across both so that no other
     * commit makes later articles searchable before this batch is compared (as when the store compared inside its
     * commit).
     */
    private void commit() {
        synchronized (store) {
            store.commit();
            copies.compare(store.takeCommitted());
            outlets.run();
        }
    }

    /** Receives what readers produce, runs the pipeline, stores, and counts. */
    private final class Collector implements DocumentSink {
        final Listener listener;
        final List<Item> items = new ArrayList<>();
        long added;
        long known;
        long rejected;
        long bytes;
        int sinceCommit;

        Collector(Listener listener) {
            this.listener = listener;
        }

        private final List<RawDocument> buffer = new ArrayList<>(CHUNK);

        @Override
        public void accept(RawDocument doc) {
            buffer.add(doc);
            if (buffer.size() >= CHUNK) drain();
        }

        /** Runs the pipeline over the buffered documents on all cores, then stores them in arrival order. */
        void drain() {
            if (buffer.isEmpty()) return;
            List<Outcome> results;
            try {
                results = pool.submit(() -> buffer.parallelStream().map(Ingestion.this::prepare).toList()).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while processing", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("processing failed", e.getCause());
            }
            buffer.clear();
            for (int i = 0; i < results.size(); i++) {
                switch (results.get(i)) {
                    case Rejected r -> reject(r.rejection(), null);
                    case Processed p -> store(p);
                }
            }
        }

        private void store(Processed p) {
            Article a = p.article();
            SitrepStore.PutOutcome outcome = store.put(a, p.fingerprint());
            if (outcome == SitrepStore.PutOutcome.ADDED) {
                added++;
                // Stored, but a page without article text (a paywall, an error page) says so: it will report nothing.
                items.add(new Item(a.id(), Status.ADDED, p.input(), a.noArticle() == null ? null : "no-article-text",
                        a.noArticle() == null ? null : org.sitrep.clean.NoArticlePages.explain(a.noArticle())));
            } else {
                known++;
                items.add(new Item(a.id(), Status.KNOWN, p.input(), null, null));
            }
            if (++sinceCommit >= BATCH) {
                commit();
                sinceCommit = 0;
            }
        }

        @Override
        public void reject(Rejection r, byte[] sample) {
            rejected++;
            // The quarantine commits at once; what was put before it is committed and compared first, as one batch.
            commit();
            store.quarantine(r, sample);
            items.add(new Item(null, Status.REJECTED, r.input(), r.reason(), r.message()));
            listener.rejected(r);
        }
    }

    /**
     * CPU-seconds so far (summed over threads) in the pipeline's stages and in fingerprinting (sketch + embedding), then
     * copy detection's parts (candidates, load, judge, save).
     */
    public Map<String, Double> timings() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("pipeline_cpu_s", pipelineNanos.sum() / 1e9);
        m.put("fingerprint_cpu_s", sketchNanos.sum() / 1e9);
        m.putAll(copies.timings());
        return m;
    }

    /** What became of one document in the parallel part: an article with its fingerprint, or a rejection. */
    public sealed interface Outcome permits Processed, Rejected {
    }

    /** @param input where the document came from, for the report */
    public record Processed(Article article, Fingerprint fingerprint, String input) implements Outcome {
    }

    public record Rejected(Rejection rejection) implements Outcome {
    }

    private static Rejected rejected(RawDocument doc, String reason, String message) {
        return new Rejected(new Rejection(doc.origin().toString(), reason, message));
    }

    /** Stops the worker threads; the ingestion cannot be used afterwards. */
    @Override
    public void close() {
        pool.shutdown();
    }

    public enum Status { ADDED, KNOWN, REJECTED }

    /** One item's outcome: its id when it has one, its status, and the reason when rejected. */
    public record Item(String id, Status status, String input, String reason, String message) {
    }

    public record Report(List<Item> items) {
        public Report {
            items = List.copyOf(items);
        }

        public long count(Status s) {
            return items.stream().filter(i -> i.status() == s).count();
        }
    }
}
