package org.sitrep.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {
    private static final String ORIGINAL = "Russian troops have not let up in their attempts to recapture Kupiansk in the Kharkiv region.";
    private static final String RETOLD = "Russian forces continue their efforts to retake Kupyansk in Kharkiv oblast, the Kyiv Post reports.";
    private static final String OTHER = "The central bank left its key interest rate unchanged on Thursday, citing slowing inflation.";

    @Test
    void matchesTheReferenceImplementationOfTheSameModel() {
        float[] ours = SentenceEmbedder.standard().embed(ORIGINAL);
        float[] theirs = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(ORIGINAL).content().vector();
        double norm = 0;
        for (float x : theirs) norm += x * x;
        double dot = 0;
        for (int i = 0; i < ours.length; i++) dot += ours[i] * theirs[i];
        assertThat(ours).hasSize(384);
        assertThat(dot / Math.sqrt(norm)).isGreaterThan(0.999);
    }

    @Test
    void aRetellingIsCloserThanAnUnrelatedReport() {
        SentenceEmbedder e = SentenceEmbedder.standard();
        float[] a = e.embed(ORIGINAL);
        double norm = 0;
        for (float x : a) norm += x * x;
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(SentenceEmbedder.cosine(a, e.embed(RETOLD))).isGreaterThan(0.5);
        assertThat(SentenceEmbedder.cosine(a, e.embed(OTHER))).isLessThan(0.2);
    }

    @Test
    void leadStopsAfterTheWordLimit() {
        String text = "word ".repeat(500);
        assertThat(SentenceEmbedder.lead("Title here", text).split("\\s+")).hasSize(SentenceEmbedder.LEAD_WORDS);
        assertThat(SentenceEmbedder.lead(null, "short text")).isEqualTo("short text");
    }
}
