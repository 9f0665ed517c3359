package org.sitrep.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.app.Sitrep;

/** A real server over a real store in a temporary data directory, fed through the real ingestion. */
final class Running implements AutoCloseable {
    final Sitrep sitrep;
    final SitrepServer server;
    final int port;

    Running(Path data) {
        sitrep = Sitrep.open(data);
        server = new SitrepServer(sitrep, "127.0.0.1", 0);
        port = server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolveSibling("shared").resolve("seeds"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("../shared/seeds not found beside the repository");
        return p.resolveSibling("shared").resolve("seeds");
    }

    @Override
    public void close() {
        server.stop();
        sitrep.close();
    }
}
