package org.sitrep.understand;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.sitrep.embed.SentenceEmbedder;
import org.sitrep.records.SubEventType;
import org.sitrep.records.TypeCall;

/**
 * Says which of ACLED's 25 sub-event types a report is about, or none: a multinomial logistic regression (OpenNLP's
 * maximum-entropy trainer, L-BFGS with L2 regularization) over the text's sentence embedding (all-MiniLM-L6-v2, the
 * model copies already use) and its stemmed words, with a "no such event" class (disasters, diplomacy, crime,
 * politics). A type it is less than {@value #MIN_CONFIDENCE} sure of is not given: the call is none, with the guess
 * as runner-up.
 *
 * <p>The shipped model ({@value #MODEL}) is trained on {@code event-types-*.tsv} beside this class: snippets written by
 * Sitrep's authors in their own words for the purpose, GPL-3.0-or-later like the code, never taken from an evaluation
 * set. {@value #DIGEST} holds the digest of what it was trained from; a test fails when the snippets changed and the
 * model was not trained again ({@code ./run-tests --main org.sitrep.understand.WriteEventTypeModel}).
 *
 * <p>Thread-safe: the model only evaluates.
 */
public final class EventTypeClassifier {
    /** The languages these rules read ("und" is read as English, as the annotator does). */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "und");

    /** The label of the "no event of ACLED's kinds" class in the training files. */
    public static final String NONE = "NONE";
    static final String MODEL = "event-types.model.gz";
    static final String DIGEST = "event-types.sha256";
    static final List<String> RESOURCES = List.of("event-types-a.tsv", "event-types-b.tsv", "event-types-c.tsv", "event-types-d.tsv",
            "event-types-e.tsv", "event-types-f.tsv");
    /** Changes when the features or the trainer's settings change: part of the digest. */
    static final String FEATURES = "emb*5+stemmed-words; MAXENT_QN L2=1 300 iterations 1 thread";
    private static final double EMBEDDING_SCALE = 5;
    static final int MAX_SENTENCES = 3;
    /** Under this probability no type is given (chosen on the CASE snippets with odd ids: it neither helps nor hurts their F1). */
    static final double MIN_CONFIDENCE = 0.25;
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{N}+(?:[.,]\\p{N}+)*");
    private static volatile EventTypeClassifier standard;

    private final MaxentModel model;
    private final SentenceEmbedder embedder;

    /** One labelled snippet: a CASE-style code ({@code ARMED_CLASH}, {@link #NONE}) and its text. */
    public record Example(String label, String text) {
        public Example {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    private EventTypeClassifier(MaxentModel model, SentenceEmbedder embedder) {
        this.model = model;
        this.embedder = embedder;
    }

    /** The shipped model, read once per process (the embedding model loads on the first classification). */
    public static EventTypeClassifier standard() {
        EventTypeClassifier s = standard;
        if (s == null) {
            synchronized (EventTypeClassifier.class) {
                s = standard;
                if (s == null) standard = s = new EventTypeClassifier(readShipped(), SentenceEmbedder.standard());
            }
        }
        return s;
    }

    private static MaxentModel readShipped() {
        try (InputStream in = EventTypeClassifier.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("missing resource " + MODEL + " beside " + EventTypeClassifier.class.getName());
            return new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(in))).getModel();
        } catch (IOException e) {
            throw new UncheckedIOException("read the event-type model " + MODEL, e);
        }
    }

    /** The snippets the shipped model is trained on. */
    public static List<Example> shippedExamples() {
        List<Example> out = new ArrayList<>();
        for (String r : RESOURCES) {
            try (InputStream in = EventTypeClassifier.class.getResourceAsStream(r)) {
                if (in == null) throw new IllegalStateException("missing resource " + r + " beside " + EventTypeClassifier.class.getName());
                out.addAll(read(in, r));
            } catch (IOException e) {
                throw new UncheckedIOException("read " + r, e);
            }
        }
        return out;
    }

    /** SHA-256 over the training snippets, the embedding model's name and the feature settings. */
    public static String trainingDigest(SentenceEmbedder embedder) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String r : RESOURCES) {
                try (InputStream in = EventTypeClassifier.class.getResourceAsStream(r)) {
                    if (in == null) throw new IllegalStateException("missing resource " + r);
                    md.update(r.getBytes(StandardCharsets.UTF_8));
                    md.update(in.readAllBytes());
                }
            }
            md.update(embedder.name().getBytes(StandardCharsets.UTF_8));
            md.update(FEATURES.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("digest the training snippets", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest the shipped model was trained from ({@value #DIGEST}). */
    public static String shippedDigest() {
        try (InputStream in = EventTypeClassifier.class.getResourceAsStream(DIGEST)) {
            if (in == null) throw new IllegalStateException("missing resource " + DIGEST);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("read " + DIGEST, e);
        }
    }

    /** Reads {@code LABEL<TAB>text} lines; a label must be a CASE code of {@link SubEventType} or {@link #NONE}. */
    public static List<Example> read(InputStream in, String name) throws IOException {
        List<Example> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalArgumentException(name + " line " + n + ": no tab between label and text");
            String label = line.substring(0, tab).strip();
            if (!label.equals(NONE) && SubEventType.ofCode(label) == null) {
                throw new IllegalArgumentException(name + " line " + n + ": unknown label '" + label + "'");
            }
            out.add(new Example(label, line.substring(tab + 1).strip()));
        }
        return out;
    }

    /** Trains a model on these examples, embedding each with {@code embedder} (deterministic: one thread). */
    public static EventTypeClassifier train(List<Example> examples, SentenceEmbedder embedder) {
        List<float[]> vectors = new ArrayList<>();
        for (Example e : examples) vectors.add(embedder.embed(e.text()));
        return train(examples, vectors, embedder);
    }

    /** As {@link #train(List, SentenceEmbedder)} with each example's embedding already made by {@code embedder}. */
    public static EventTypeClassifier train(List<Example> examples, List<float[]> vectors, SentenceEmbedder embedder) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no examples to train on");
        if (vectors.size() != examples.size()) throw new IllegalArgumentException("one vector per example");
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) events.add(event(examples.get(i).label(), examples.get(i).text(), vectors.get(i)));
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(TrainingParameters.CUTOFF_PARAM, 0);
        p.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        p.put("L2Cost", 1.0);
        p.put("L1Cost", 0.0);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            EventTrainer t = TrainerFactory.getEventTrainer(p, null);
            return new EventTypeClassifier(t.train(ObjectStreamUtils.createObjectStream(events)), embedder);
        } catch (IOException e) {
            throw new UncheckedIOException("train the event-type model", e);
        }
    }

    /** Writes the model (gzipped, OpenNLP's binary format). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(gz)).persist();
        gz.finish();
    }

    /** The type of a report from its headline and lead (the text the lead embedding of copies is made of). */
    public TypeCall classify(String title, String text) {
        return classify(title, text, null);
    }

    /**
     * As {@link #classify(String, String)}, with the lead's embedding when it is already known (the vector stored
     * for copies, by the same embedding model); null to compute it.
     */
    public TypeCall classify(String title, String text, float[] leadVector) {
        String lead = SentenceEmbedder.lead(title, text);
        return call(probabilities(lead, leadVector == null ? embedder.embed(lead) : leadVector));
    }

    /**
     * The type of an article from its lead and the sentences that report its incidents (at most
     * {@value #MAX_SENTENCES} of them, the text's claims of attacks, casualties, control and damage): the mean of their
     * probabilities, the lead counting as much as all sentences together. A lead about context ("the Kremlin wants
     * victories before its elections") is so read with what the article reports.
     */
    public TypeCall classify(String title, String text, float[] leadVector, List<String> sentences) {
        String lead = SentenceEmbedder.lead(title, text);
        Map<String, Double> p = probabilities(lead, leadVector == null ? embedder.embed(lead) : leadVector);
        List<String> used = sentences.stream().filter(s -> s != null && !s.isBlank()).distinct().limit(MAX_SENTENCES).toList();
        if (used.isEmpty()) return call(p);
        Map<String, Double> mean = new LinkedHashMap<>();
        for (String s : used) {
            for (Map.Entry<String, Double> e : probabilities(s, embedder.embed(s)).entrySet()) mean.merge(e.getKey(), e.getValue() / used.size(), Double::sum);
        }
        Map<String, Double> mix = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : p.entrySet()) mix.put(e.getKey(), (e.getValue() + mean.getOrDefault(e.getKey(), 0.0)) / 2);
        TypeCall c = call(mix);
        return new TypeCall(c.subType(), c.confidence(), c.runnerUp(), c.basis() + " (lead and " + used.size() + (used.size() == 1 ? " sentence)" : " sentences)"));
    }

    /** The type of a snippet; a blank one is none with confidence 0. */
    public TypeCall classify(String snippet) {
        return classifySnippet(snippet, null);
    }

    /**
     * As {@link #classify(String)}, with the snippet's embedding when it is already known (made by the same embedding
     * model: {@link #embedderName()}); null to compute it.
     */
    public TypeCall classifySnippet(String snippet, float[] vector) {
        if (snippet == null || snippet.isBlank()) return TypeCall.none(0, "no words");
        return call(probabilities(snippet, vector == null ? embedder.embed(snippet) : vector));
    }

    /** The embedding model's name: a stored lead vector is usable when it was made by it. */
    public String embedderName() {
        return embedder.name();
    }

    /** Each class's probability (CASE codes and {@link #NONE}). */
    public Map<String, Double> probabilities(String text, float[] vector) {
        Event e = event("?", text, vector);
        double[] p = model.eval(e.getContext(), e.getValues());
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) out.put(model.getOutcome(i), p[i]);
        return out;
    }

    private static TypeCall call(Map<String, Double> p) {
        String best = null, second = null;
        for (Map.Entry<String, Double> e : p.entrySet()) {
            if (best == null || e.getValue() > p.get(best)) {
                second = best;
                best = e.getKey();
            } else if (second == null || e.getValue() > p.get(second)) {
                second = e.getKey();
            }
        }
        double confidence = Math.min(1, Math.max(0, p.get(best)));
        SubEventType top = SubEventType.ofCode(best);
        if (top != null && confidence < MIN_CONFIDENCE) {
            // Not sure enough of any type: none, not a guess shown as fact; the guess stays as the runner-up.
            return new TypeCall(null, confidence, top, String.format(Locale.ROOT, "event-type model: no type reaches %.2f (best %s %.2f)",
                    MIN_CONFIDENCE, top.label(), confidence));
        }
        return new TypeCall(top, confidence, second == null ? null : SubEventType.ofCode(second),
                String.format(Locale.ROOT, "event-type model: %.2f", confidence));
    }

    private static Event event(String label, String text, float[] v) {
        List<String> ctx = new ArrayList<>(v.length + 64);
        List<Float> val = new ArrayList<>(v.length + 64);
        for (int d = 0; d < v.length; d++) {
            ctx.add("e" + d);
            val.add((float) (v[d] * EMBEDDING_SCALE));
        }
        for (String w : new LinkedHashSet<>(List.of(tokens(text)))) {
            ctx.add("w=" + w);
            val.add(1f);
        }
        float[] fv = new float[val.size()];
        for (int i = 0; i < fv.length; i++) fv[i] = val.get(i);
        return new Event(label, ctx.toArray(String[]::new), fv);
    }

    /** Lower-cased, stemmed word tokens; numbers become "#num". */
    static String[] tokens(String text) {
        List<String> out = new ArrayList<>();
        PorterStemmer stemmer = new PorterStemmer();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            String w = m.group();
            out.add(Character.isDigit(w.charAt(0)) ? "#num" : stemmer.stem(w.toLowerCase(Locale.ROOT)));
        }
        return out.toArray(String[]::new);
    }
}
