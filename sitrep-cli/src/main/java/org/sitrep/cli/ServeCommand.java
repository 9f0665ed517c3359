package org.sitrep.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.server.Access;
import org.sitrep.server.SitrepServer;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the REST API and the web UI over the data directory, until interrupted. */
@Command(name = "serve", description = {"Serve the web UI and the REST API (OpenAPI at /api/openapi.json) until Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default 127.0.0.1).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default 7070; 0 picks a free one).")
    int port;

    @Option(names = "--allow-host", paramLabel = "NAME", description = "A name users reach the server by, besides loopback names "
            + "and the bound address (repeatable): requests naming any other Host are refused (DNS rebinding).")
    java.util.List<String> allowedHosts = new java.util.ArrayList<>();

    @Option(names = "--no-nlp", description = "Store posted articles and place them into events without annotating them "
            + "(no CoreNLP: less memory and CPU; `sitrep annotate` later catches up).")
    boolean noNlp;

    @Option(names = "--read-only", description = {"Only read, beside the process that writes: with --db, a PostgreSQL database "
            + "another process writes (a Flink job, an ingest elsewhere), keeping a search index of its own in --data that "
            + "follows the database every few seconds; without, a data directory a running ingest writes. Writes are refused."})
    boolean readOnly;

    @Override
    public Integer call() throws InterruptedException {
        Sitrep sitrep = !readOnly ? Sitrep.open(main.config().withAnnotation(!noNlp))
                : main.dbUrl() != null ? Sitrep.openFollower(main.config()) : Sitrep.openReadOnly(main.config());
        java.util.Set<String> names = new java.util.LinkedHashSet<>(allowedHosts);
        boolean exposed = Access.beyondLoopback(host);
        if (exposed && !host.equals("0.0.0.0") && !host.equals("::")) names.add(host);
        Access access = Access.ofDataDir(main.dataDir(), names);
        if (exposed) {
            spec.commandLine().getErr().printf("WARNING: serving on %s, beyond this machine: anyone who can reach it can read every stored article. "
                    + "Writes need the token in %s. Name the addresses users type with --allow-host (now: %s).%n",
                    host, access.tokenFile(), names.isEmpty() ? "loopback names only" : String.join(", ", names));
        }
        // Articles posted to the API are annotated and placed into events in the background, as `ingest` does after reading
        // (a read-only server takes none).
        SitrepServer server = new SitrepServer(sitrep, true, host, port, access);
        int bound = server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            sitrep.close();
            stopped.countDown();
        }, "sitrep-shutdown"));
        spec.commandLine().getOut().printf("Sitrep is serving %s on http://%s:%d/ (API: /api/articles, /api/openapi.json). Ctrl-C stops it.%n",
                main.dbUrl() == null ? main.dataDir()
                        : main.dbUrl().replaceFirst("(//[^:@/]*):[^@/]*@", "$1:***@") + " (search index in " + main.dataDir() + ")",
                host, bound);
        if (readOnly) {
            spec.commandLine().getOut().printf("Read only: writes are refused%s.%n", main.dbUrl() == null ? ""
                    : "; what the writer stores is searchable here within " + SitrepServer.FOLLOW_SECONDS + " s");
        } else {
            spec.commandLine().getOut().printf("Writes (POST /api/articles) need: -H \"Authorization: Bearer $(cat %s)\" -H \"Content-Type: application/json\"%n",
                    access.tokenFile());
        }
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
