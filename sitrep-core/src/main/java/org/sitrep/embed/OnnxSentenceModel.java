package org.sitrep.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A BERT-style sentence encoder run with ONNX Runtime directly: tokenize, run, mean-pool over the attention mask.
 * We call ONNX Runtime ourselves (instead of through langchain4j's wrapper, whose model file we load) to give each
 * call one thread and no spinning: ingestion already runs one document per core, and the runtime's default pool of
 * spinning threads per call made two concurrent calls slower than one (measured in BENCHMARKS.md).
 *
 * <p>Thread-safe: an ONNX session and a HuggingFace tokenizer may be used from several threads at once. Create and
 * call it only on threads with large stacks ({@link SentenceEmbedder} does): ONNX Runtime recurses deeply.
 */
final class OnnxSentenceModel {
    /** Word pieces per input; MiniLM was trained on 128 and the lead fits in it. */
    static final int MAX_TOKENS = 128;
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    OnnxSentenceModel(InputStream model, InputStream tokenizerJson) {
        try (model; tokenizerJson) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(model.readAllBytes(), options);
            this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("truncation", "true", "maxLength", Integer.toString(MAX_TOKENS), "padding", "false"));
            Set<String> inputs = session.getInputNames();
            this.typeIds = inputs.contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
        }
    }

    /** Loads a model shipped as class-path resources (the langchain4j model jars ship the .onnx and tokenizer.json). */
    static OnnxSentenceModel fromClasspath(String model, String tokenizer) {
        InputStream m = OnnxSentenceModel.class.getClassLoader().getResourceAsStream(model);
        InputStream t = OnnxSentenceModel.class.getClassLoader().getResourceAsStream(tokenizer);
        if (m == null || t == null) throw new IllegalStateException("embedding model resources missing from the class path: " + model + ", " + tokenizer);
        return new OnnxSentenceModel(m, t);
    }

    /** The mean-pooled (not yet normalized) vector of {@code text}. */
    float[] embed(String text) {
        Encoding enc = tokenizer.encode(text);
        long[] ids = enc.getIds();
        long[] mask = enc.getAttentionMask();
        long[][] shape1 = {ids};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, shape1));
            in.put("attention_mask", OnnxTensor.createTensor(env, new long[][] {mask}));
            if (typeIds) in.put("token_type_ids", OnnxTensor.createTensor(env, new long[][] {new long[ids.length]}));
            try (OrtSession.Result r = session.run(in)) {
                float[][][] hidden = (float[][][]) r.get(0).getValue();
                float[] out = new float[hidden[0][0].length];
                int n = 0;
                for (int t = 0; t < ids.length; t++) {
                    if (mask[t] == 0) continue;
                    n++;
                    for (int d = 0; d < out.length; d++) out[d] += hidden[0][t][d];
                }
                for (int d = 0; d < out.length; d++) out[d] /= Math.max(1, n);
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        } finally {
            for (OnnxTensor t : in.values()) t.close();
        }
    }
}
