package org.sitrep.store;

import java.nio.file.Path;
import java.time.InstantSource;
import org.sitrep.copies.CopyDetection;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.embed.SentenceEmbedder;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.ingest.ReaderOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.StageContext;

/**
 * The one entry point: a data directory opened with the standard pipeline. Front ends (CLI, server) get the store
 * and the ingestion from here and only translate. Closing it closes the store.
 */
public final class Sitrep implements AutoCloseable {
    private final SitrepStore store;
    private final Ingestion ingestion;

    private Sitrep(SitrepStore store, Ingestion ingestion) {
        this.store = store;
        this.ingestion = ingestion;
    }

    /**
     * Opens {@code dataDir} with the standard pipeline, default reader options, the given field mapping, and the
     * default embedding model (loaded on the first article long enough to need it) unless the environment variable
     * {@code SITREP_EMBEDDINGS=off} asks for sketches only (faster; rewrites are then found through shared names and
     * numbers alone).
     */
    public static Sitrep open(Path dataDir, FieldMapping mapping) {
        boolean off = "off".equalsIgnoreCase(System.getenv("SITREP_EMBEDDINGS"));
        return open(dataDir, mapping, off ? Fingerprinter.sketchesOnly() : new Fingerprinter(SentenceEmbedder.standard()));
    }

    /**
     * As {@link #open(Path, FieldMapping)} with another fingerprinter (no embeddings, or a user's ONNX model; null for
     * no copy detection of what is ingested). Articles stored but not yet compared for copies (a crash between a commit
     * and its comparison) are compared before this returns.
     */
    public static Sitrep open(Path dataDir, FieldMapping mapping, Fingerprinter fingerprinter) {
        Fingerprinter restorer = fingerprinter == null ? Fingerprinter.sketchesOnly() : fingerprinter;
        SitrepStore store = SitrepStore.open(dataDir, restorer::restore);
        CopyDetection copies = new CopyDetection(store.copyCandidates(), store.copyStore(), restorer.params());
        try {
            copies.catchUp();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Pipeline pipeline = Pipelines.standard(StageContext.DEFAULT);
        Readers readers = new Readers(ReaderOptions.defaults().withMapping(mapping));
        return new Sitrep(store, new Ingestion(store, pipeline, fingerprinter, copies, readers, mapping, InstantSource.system()));
    }

    public static Sitrep open(Path dataDir) {
        return open(dataDir, FieldMapping.standard());
    }

    public SitrepStore store() {
        return store;
    }

    public Ingestion ingestion() {
        return ingestion;
    }

    /**
     * Annotates every article not yet annotated (see {@link AnnotationPass}) on all cores, with the gazetteer from the
     * user cache ({@link PlaceLookup#cacheDir()}), fetched on first need; without one, places stay unresolved with the
     * reason. Loads CoreNLP on first use (seconds, about 1 GB of heap). Nothing pending: returns at once.
     */
    public AnnotationPass.Report annotate(AnnotationPass.Listener listener) {
        if (store.entities().pending() == 0) {
            listener.planned(0);
            return new AnnotationPass.Report(0, 0, 0, 0, 0, 0, 0, java.util.Optional.empty());
        }
        try (PlaceLookup places = PlaceLookup.fromCache(PlaceLookup.cacheDir())) {
            return annotate(places, listener);
        }
    }

    /** As {@link #annotate(AnnotationPass.Listener)} with the given gazetteer (or none). */
    public AnnotationPass.Report annotate(PlaceLookup places, AnnotationPass.Listener listener) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new AnnotationPass(store, org.sitrep.nlp.EnglishAnnotator.shared(), places, threads).run(listener);
    }

    /**
     * Places every article not yet placed into events and stories (see {@link EventPass}). With
     * {@code afterAnnotation}, only articles the annotation pass has dealt with are placed (their names are entities);
     * without, every stored article is placed at once, with capitalised words for names.
     */
    public EventPass.Report placeEvents(boolean afterAnnotation, EventPass.Listener listener) {
        long upTo = afterAnnotation ? store.entities().annotatedSeq() : Long.MAX_VALUE;
        return new EventPass(store).run(upTo, listener);
    }

    @Override
    public void close() {
        store.close();
    }
}
