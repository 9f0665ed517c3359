package org.sitrep.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.store.EventFacts;
import org.sitrep.store.EventIndex;

/**
 * The document frequencies a new store starts from: counted over the English articles of our own sample corpus
 * (samples/corpus, articles about the war in Ukraine written for this project), shipped as {@code event-background.tsv}. Without them the
 * first articles of a store are weighed against each other alone: in five reports about Kupiansk, "Kupiansk" and
 * "troops" weigh as much as the spokesman's name. Regenerate after changing how event vectors are made:
 * {@code ./run-tests --main org.sitrep.app.WriteBackgroundFrequencies samples/corpus sitrep-app/src/main/resources/org/sitrep/app/event-background.tsv}
 * ({@code BackgroundFrequenciesIT} fails while the shipped file is stale).
 */
public final class BackgroundFrequencies {
    static final String RESOURCE = "event-background.tsv";
    /** The languages the background is counted over (see {@link #count}). */
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("en", "und");

    private BackgroundFrequencies() {
    }

    /** The shipped frequencies (documents, then key → df). */
    static EventIndex.Frequencies load() {
        Map<String, Integer> df = new HashMap<>();
        long docs = 0;
        try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return new EventIndex.Frequencies(df, 0);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.lastIndexOf('\t');
                if (tab < 0) continue;
                if (line.startsWith("#documents\t")) docs = Long.parseLong(line.substring(tab + 1));
                else df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped " + RESOURCE, e);
        }
        return new EventIndex.Frequencies(df, docs);
    }

    /** Counts the frequencies of a corpus by ingesting it (without NLP: names are capitalised words) into a scratch store. */
    static String count(Path corpus, Path scratch) {
        Map<String, Integer> df = new TreeMap<>();
        long docs;
        try (Sitrep s = Sitrep.open(scratch, FieldMapping.standard(), Fingerprinter.sketchesOnly())) {
            s.ingestion().run(List.of(corpus.toString()), new Ingestion.Listener() {
            });
            EventIndex ix = s.store().events();
            EventIndex.Frequencies f = new EventIndex.Frequencies(new HashMap<>(), 0);
            for (var e : ix.after(0, Long.MAX_VALUE, Integer.MAX_VALUE)) {
                // English only: a handful of texts per other language would give their words frequencies of one or two
                // documents, noise rather than a prior; a store counts its own articles in every language as they come.
                var a = s.store().article(e.getValue());
                if (a.isEmpty() || !ENGLISH.contains(a.get().language())) continue;
                EventInputsFromStore.count(s.store().eventFacts(), e.getValue(), f, EventFacts.Names.WORDS);
            }
            df.putAll(f.dfMap());
            docs = f.documents();
        }
        StringBuilder out = new StringBuilder("#documents\t" + docs + "\n");
        df.forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
        return out.toString();
    }
}
