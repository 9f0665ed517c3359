package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command explains itself: {@code --help} and {@code sitrep help COMMAND} print its usage and succeed (issue 17). */
class HelpTest {
    /** Every command path, e.g. [watchlist, add]. */
    private static List<List<String>> paths(CommandLine cl, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            if (e.getValue().getCommand() instanceof CommandLine.HelpCommand) continue;
            List<String> p = new ArrayList<>(prefix);
            p.add(e.getKey());
            out.add(p);
            out.addAll(paths(e.getValue(), p));
        }
        return out;
    }

    @Test
    void everyCommandAndSubcommandAnswersHelp() {
        List<List<String>> all = paths(Main.commandLine(), List.of());
        assertThat(all).extracting(p -> String.join(" ", p)).contains("articles", "events", "export", "watchlist add", "alerts", "gazetteer import");
        for (List<String> path : all) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(args + ": " + r.err()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).startsWith("Usage: sitrep " + String.join(" ", path));
            assertThat(r.err()).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void helpCommandNamesTheCommand() {
        Cli.Result r = Cli.run("help", "events");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: sitrep events").contains("--from", "--place", "--limit", "--offset");
    }
}
