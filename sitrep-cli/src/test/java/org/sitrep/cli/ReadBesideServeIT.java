package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Ingestion;
import org.sitrep.app.Sitrep;
import org.sitrep.app.SitrepConfig;
import org.sitrep.testkit.Repository;

/**
 * Issue 15: "CLI locked out while serve runs: every command fails with Lock held… (exit 74)". With a writer holding
 * the data directory (as {@code serve} does), the read verbs answer, and see what the writer commits; a writing verb
 * is refused with a message that says why and what to do.
 */
class ReadBesideServeIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void readVerbsWorkWhileAnotherWriterHoldsTheDirectory() throws Exception {
        Path corpus = Repository.root().resolve("samples/corpus/text");
        SitrepConfig config = SitrepConfig.fromEnvironment(data, java.util.Map.of(), new java.util.Properties()).withAnnotation(false);
        try (Sitrep writer = Sitrep.open(config)) {
            writer.ingestion().run(List.of(corpus.toString()), new Ingestion.Listener() {
            });
            writer.catchUp(new Sitrep.CatchUpListener() {
            });
            String d = data.toString();
            Cli.Result articles = Cli.run("--data", d, "articles", "--json");
            assertThat(articles.exit()).as(articles.err()).isEqualTo(ExitCodes.OK);
            JsonNode list = JSON.readTree(articles.out());
            assertThat(list.size()).isGreaterThan(5);
            String id = list.get(0).get("id").asText();
            for (List<String> verb : List.of(List.of("show", id), List.of("search", "Kupiansk"), List.of("copies", id), List.of("events"),
                    List.of("stories"), List.of("rejected"), List.of("entities"), List.of("claims"))) {
                List<String> args = new java.util.ArrayList<>(List.of("--data", d));
                args.addAll(verb);
                Cli.Result r = Cli.run(args.toArray(String[]::new));
                assertThat(r.exit()).as(verb + ": " + r.err()).isEqualTo(ExitCodes.OK);
                assertThat(r.err()).as(String.valueOf(verb)).doesNotContain("Lock");
            }
            // What the writer commits next is seen by the next read.
            writer.ingestion().submitJson("{\"title\":\"Drones over Odesa\",\"text\":\"Drones struck the port of Odesa overnight, officials said.\"}", "test");
            Cli.Result search = Cli.run("--data", d, "search", "Odesa", "--json");
            assertThat(JSON.readTree(search.out()).get("total").asInt()).isEqualTo(1);
            // A second writer is refused, saying why.
            Cli.Result ingest = Cli.run("--data", d, "ingest", "--no-progress", corpus.toString());
            assertThat(ingest.exit()).isEqualTo(ExitCodes.IO);
            assertThat(ingest.err()).contains("another Sitrep process").contains("Read commands work beside it");
        }
    }
}
