package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in-process, capturing what it prints, as a user at a terminal would see it. */
final class Cli {
    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Writes feed items (one JSON object per map) to {@code file}, ingests it into {@code data} with the given
     * options (the ingest must succeed), and returns the stored articles' ids by outlet.
     */
    static Map<String, String> ingestItems(Path file, Path data, List<Map<String, String>> items, String... options)
            throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (Map<String, String> m : items) jsonl.append(JSON.writeValueAsString(m)).append('\n');
        Files.writeString(file, jsonl);
        List<String> args = new ArrayList<>(List.of("--data", data.toString(), "ingest", "--no-progress"));
        args.addAll(List.of(options));
        args.add(file.toString());
        Result ingest = run(args.toArray(String[]::new));
        assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isEqualTo(ExitCodes.OK);
        Map<String, String> ids = new HashMap<>();
        for (JsonNode a : JSON.readTree(run("--data", data.toString(), "articles", "--json").out())) {
            ids.put(a.get("outlet").asText(), a.get("id").asText());
        }
        return ids;
    }
}
