package org.sitrep.flink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.sitrep.app.AnnotationPass;
import org.sitrep.app.Ingestion;
import org.sitrep.app.Sitrep;
import org.sitrep.app.SitrepConfig;
import org.sitrep.nlp.Annotators;
import org.sitrep.understand.ArticleAnalysis;
import org.sitrep.understand.PlaceLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer, at parallelism 1: hands what the parallel part prepared to the embedded facade ({@link Sitrep}), so
 * that what is stored, and under which ids, is what {@code sitrep ingest} and {@code catchUp} store.
 *
 * <p>It holds what arrives until the next checkpoint (or the end of a bounded input), then, in {@link
 * SinkWriter#flush}, before the checkpoint's barrier goes on: stores the articles in the order they were submitted
 * ({@link Prepared#SUBMITTED}; with aligned checkpoints what reached the sink before a barrier is exactly what the source
 * read before it, so for one partition a contiguous run of offsets) through {@link Ingestion#store} (commit, copies,
 * outlets), stores their annotations through the annotation pass (which annotates itself whatever it has no analysis
 * for), and, when {@link JobSettings#passesEveryMs} has passed or the input ended, runs {@link Sitrep#catchUp}: events,
 * claims, types, alerts.
 *
 * <p>Exactly once: nothing is kept in Flink state; the checkpoint holds the source's offsets. After a failure the job
 * restarts from the last completed checkpoint and the source reads again what followed it. An article stored after that
 * checkpoint is then {@code KNOWN} (its id is a hash of its URL, title and source text) and changes nothing; its
 * annotation and placement were kept with their marks in the store and are not done twice.
 */
final class StoreSink implements Sink<Prepared> {
    private final JobSettings settings;

    StoreSink(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public SinkWriter<Prepared> createWriter(WriterInitContext context) {
        return new Writer(settings);
    }

    static final class Writer implements SinkWriter<Prepared> {
        private static final Logger LOG = LoggerFactory.getLogger(StoreSink.class);
        private final JobSettings settings;
        private final Costs costs = new Costs();
        private final Sitrep sitrep;
        private final PlaceLookup places;
        private final List<Prepared> pending = new ArrayList<>();
        private long passesAt = System.nanoTime();
        /** Whether something may wait for the global passes (at start: what a killed run stored and did not place). */
        private boolean unplaced = true;

        Writer(JobSettings settings) {
            this.settings = settings;
            SitrepConfig config = settings.config();
            this.sitrep = Sitrep.open(config);
            this.places = config.annotate() ? PlaceLookup.fromCache(config.gazetteerCache(), config.places()) : null;
        }

        @Override
        public void write(Prepared p, Context context) {
            pending.add(p);
        }

        @Override
        public void flush(boolean endOfInput) {
            if (!pending.isEmpty()) {
                pending.sort(Prepared.SUBMITTED);
                List<Ingestion.Outcome> outcomes = new ArrayList<>(pending.size());
                Map<String, ArticleAnalysis> ready = new HashMap<>();
                for (Prepared p : pending) {
                    outcomes.add(p.outcome());
                    if (p.analysis() != null) ready.putIfAbsent(p.analysis().articleId(), p.analysis());
                }
                costs.articles += pending.size();
                pending.clear();
                long t0 = System.nanoTime();
                sitrep.ingestion().store(outcomes);
                long t1 = System.nanoTime();
                if (places != null) new AnnotationPass(sitrep.store(), Annotators::forLanguage, places, 1).run(new AnnotationPass.Listener() {
                }, ready);
                costs.store += (t1 - t0) / 1e9;
                costs.annotations += (System.nanoTime() - t1) / 1e9;
                unplaced = true;
            }
            if (unplaced && (endOfInput || System.nanoTime() - passesAt >= settings.passesEveryMs() * 1_000_000L)) {
                long t0 = System.nanoTime();
                Sitrep.CatchUp c = sitrep.catchUp(new Sitrep.CatchUpListener() {
                }, 1);
                costs.add(c, (System.nanoTime() - t0) / 1e9);
                passesAt = System.nanoTime();
                unplaced = false;
                LOG.info("sink: {}", costs);
            }
        }

        @Override
        public void close() {
            LOG.info("sink closing: {}", costs);
            try {
                if (places != null) places.close();
            } finally {
                sitrep.close();
            }
        }
    }

    /**
     * Where the one writer's time went, summed over the job's flushes (seconds of wall time on its thread): this is the
     * serial part that bounds the job's speed-up (sitrep-flink/README.md, "Where the time goes").
     */
    static final class Costs {
        long articles;
        double store, annotations, events, claims, types, other;

        /** One catch-up, which took {@code seconds} in all (the rest: digests, alerts, what a killed run left to annotate). */
        void add(Sitrep.CatchUp c, double seconds) {
            double e = c.events().seconds(), cl = c.claims().map(r -> r.seconds()).orElse(0.0), t = c.types().map(r -> r.seconds()).orElse(0.0);
            events += e;
            claims += cl;
            types += t;
            other += Math.max(0, seconds - e - cl - t);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%d articles; store (put, copies, outlets) %.1f s, annotation rows and entities %.1f s, events %.1f s, claims %.1f s, types %.1f s, other passes %.1f s",
                    articles, store, annotations, events, claims, types, other);
        }
    }
}
