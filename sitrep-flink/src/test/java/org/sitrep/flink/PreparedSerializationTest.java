package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.sitrep.app.Ingestion;
import org.sitrep.chain.Pipelines;
import org.sitrep.copies.CopyParams;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.model.Rejection;
import org.sitrep.pipeline.StageContext;
import org.sitrep.testkit.Articles;
import org.sitrep.understand.ArticleAnalysis;

/**
 * What the parallel part sends to the sink crosses the network in Flink's own serializers (records as POJOs, the rest
 * with Kryo): an article with its fingerprint and analysis, and a rejection, come back equal.
 */
class PreparedSerializationTest {
    private final TypeSerializer<Prepared> serializer = TypeInformation.of(Prepared.class).createSerializer(new SerializerConfigImpl());

    private Prepared roundTrip(Prepared p) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(1024);
        serializer.serialize(p, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @Test
    void anArticleWithItsFingerprintAndAnalysisComesBackEqual() throws IOException {
        var doc = Articles.text("Kharkiv, 14 November 2024. Russian forces shelled the city overnight, the governor said. "
                + "Two people were wounded, according to the regional administration.");
        var outcome = Ingestion.prepare(Pipelines.standard(StageContext.DEFAULT), new Fingerprinter(null, CopyParams.defaults()), doc);
        assertThat(outcome).isInstanceOf(Ingestion.Processed.class);
        var processed = (Ingestion.Processed) outcome;
        var analysis = new ArticleAnalysis(processed.article().id(), 0, processed.article().text(), ArticleAnalysis.Status.SKIPPED,
                "no annotator for Georgian", null, List.of(), null, 0, 0);
        Prepared back = roundTrip(new Prepared(0, 42, 1, processed, analysis));

        assertThat(back.offset()).isEqualTo(42);
        assertThat(back.item()).isEqualTo(1);
        var again = (Ingestion.Processed) back.outcome();
        assertThat(again.article()).isEqualTo(processed.article());
        assertThat(again.fingerprint()).usingRecursiveComparison().isEqualTo(processed.fingerprint());
        assertThat(back.analysis()).isEqualTo(analysis);
    }

    @Test
    void aRejectionComesBackEqual() throws IOException {
        var r = new Ingestion.Rejected(new Rejection("kafka:t/0@3", "invalid-json", "not valid JSON"));
        assertThat(roundTrip(new Prepared(0, 3, 0, r, null)).outcome()).isEqualTo(r);
    }
}
