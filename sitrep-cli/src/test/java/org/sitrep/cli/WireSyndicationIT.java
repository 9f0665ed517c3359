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
 * A wire story republished by other outlets counts as one source: three outlets carrying the same agency text (one
 * with its own headline and the last sentence cut) and one outlet's own report of the same night are two
 * independent sources, and the copies name the agency. Texts written for this test.
 */
class WireSyndicationIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WIRE = "KYIV, Nov 26 (Eastwire) - Russia launched 75 Shahed drones at Kyiv overnight in the largest drone attack "
            + "on the capital since the start of the full-scale invasion, Ukraine's air force said on Saturday. Air defences shot down 74 "
            + "of the drones, the air force said, while debris damaged homes in the Solomianskyi and Holosiivskyi districts. "
            + "Mayor Vitali Klitschko said five people were injured and one building caught fire. "
            + "Power was cut to 77 residential buildings and 120 businesses, the city administration said.";

    @TempDir
    Path dir;

    @Test
    void aWireStoryAtThreeOutletsIsOneSource() throws Exception {
        String cut = WIRE.substring(0, WIRE.indexOf(" Power was cut"));
        List<Map<String, String>> items = List.of(
                Map.of("outlet", "eastwire.example", "title", "Russia launches biggest drone attack on Kyiv", "text", WIRE,
                        "published", "2023-11-25T07:00:00Z", "url", "https://eastwire.example/1"),
                Map.of("outlet", "daily-star.example", "title", "Russia launches biggest drone attack on Kyiv", "text", WIRE,
                        "published", "2023-11-25T09:00:00Z", "url", "https://daily-star.example/a"),
                Map.of("outlet", "portal.example", "title", "Kyiv hit by record swarm of 75 Shahed drones", "text", cut,
                        "published", "2023-11-25T10:00:00Z", "url", "https://portal.example/b"),
                Map.of("outlet", "kyiv-ledger.example", "title", "Night of drones over the capital",
                        "text", "Explosions woke residents of Kyiv before dawn as air defence units fought off wave after wave of drones. "
                                + "Our correspondent in Holosiivskyi saw the roof of a school burning; neighbours said the attack lasted six hours. "
                                + "City officials later reported injuries but gave no final count, and engineers worked to restore electricity.",
                        "published", "2023-11-25T08:00:00Z", "url", "https://kyiv-ledger.example/c"));
        Path data = dir.resolve("data");
        Map<String, String> idsByOutlet = Cli.ingestItems(dir.resolve("wire.jsonl"), data, items);
        JsonNode search = JSON.readTree(Cli.run("--data", data.toString(), "search", "drones", "--json").out());
        assertThat(search.get("counts").get("articles").asInt()).isEqualTo(4);
        assertThat(search.get("counts").get("outlets").asInt()).isEqualTo(4);
        assertThat(search.get("counts").get("independent_sources").asInt()).isEqualTo(2);
        // The counts describe every hit, not the page shown.
        JsonNode onePage = JSON.readTree(Cli.run("--data", data.toString(), "search", "drones", "--limit", "1", "--json").out());
        assertThat(onePage.get("items")).hasSize(1);
        assertThat(onePage.get("counts").get("articles").asInt()).isEqualTo(4);
        assertThat(onePage.get("counts").get("independent_sources").asInt()).isEqualTo(2);

        JsonNode star = JSON.readTree(Cli.run("--data", data.toString(), "copies", idsByOutlet.get("daily-star.example"), "--json").out());
        assertThat(star.get("copy_of")).hasSize(1);
        assertThat(star.get("copy_of").get(0).get("original").asText()).isEqualTo(idsByOutlet.get("eastwire.example"));
        assertThat(star.get("copy_of").get(0).get("kind").asText()).isEqualTo("exact");
        assertThat(star.get("copy_of").get(0).get("credited").asText()).isEqualTo("Eastwire");

        JsonNode portal = JSON.readTree(Cli.run("--data", data.toString(), "copies", idsByOutlet.get("portal.example"), "--json").out());
        assertThat(portal.get("copy_of").toString()).contains("near");
        JsonNode own = JSON.readTree(Cli.run("--data", data.toString(), "copies", idsByOutlet.get("kyiv-ledger.example"), "--json").out());
        assertThat(own.get("copy_of")).isEmpty();
        assertThat(own.get("copied_by")).isEmpty();
    }
}
