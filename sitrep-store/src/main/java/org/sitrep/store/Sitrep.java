package org.sitrep.store;

import java.nio.file.Path;
import java.time.InstantSource;
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

    /** Opens {@code dataDir} with the standard pipeline, default reader options and the given field mapping. */
    public static Sitrep open(Path dataDir, FieldMapping mapping) {
        SitrepStore store = SitrepStore.open(dataDir);
        Pipeline pipeline = Pipelines.standard(StageContext.DEFAULT);
        Readers readers = new Readers(ReaderOptions.defaults().withMapping(mapping));
        return new Sitrep(store, new Ingestion(store, pipeline, readers, mapping, InstantSource.system()));
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

    @Override
    public void close() {
        store.close();
    }
}
