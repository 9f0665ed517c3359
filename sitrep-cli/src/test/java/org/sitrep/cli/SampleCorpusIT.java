package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.store.SitrepStore;
import org.sitrep.testkit.Repository;

/** The README's main command on the sample corpus, checked against samples/expected.json. */
class SampleCorpusIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void ingestsEveryFormatAndRejectsEachBadFileWithItsReason() throws Exception {
        Path root = Repository.root();
        JsonNode expected = JSON.readTree(root.resolve("samples/expected.json").toFile());
        int articles = expected.get("articles").size();

        Cli.Result r = Cli.run("--data", data.toString(), "ingest", root.resolve("samples/corpus").toString());
        assertThat(r.exit()).as(r.out()).isEqualTo(ExitCodes.SOME_REJECTED);
        assertThat(r.out()).contains(articles + " accepted", expected.get("rejected").size() + " rejected");
        expected.get("rejected").fields().forEachRemaining(e ->
                assertThat(r.out()).contains(e.getKey() + ": " + e.getValue().asText()));

        try (SitrepStore store = SitrepStore.open(data)) {
            List<Article> stored = store.articles(new SitrepStore.ArticleQuery(1000, 0, null, null));
            assertThat(stored).hasSize(articles);
            Map<String, Article> byOrigin = new HashMap<>();
            for (Article a : stored) {
                String file = root.resolve("samples/corpus").relativize(Path.of(a.origin().input()).toAbsolutePath()).toString();
                byOrigin.put(file + "|" + a.origin().record(), a);
            }
            // Copies: every relation found must be one of the copies the corpus was written with (no false copies),
            // and at least the long rewrites are found (short two-sentence retellings are not yet: issue 3).
            Map<String, String> keyOf = new HashMap<>();
            byOrigin.forEach((k, a) -> keyOf.put(a.id(), k));
            java.util.Set<String> expectedPairs = new java.util.HashSet<>();
            for (JsonNode e : expected.get("articles")) {
                if (e.get("copy_of").isNull()) continue;
                expectedPairs.add(e.get("copy_of").asText() + "|" + " -> " + e.get("file").asText() + "|" + (e.get("record").isNull() ? "" : e.get("record").asText()));
            }
            java.util.Set<String> found = new java.util.HashSet<>();
            for (Article a : stored) {
                for (var rel : store.provenance(a.id()).copyOf()) found.add(keyOf.get(rel.originalId()) + " -> " + keyOf.get(rel.copyId()));
            }
            assertThat(expectedPairs).containsAll(found);
            assertThat(found).contains("text/kupiansk-2022-09-10-frontmonitor.txt| -> text/kupyansk-2022-09-rewrite-nordwest.txt|",
                    "text/kupiansk-2023-11-25-kharkivwire.txt| -> text/kupyansk-2023-11-rewrite.txt|",
                    "text/bakhmut-2023-05-21-eastwire.txt| -> json/stream.jsonl|line 1");
            for (JsonNode e : expected.get("articles")) {
                String key = e.get("file").asText() + "|" + (e.get("record").isNull() ? "" : e.get("record").asText());
                Article a = byOrigin.get(key);
                assertThat(a).as("stored: " + key).isNotNull();
                if (!e.get("title").isNull()) assertThat(a.title()).as(key).isEqualTo(e.get("title").asText());
                if (!e.get("published").isNull()) {
                    assertThat(a.published()).as(key + " published").isNotNull();
                    assertThat(a.published().iso()).as(key).startsWith(e.get("published").asText());
                }
                if (!e.get("outlet").isNull()) assertThat(a.outlet()).as(key).isEqualTo(e.get("outlet").asText());
                assertThat(a.language()).as(key).isEqualTo(e.get("language").asText());
                for (JsonNode b : e.get("boilerplate")) assertThat(a.text()).as(key + " boilerplate").doesNotContain(b.asText());
                String all = (a.title() == null ? "" : a.title() + "\n") + a.text();
                for (JsonNode k : e.get("reporting")) assertThat(all).as(key + " reporting").contains(k.asText());
            }
            readsUkrainianRussianAndPolish(store, byOrigin);
            ids = new HashMap<>();
            byOrigin.forEach((k, a) -> ids.put(k, a.id()));
        }
        searchFindsANameInEveryScript();
        claimsInEveryLanguageJoinTheEnglishOnes(ids);
    }

    private Map<String, String> ids;

    /**
     * The Ukrainian, Russian and Polish reports of 10 September 2022 say that Ukrainian troops entered Kupiansk, each
     * as its text attributes it (the Ukrainian headline is the outlet's; the Russian report's "Об этом сообщил" gives it
     * to Oleh Syniehubov, as the Polish one's "– poinformował"), and these claims are the English report's claim: one
     * group of the event, no dispute.
     */
    private void claimsInEveryLanguageJoinTheEnglishOnes(Map<String, String> ids) {
        String en = ids.get("text/kupiansk-2022-09-10-frontmonitor.txt|");
        String uk = ids.get("text/kupiansk-2022-09-10-skhidnyi-visnyk-uk.txt|");
        String ru = ids.get("text/kupiansk-2022-09-10-svodka-ru.txt|");
        String pl = ids.get("text/kupiansk-2022-09-11-kurier-wschodni-pl.txt|");
        try (org.sitrep.app.Sitrep s = org.sitrep.app.Sitrep.open(data)) {
            java.util.function.Function<String, List<org.sitrep.claims.Claim>> controlOfKupiansk = id -> s.store().claims()
                    .find(new org.sitrep.store.ClaimIndex.Query(List.of(id), org.sitrep.claims.ClaimKind.CONTROL, null, null, null, 100, 0))
                    .stream().filter(c -> c.place() != null && Long.valueOf(703656L).equals(c.place().geonameId())).toList();
            for (String id : List.of(uk, ru, pl)) {
                assertThat(controlOfKupiansk.apply(id)).as(id + " says who holds Kupiansk").isNotEmpty()
                        .allSatisfy(c -> assertThat(c.actor()).isEqualTo(org.sitrep.claims.Side.UKRAINE));
            }
            assertThat(controlOfKupiansk.apply(uk)).anySatisfy(c -> assertThat(c.speaker().kind()).isEqualTo(org.sitrep.claims.Claim.SpeakerKind.OUTLET));
            assertThat(controlOfKupiansk.apply(ru)).anySatisfy(c -> {
                assertThat(c.speaker().name()).isEqualTo("Олег Синегубов");
                assertThat(c.side()).isEqualTo(org.sitrep.claims.Side.UKRAINE);
            });
            assertThat(controlOfKupiansk.apply(pl)).anySatisfy(c -> {
                assertThat(c.speaker().name()).contains("Syniehubow");
                assertThat(c.side()).isEqualTo(org.sitrep.claims.Side.UKRAINE);
            });
            String event = s.store().eventReads().ofArticle(en).orElseThrow().getKey();
            org.sitrep.claims.ClaimReport report = s.eventClaims(event);
            var english = report.groups().stream().filter(g -> g.claim().kind() == org.sitrep.claims.ClaimKind.CONTROL
                    && g.articles().contains(en) && g.claim().place() != null && Long.valueOf(703656L).equals(g.claim().place().geonameId()))
                    .findFirst().orElseThrow();
            assertThat(english.articles()).as("one claim in four languages").contains(uk, ru, pl);
            assertThat(report.disputes()).as("they agree").isEmpty();
        }
    }

    /**
     * The Ukrainian, Russian and Polish samples (issue 20) are annotated, their names join the English ones' entities
     * across scripts and case endings, and the Ukrainian, Russian and Polish reports of 10 September 2022 join the English
     * event.
     */
    private static void readsUkrainianRussianAndPolish(SitrepStore store, Map<String, Article> byOrigin) {
        for (Map.Entry<String, Article> e : byOrigin.entrySet()) {
            if (!List.of("uk", "ru", "pl").contains(e.getValue().language())) continue;
            var ann = store.entityReads().annotations(e.getValue().id());
            assertThat(ann.status()).as(e.getKey() + " annotated").isEqualTo("annotated");
            assertThat(ann.mentions()).as(e.getKey() + " names").isNotEmpty();
            // The reports of September 2022 say when ("в суботу", "w sobotę"); the 2023 one names no day.
            if (e.getKey().contains("2022-09")) assertThat(ann.times()).as(e.getKey() + " dates").isNotEmpty();
        }
        var places = store.entityReads().entities(new org.sitrep.store.EntityReads.EntityQuery("place", "Kupiansk",
                org.sitrep.geo.TransliterationKey.of("Kupiansk"), 5, 0)).items();
        assertThat(places).anySatisfy(p -> {
            assertThat(p.geonameId()).isNotNull();
            assertThat(p.spellings()).extracting(org.sitrep.store.EntityReads.Spelling::text).contains("Kupiansk", "Kupiańsk", "Куп'янськ", "Купянск");
        });
        var people = store.entityReads().entities(new org.sitrep.store.EntityReads.EntityQuery("person", "Syrskyi",
                org.sitrep.geo.TransliterationKey.of("Syrskyi"), 5, 0)).items();
        assertThat(people).anySatisfy(p -> assertThat(p.spellings()).extracting(org.sitrep.store.EntityReads.Spelling::text)
                .contains("Олександр Сирський", "Александр Сырский", "Ołeksandr Syrski"));
        String en = byOrigin.get("text/kupiansk-2022-09-10-frontmonitor.txt|").id();
        String event = store.eventReads().ofArticle(en).orElseThrow().getKey();
        for (String other : List.of("text/kupiansk-2022-09-10-skhidnyi-visnyk-uk.txt|", "text/kupiansk-2022-09-10-svodka-ru.txt|",
                "text/kupiansk-2022-09-11-kurier-wschodni-pl.txt|")) {
            assertThat(store.eventReads().ofArticle(byOrigin.get(other).id()).orElseThrow().getKey())
                    .as(other + " joins the English event of the same day").isEqualTo(event);
        }
    }

    /** A name searched in one spelling finds the others, in every script, and says what else it searched. */
    private void searchFindsANameInEveryScript() throws Exception {
        Cli.Result r = Cli.run("--data", data.toString(), "search", "--json", "Kupyansk");
        JsonNode found = JSON.readTree(r.out());
        assertThat(found.get("also_searched").toString()).contains("Kupiansk", "Куп'янськ");
        List<String> languages = new java.util.ArrayList<>();
        for (JsonNode h : found.get("items")) languages.add(h.get("language").asText());
        assertThat(languages).contains("en", "uk", "ru", "pl");
    }
}
