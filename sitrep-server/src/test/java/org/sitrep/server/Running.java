package org.sitrep.server;

import java.nio.file.Path;
import org.sitrep.app.Sitrep;
import org.sitrep.testkit.SharedData;

/** A real server over a real store in a temporary data directory, fed through the real ingestion. */
final class Running implements AutoCloseable {
    final Sitrep sitrep;
    final SitrepServer server;
    final int port;

    Running(Path data) {
        this(data, SitrepServer.INBOX_BATCHES);
    }

    /** With at most {@code inboxBatches} writes waiting to be stored. */
    Running(Path data, int inboxBatches) {
        sitrep = Sitrep.open(data);
        server = new SitrepServer(sitrep, "127.0.0.1", 0);
        server.inboxBatches = inboxBatches;
        port = server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** ../shared/seeds (skips locally, fails in CI, when it is missing). */
    static Path seeds() {
        return SharedData.require("seeds");
    }

    @Override
    public void close() {
        server.stop();
        sitrep.close();
    }
}
