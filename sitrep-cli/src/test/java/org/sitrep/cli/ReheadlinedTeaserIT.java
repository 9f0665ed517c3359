package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One agency teaser carried by two outlets, each under its own headline and with its opening clause reworded: the
 * pair shares too few 4-word shingles for the MinHash bands to find it, and is found through the winnowed keys of
 * the bodies' openings (a 20-word run in common), then judged a near-duplicate on the bodies. Without those keys it
 * was not found at all. A third item on the same subject in other words stays independent. Texts written for this test.
 */
class ReheadlinedTeaserIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aReheadlinedAndRecutTeaserIsANearDuplicate() throws Exception {
        List<Map<String, String>> items = List.of(
                Map.of("outlet", "gazeta-biznes.example", "title", "Gas firms in Poland to get billions in EU-approved aid",
                        "text", "We have approved a Polish scheme worth 3 billion euros to support companies active on the Polish gas "
                                + "market in the context of Russia's war against Ukraine, the European Commission said.",
                        "published", "2023-02-21T09:00:00Z", "url", "https://gazeta-biznes.example/gas-aid"),
                Map.of("outlet", "rynek24.example", "title", "Brussels decides: billions will flow to Polish gas companies",
                        "text", "The European Commission has approved a Polish scheme worth 3 billion euros to support companies active "
                                + "on the Polish gas market in the context of Russia's war against Ukraine.",
                        "published", "2023-02-21T10:30:00Z", "url", "https://rynek24.example/komisja-gaz"),
                Map.of("outlet", "energy-watch.example", "title", "Warsaw wins EU nod for gas market support",
                        "text", "Poland may spend up to 3 billion euros helping gas traders hit by the price shock that followed the "
                                + "invasion of Ukraine, after Brussels cleared the plan under its temporary state aid rules.",
                        "published", "2023-02-21T11:00:00Z", "url", "https://energy-watch.example/state-aid"));
        Path data = dir.resolve("data");
        Map<String, String> ids = Cli.ingestItems(dir.resolve("teasers.jsonl"), data, items, "--no-nlp");

        JsonNode recut = JSON.readTree(Cli.run("--data", data.toString(), "copies", ids.get("rynek24.example"), "--json").out());
        assertThat(recut.get("copy_of")).hasSize(1);
        assertThat(recut.get("copy_of").get(0).get("original").asText()).isEqualTo(ids.get("gazeta-biznes.example"));
        assertThat(recut.get("copy_of").get(0).get("kind").asText()).isEqualTo("near");
        assertThat(recut.get("copy_of").get(0).get("jaccard").asDouble()).as("whole-text shingles alone say little").isLessThan(0.5);

        JsonNode own = JSON.readTree(Cli.run("--data", data.toString(), "copies", ids.get("energy-watch.example"), "--json").out());
        assertThat(own.get("copy_of")).isEmpty();
        assertThat(own.get("copied_by")).isEmpty();
    }
}
