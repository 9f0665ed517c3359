package org.sitrep.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.sitrep.model.Article;
import org.sitrep.vectors.DenseVectors;

/**
 * Turns an article into a unit-length vector of its headline and lead. Only the first {@value #LEAD_WORDS} words
 * are embedded: the lead is what retellings and copies keep, and the model's cost grows with the input (a whole
 * article would be split into windows and averaged).
 *
 * <p>Thread-safe: the ONNX session may be called from several threads at once. Loading costs about half a second
 * and 100 MB, so a process should hold one instance ({@link #standard()} is that instance for the default model).
 */
public final class SentenceEmbedder {
    /** Words of headline and text given to the model. */
    public static final int LEAD_WORDS = 96;
    private static volatile SentenceEmbedder standard;
    /**
     * ONNX Runtime recurses deeply while it starts; on a default 1 MB thread stack (a ForkJoin worker, where
     * ingestion first needs the model) that overflowed and the JVM died without a word (gdb: SIGSEGV in
     * libonnxruntime's own recursion; -Xss64m cured it). So the model is loaded and run only on these threads, with
     * 64 MB stacks, one per core; callers wait for their result.
     */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final java.util.concurrent.atomic.LongAdder CPU_NANOS = new java.util.concurrent.atomic.LongAdder();
    private static final ExecutorService RUNNERS = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(null, r, "sitrep-embed", 64L << 20);
        t.setDaemon(true);
        return t;
    });

    private final Supplier<OnnxSentenceModel> loader;
    private final String name;
    private volatile OnnxSentenceModel model;

    private SentenceEmbedder(Supplier<OnnxSentenceModel> loader, String name) {
        this.loader = loader;
        this.name = name;
    }

    /**
     * The default model, all-MiniLM-L6-v2 (quantized, English, 384 dimensions). The instance is cheap; the model
     * is loaded on the first {@link #embed}, so a run that embeds nothing never pays for it.
     */
    public static SentenceEmbedder standard() {
        SentenceEmbedder s = standard;
        if (s == null) {
            synchronized (SentenceEmbedder.class) {
                s = standard;
                if (s == null) standard = s = new SentenceEmbedder(
                        () -> OnnxSentenceModel.fromClasspath("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json"), "all-minilm-l6-v2-q");
            }
        }
        return s;
    }

    private OnnxSentenceModel model() {
        OnnxSentenceModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) model = m = onRunner(loader::get);
            }
        }
        return m;
    }

    /**
     * A user-supplied BERT-style ONNX model (a multilingual one, say) with its HuggingFace {@code tokenizer.json},
     * mean-pooled.
     *
     * @throws IllegalArgumentException naming the file when either is missing
     */
    public static SentenceEmbedder onnx(Path model, Path tokenizer) {
        for (Path p : new Path[] {model, tokenizer}) {
            if (!Files.isRegularFile(Objects.requireNonNull(p))) throw new IllegalArgumentException("embedding model file not found: " + p);
        }
        return new SentenceEmbedder(() -> {
            try {
                return new OnnxSentenceModel(Files.newInputStream(model), Files.newInputStream(tokenizer));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedding model " + model, e);
            }
        }, model.getFileName().toString());
    }

    /** The model's name, stored with every vector so that vectors of different models are never compared. */
    public String name() {
        return name;
    }

    /** The vectors' length (loads the model). */
    public int dimension() {
        return embed("dimension").length;
    }

    /** The vector of the article's headline and lead. */
    public float[] embed(Article a) {
        return embed(lead(a.title(), a.text()));
    }

    /** The unit-length vector of {@code text}. */
    public float[] embed(String text) {
        OnnxSentenceModel m = model();
        String input = text.isBlank() ? "." : text;
        float[] v = onRunner(() -> m.embed(input));
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm > 0) for (int i = 0; i < v.length; i++) v[i] = (float) (v[i] / norm);
        return v;
    }

    /** CPU seconds spent so far in this process loading and running embedding models (for {@code sitrep bench}). */
    public static double cpuSeconds() {
        return CPU_NANOS.sum() / 1e9;
    }

    /** Runs {@code work} on one of the big-stack threads and waits for it. */
    private static <T> T onRunner(java.util.concurrent.Callable<T> work) {
        try {
            return RUNNERS.submit(() -> {
                long t0 = THREADS.getCurrentThreadCpuTime();
                try {
                    return work.call();
                } finally {
                    CPU_NANOS.add(THREADS.getCurrentThreadCpuTime() - t0);
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Headline, then text, cut after {@value #LEAD_WORDS} words. */
    public static String lead(String title, String text) {
        String all = (title == null || title.isBlank() ? "" : title.strip() + ". ") + (text == null ? "" : text);
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < all.length(); i++) {
            boolean ws = Character.isWhitespace(all.charAt(i));
            if (!ws && !inWord && ++words > LEAD_WORDS) return all.substring(0, i).strip();
            inWord = !ws;
        }
        return all.strip();
    }

    /** Cosine similarity of two unit vectors. */
    public static double cosine(float[] a, float[] b) {
        return DenseVectors.cosine(a, b);
    }
}
