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
import org.sitrep.testkit.SharedData;

/** The foundation's acceptance case, through the CLI as a user runs it: the five seed articles. */
class SeedsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void ingestsFiveSeedsOnceWithTheirPublicationDates() throws Exception {
        Path seeds = SharedData.require("seeds");
        assertThat(seeds).isDirectory();

        Cli.Result first = Cli.run("--data", data.toString(), "ingest", seeds.toString());
        assertThat(first.exit()).as(first.out() + first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("5 accepted, 0 already known, 0 rejected");

        Cli.Result list = Cli.run("--data", data.toString(), "articles", "--json");
        assertThat(list.exit()).isZero();
        JsonNode arr = JSON.readTree(list.out());
        assertThat(arr.isArray()).isTrue();
        assertThat(arr).hasSize(5);
        Map<String, JsonNode> bySeed = new HashMap<>();
        for (JsonNode a : arr) {
            for (String k : new String[] {"id", "title", "outlet", "url", "published", "language", "text"}) {
                assertThat(a.has(k)).as("field " + k).isTrue();
            }
            String text = a.get("text").asText();
            bySeed.put(seedOf(text), a);
        }
        assertThat(bySeed).containsOnlyKeys("000", "001", "002", "003", "004");
        assertThat(bySeed.get("003").get("published").asText()).startsWith("2023-11-26");
        assertThat(bySeed.get("004").get("published").asText()).startsWith("2024-11-14");
        for (JsonNode a : arr) assertThat(a.get("language").asText()).isEqualTo("en");

        Cli.Result second = Cli.run("--data", data.toString(), "ingest", seeds.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("0 accepted, 5 already known, 0 rejected");
        assertThat(JSON.readTree(Cli.run("--data", data.toString(), "articles", "--json").out())).hasSize(5);
    }

    @Test
    void showPrintsCleanedTextAndWhatWasRemovedWithRules() throws Exception {
        Path seeds = SharedData.require("seeds");
        Cli.run("--data", data.toString(), "ingest", seeds.resolve("004_6c29c67bb9852ea0.txt").toString());
        JsonNode arr = JSON.readTree(Cli.run("--data", data.toString(), "articles", "--json").out());
        String id = arr.get(0).get("id").asText();

        Cli.Result shown = Cli.run("--data", data.toString(), "show", id.substring(0, 6));
        assertThat(shown.exit()).isZero();
        assertThat(shown.out()).contains("full control over the city of Kupyansk").contains("[disclaimer]")
                .contains("[bonus-video]");
        JsonNode full = JSON.readTree(Cli.run("--data", data.toString(), "show", id, "--json").out());
        assertThat(full.get("removed").size()).isGreaterThan(3);
        for (JsonNode r : full.get("removed")) {
            assertThat(full.get("text").asText()).doesNotContain(r.get("text").asText().strip());
        }

        Cli.Result missing = Cli.run("--data", data.toString(), "show", "ffffffffffff");
        assertThat(missing.exit()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(missing.err()).contains("no article with id ffffffffffff");
    }

    @Test
    void searchFindsTheSpokesmanUnderEitherSpellingAndSaysSo() throws Exception {
        Cli.run("--data", data.toString(), "ingest", SharedData.require("seeds").toString());
        JsonNode fityo = JSON.readTree(Cli.run("--data", data.toString(), "search", "Fityo", "--json").out());
        JsonNode fitio = JSON.readTree(Cli.run("--data", data.toString(), "search", "Fitio", "--json").out());
        // Two seeds spell him Fityo, one Fitio; the entity knows both, so either spelling finds all three (issue 20).
        assertThat(fityo.get("total").asLong()).isEqualTo(3);
        assertThat(fitio.get("total").asLong()).isEqualTo(3);
        assertThat(fityo.get("also_searched").toString()).contains("Fitio");
        assertThat(fitio.get("also_searched").toString()).contains("Fityo");
        List<String> snippets = new java.util.ArrayList<>();
        for (JsonNode h : fitio.get("items")) snippets.add(h.get("snippet").asText());
        assertThat(snippets).anySatisfy(x -> assertThat(x).containsIgnoringCase("Fitio"));
        // Written in the search syntax, a spelling is searched as written.
        JsonNode exact = JSON.readTree(Cli.run("--data", data.toString(), "search", "\"Fitio\"", "--json").out());
        assertThat(exact.get("total").asLong()).isEqualTo(1);
        assertThat(exact.get("also_searched")).isEmpty();
    }

    /** Which seed an article is, told by a phrase only that seed's reporting has. */
    private static String seedOf(String text) {
        if (text.contains("have not let up")) return "000";
        if (text.contains("Chortyzja")) return "001";
        if (text.contains("Balakliia")) return "002";
        if (text.contains("Usenkivka")) return "003";
        if (text.contains("railway hub")) return "004";
        return "?";
    }


    @Test
    void findsThatOneIsARewriteOfZeroCreditingKyivPostAndNoOtherCopies() throws Exception {
        Cli.run("--data", data.toString(), "ingest", SharedData.require("seeds").toString());
        Map<String, String> ids = new HashMap<>();
        for (JsonNode a : JSON.readTree(Cli.run("--data", data.toString(), "articles", "--json").out())) ids.put(seedOf(a.get("text").asText()), a.get("id").asText());

        JsonNode p1 = JSON.readTree(Cli.run("--data", data.toString(), "copies", ids.get("001"), "--json").out());
        assertThat(p1.get("copy_of")).hasSize(1);
        JsonNode rel = p1.get("copy_of").get(0);
        assertThat(rel.get("original").asText()).isEqualTo(ids.get("000"));
        assertThat(rel.get("copy").asText()).isEqualTo(ids.get("001"));
        assertThat(rel.get("kind").asText()).isEqualTo("rewrite");
        assertThat(rel.get("credited").asText()).isEqualTo("Kyiv Post");
        assertThat(rel.get("aligned").size()).isGreaterThanOrEqualTo(3);
        assertThat(rel.get("shared_facts").toString()).contains("fityo", "oskil", "avdiivka");

        for (String other : new String[] {"002", "003", "004"}) {
            JsonNode p = JSON.readTree(Cli.run("--data", data.toString(), "copies", ids.get(other), "--json").out());
            assertThat(p.get("copy_of")).as(other).isEmpty();
            assertThat(p.get("copied_by")).as(other).isEmpty();
        }
        Cli.Result text = Cli.run("--data", data.toString(), "copies", ids.get("000"));
        assertThat(text.out()).contains("copied by " + ids.get("001"), "rewrite", "credits Kyiv Post", "original: ", "copy: ");

        JsonNode search = JSON.readTree(Cli.run("--data", data.toString(), "search", "Kupyansk OR Kupiansk", "--json").out());
        assertThat(search.get("counts").get("articles").asInt()).isEqualTo(5);
        assertThat(search.get("counts").get("independent_sources").asInt()).isEqualTo(4);
    }
}
