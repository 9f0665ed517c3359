package org.sitrep.flink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.sitrep.app.Ingestion;
import org.sitrep.app.SitrepConfig;
import org.sitrep.chain.Pipelines;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.embed.SentenceEmbedder;
import org.sitrep.ingest.DocumentSink;
import org.sitrep.ingest.JsonArticles;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;
import org.sitrep.nlp.Annotators;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageContext;
import org.sitrep.understand.ArticleAnalysis;
import org.sitrep.understand.PlaceLookup;

/**
 * The per-document part, at the job's parallelism: reads the message's JSON with {@link JsonArticles} (the mapping every
 * JSON input uses), runs {@link Ingestion#prepare} (clean, language, identify, fingerprint: the embedded ingestion's own
 * code) and annotates the article as the annotation pass would ({@link ArticleAnalysis#of}: CoreNLP, places), with a
 * placeholder seq the sink replaces. No store is touched here. A bad message is a rejection, passed on for the sink
 * to quarantine.
 */
final class PrepareFunction extends RichFlatMapFunction<Envelope, Prepared> {
    private final JobSettings settings;
    private transient SitrepConfig config;
    private transient Pipeline pipeline;
    private transient Fingerprinter fingerprinter;
    private transient PlaceLookup places;

    PrepareFunction(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        config = settings.config();
        pipeline = Pipelines.standard(StageContext.DEFAULT);
        fingerprinter = new Fingerprinter(config.embeddings() ? SentenceEmbedder.standard() : null, config.copies());
        places = config.annotate() ? PlaceLookup.fromCache(config.gazetteerCache(), config.places()) : null;
    }

    @Override
    public void flatMap(Envelope e, Collector<Prepared> out) {
        List<Ingestion.Outcome> read = new ArrayList<>();
        JsonArticles.read(e.json(), e.input(), Instant.ofEpochMilli(e.fetchedMillis()), config.mapping(), new DocumentSink() {
            @Override
            public void accept(RawDocument doc) {
                read.add(Ingestion.prepare(pipeline, fingerprinter, doc));
            }

            @Override
            public void reject(Rejection r, byte[] sample) {
                read.add(new Ingestion.Rejected(r));
            }
        });
        for (int i = 0; i < read.size(); i++) {
            Ingestion.Outcome o = read.get(i);
            ArticleAnalysis analysis = o instanceof Ingestion.Processed p && places != null ? analyse(p.article()) : null;
            out.collect(new Prepared(e.partition(), e.offset(), i, o, analysis));
        }
    }

    /** As the annotation pass analyses a stored article; a failure inside the annotator costs this article only. */
    private ArticleAnalysis analyse(Article a) {
        try {
            return ArticleAnalysis.of(a, 0, Annotators::forLanguage, places);
        } catch (RuntimeException ex) {
            return new ArticleAnalysis(a.id(), 0, a.text(), ArticleAnalysis.Status.SKIPPED,
                    "annotation failed: " + ex.getClass().getSimpleName() + ": " + ex.getMessage(), null, new ArrayList<>(), null, 0, 0);
        }
    }

    @Override
    public void close() {
        if (places != null) places.close();
    }
}
