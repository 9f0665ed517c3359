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
        private final JobSettings settings;
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
                pending.clear();
                sitrep.ingestion().store(outcomes);
                if (places != null) new AnnotationPass(sitrep.store(), Annotators::forLanguage, places, 1).run(new AnnotationPass.Listener() {
                }, ready);
                unplaced = true;
            }
            if (unplaced && (endOfInput || System.nanoTime() - passesAt >= settings.passesEveryMs() * 1_000_000L)) {
                sitrep.catchUp(new Sitrep.CatchUpListener() {
                }, 1);
                passesAt = System.nanoTime();
                unplaced = false;
            }
        }

        @Override
        public void close() {
            try {
                if (places != null) places.close();
            } finally {
                sitrep.close();
            }
        }
    }
}
