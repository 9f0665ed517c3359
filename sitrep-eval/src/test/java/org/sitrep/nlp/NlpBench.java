package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.sitrep.testkit.SharedData;

/**
 * Throughput of the NLP stage beside CoreNLP alone, on the same 50 real full-text articles in the same run, and the
 * pipeline's load time. Run: {@code ./run-tests --main org.sitrep.nlp.NlpBench} (peak RSS: see {@code sitrep-nlp/README.md}).
 * Passes alternate (CoreNLP alone, whole annotate, twice each) after a warm-up so JIT warm-up favours neither; our own
 * part (CoreNLP's maps to records, and the rules) is also timed alone on annotations CoreNLP already made.
 */
public final class NlpBench {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        Path dir = SharedData.require("data/real-news/gdelt-outlets-447-hellaskella33/articles");
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = new ArrayList<>(s.sorted().toList());
        }
        Collections.shuffle(files, new Random(50));
        List<String> texts = new ArrayList<>();
        List<Instant> refs = new ArrayList<>();
        for (Path f : files.subList(0, 50)) {
            texts.add(Files.readString(f));
            refs.add(Instant.from(STAMP.parse(f.getFileName().toString().substring(0, 16))));
        }
        // The edge: -Dsitrep.nlp.nerModels=… and -Dsitrep.nlp.fineGrained=true compare other NER choices (README).
        EnglishAnnotator nlp = EnglishAnnotator.with(new EnglishAnnotator.Options(System.getProperty("sitrep.nlp.nerModels"),
                Boolean.getBoolean("sitrep.nlp.fineGrained")));
        long l0 = System.nanoTime();
        nlp.coreNlpOf("Warm.", Instant.EPOCH);
        Duration load = Duration.ofNanos(System.nanoTime() - l0);
        System.out.printf("pipeline load: %.1f s%n", load.toMillis() / 1000.0);
        for (int i = 0; i < 10; i++) nlp.annotate(texts.get(i), refs.get(i), true); // warm-up
        long tokens = 0;
        for (int i = 0; i < texts.size(); i++) tokens += nlp.annotate(texts.get(i), refs.get(i), true).tokens();
        double[] core = new double[2], whole = new double[2];
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) nlp.coreNlpOf(texts.get(i), refs.get(i));
            core[round] = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) nlp.annotate(texts.get(i), refs.get(i), true);
            whole[round] = (System.nanoTime() - t0) / 1e9;
        }
        List<Annotation> done = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) done.add(nlp.coreNlpOf(texts.get(i), refs.get(i)));
        long t0 = System.nanoTime();
        for (int rep = 0; rep < 5; rep++) {
            for (int i = 0; i < texts.size(); i++) EnglishAnnotator.fromCoreNlp(texts.get(i), done.get(i), refs.get(i), true);
        }
        double own = (System.nanoTime() - t0) / 1e9 / 5;
        double c = Math.min(core[0], core[1]), w = Math.min(whole[0], whole[1]);
        System.out.printf("50 articles, %d tokens%n", tokens);
        System.out.printf("CoreNLP alone:     %.1f s, %.0f tokens/s (passes %.1f, %.1f s)%n", c, tokens / c, core[0], core[1]);
        System.out.printf("whole annotate():  %.1f s, %.0f tokens/s (passes %.1f, %.1f s)%n", w, tokens / w, whole[0], whole[1]);
        System.out.printf("our part alone:    %.3f s = %.1f%% of CoreNLP's time%n", own, 100 * own / c);
        System.out.printf("max heap %d MB, used now %d MB%n", Runtime.getRuntime().maxMemory() >> 20,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
}
