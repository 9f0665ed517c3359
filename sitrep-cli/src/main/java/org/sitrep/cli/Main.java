package org.sitrep.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.sitrep.app.Sitrep;
import org.sitrep.app.SitrepConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code sitrep} command: global options and the table of verbs. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news about a conflict into a deduplicated, sourced record.",
        subcommands = {IngestCommand.class, WatchCommand.class, ArticlesCommand.class, ShowCommand.class,
                SearchCommand.class, RejectedCommand.class, ServeCommand.class, CopiesCommand.class, BenchCommand.class,
                AnnotateCommand.class, EntitiesCommand.class, EventsCommand.class, EventCommand.class,
                StoriesCommand.class, StoryCommand.class, ClaimsCommand.class, RecordsCommand.class, ExportCommand.class, OutletsCommand.class, WatchlistCommand.class, AlertsCommand.class, GazetteerCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Data directory: --data DIR, else $SITREP_DATA, else ./sitrep-data.",
                "Database: --db postgresql://user:password@host:port/db, else $SITREP_DB, else SQLite in the data directory.",
                "Exit codes: 0 ok, 2 usage, 3 some inputs rejected, 4 not found, 70 internal error, 74 I/O error.",
                "Place data from GeoNames (CC-BY 4.0) where shown. Sitrep is GPL-3.0-or-later."})
public final class Main {

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data directory (default: $SITREP_DATA or ./sitrep-data).")
    Path data;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "The database: postgresql://user:password@host:port/db (default: $SITREP_DB, else SQLite in the data "
                    + "directory, which then holds only the search index).")
    String db;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces on errors.")
    boolean verbose;

    Path dataDir() {
        if (data != null) return data;
        String env = System.getenv("SITREP_DATA");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("sitrep-data");
    }

    /** The database URL: --db, else $SITREP_DB, else null (SQLite in the data directory). */
    String dbUrl() {
        if (db != null && !db.isBlank()) return db;
        String env = System.getenv("SITREP_DB");
        return env != null && !env.isBlank() ? env : null;
    }

    /**
     * The library's configuration, read here at the edge: the data directory and the database, then the environment
     * ({@code SITREP_EMBEDDINGS}, {@code SITREP_CACHE}) and the system property {@code sitrep.cache}.
     */
    SitrepConfig config() {
        return SitrepConfig.fromEnvironment(dataDir(), System.getenv(), System.getProperties()).withDb(dbUrl());
    }

    /** The data directory opened with the configuration of {@link #config()}, for a verb that writes. */
    Sitrep open() {
        return Sitrep.open(config());
    }

    /**
     * The data directory opened for a verb that only reads: read-only beside a running {@code serve} or ingest, whose
     * lock it does not need. A directory that does not exist yet or needs migrating is opened as {@link #open()} does.
     */
    Sitrep read() {
        SitrepConfig c = config();
        return org.sitrep.store.SitrepStore.readable(c.dataDir(), c.db()) ? Sitrep.openReadOnly(c) : Sitrep.open(c);
    }

    /**
     * For a verb that brings things up to date before it reads (placing pending articles into events): opened for
     * writing, or, while another process writes the directory, for reading what that process has done so far.
     */
    Sitrep openOrRead() {
        try {
            return open();
        } catch (org.sitrep.store.StoreException e) {
            if (!e.busy()) throw e;
            return Sitrep.openReadOnly(config());
        }
    }

    public static void main(String[] args) {
        // Libraries log progress at INFO through java.util.logging; a CLI user wants only warnings.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var h : java.util.logging.Logger.getLogger("").getHandlers()) h.setLevel(java.util.logging.Level.WARNING);
        CommandLine cl = commandLine();
        // An article's text may hold terminal escape sequences: nothing printed reaches the terminal unfiltered.
        cl.setOut(TerminalText.safe(new java.io.OutputStreamWriter(System.out, System.out.charset())));
        cl.setErr(TerminalText.safe(new java.io.OutputStreamWriter(System.err, System.err.charset())));
        System.exit(cl.execute(args));
    }

    static int run(String... args) {
        return commandLine().execute(args);
    }

    /** {@code --help} (and {@code -h}) on every command and subcommand, as {@code sitrep help COMMAND} gives. */
    private static void withHelp(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions() && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            withHelp(sub);
        }
    }

    /** The configured command line, with our exception-to-exit-code mapping. */
    static CommandLine commandLine() {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        withHelp(cl);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            boolean verbose = main.verbose;
            int code;
            String what;
            // One failure kind, one code: every store failure is a StoreException (an UncheckedIOException).
            if (ex instanceof UncheckedIOException || ex instanceof java.io.IOException) {
                code = ExitCodes.IO;
                what = "I/O error";
            } else if (ex instanceof IllegalArgumentException) {
                code = ExitCodes.USAGE;
                what = "error";
            } else {
                code = ExitCodes.INTERNAL;
                what = "internal error (run again with --verbose and report it)";
            }
            line.getErr().println("sitrep: " + what + ": " + ex.getMessage());
            if (verbose) ex.printStackTrace(line.getErr());
            return code;
        });
        return cl;
    }
}
