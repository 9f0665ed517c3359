package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.testkit.SharedData;

/**
 * What reading costs per language, in one run on one thread: the annotator {@link Annotators} chooses for English
 * (CoreNLP), Ukrainian, Russian and Polish (Morfologik dictionaries and our rules), each on real text of its language —
 * English and Ukrainian news articles, Russian news texts, Polish feed items (title and teaser; no Polish full texts are
 * at hand). Each language is read once to warm up (models and dictionaries loaded, JIT), then timed; reported as
 * milliseconds per 1,000 characters and per article of the set's mean length. Asserts only what must hold: every text
 * is read, and the Slavic annotators cost less per character than CoreNLP.
 */
class AnnotationCostIT {
    private static final Instant REFERENCE = Instant.parse("2023-06-15T12:00:00Z");
    private static final int TEXTS = 40;

    @Test
    void costPerLanguageBesideEnglish() throws IOException {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        texts.put("en", files(SharedData.require("data/real-news/gdelt-outlets-447-hellaskella33/articles")));
        texts.put("uk", files(SharedData.require("data/ner/ner-uk-dev/ng")));
        texts.put("ru", files(SharedData.require("data/ner/factRuEval-2016-dev/devset")));
        texts.put("pl", polishItems(SharedData.require("data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz")));
        Map<String, double[]> cost = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : texts.entrySet()) {
            Annotator a = Annotators.forLanguage(e.getKey()).orElseThrow();
            for (String t : e.getValue()) a.annotate(t, REFERENCE, false);
            long chars = 0, tokens = 0;
            long t0 = System.nanoTime();
            for (String t : e.getValue()) {
                tokens += a.annotate(t, REFERENCE, false).tokens();
                chars += t.length();
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            int n = e.getValue().size();
            cost.put(e.getKey(), new double[] {n, chars, tokens, ms, ms / (chars / 1000.0), ms / n, chars / (double) n});
        }
        StringBuilder table = new StringBuilder("| language | texts | mean chars | tokens | ms / 1,000 chars | ms / text | ratio to English per char |\n"
                + "|---|---|---|---|---|---|---|\n");
        double english = cost.get("en")[4];
        cost.forEach((lang, c) -> table.append(String.format("| %s | %d | %.0f | %d | %.2f | %.1f | %.2f |%n", lang, (int) c[0], c[6],
                (long) c[2], c[4], c[5], c[4] / english)));
        System.out.println(table);
        for (String lang : List.of("uk", "ru", "pl")) {
            assertThat(cost.get(lang)[0]).as(lang + " texts read").isEqualTo(TEXTS);
            assertThat(cost.get(lang)[4]).as(lang + ": ms per 1,000 characters, below English's").isLessThan(english);
        }
    }

    /** The first {@link #TEXTS} .txt files of a folder, in name order. */
    private static List<String> files(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().limit(TEXTS).toList()) out.add(Files.readString(p));
        }
        return out;
    }

    /** The first {@link #TEXTS} Polish feed items with a teaser, as title and teaser. */
    private static List<String> polishItems(Path gz) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && out.size() < TEXTS; line = r.readLine()) {
                JsonNode n = json.readTree(line);
                String lang = n.path("language").asText("");
                String description = n.path("description").asText("");
                if (!lang.startsWith("pl") || description.length() < 120) continue;
                out.add(n.path("title").asText("") + "\n\n" + description);
            }
        }
        return out;
    }
}
