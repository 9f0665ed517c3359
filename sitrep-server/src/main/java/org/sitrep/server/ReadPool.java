package org.sitrep.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sitrep.app.Sitrep;

/**
 * The readers of a data directory, each opened read-only with its own SQLite connection and search index reader
 * ({@link Sitrep#openReadOnly}): requests borrow one for the length of a request, so reads run side by side and never
 * wait for the writer, which keeps its own connection and lock. Opened lazily, up to {@code size}; a request finding
 * all of them busy waits for one (up to {@code waitMillis}, then 503).
 *
 * <p>Thread-safe.
 */
final class ReadPool implements AutoCloseable {
    /** What a request does with a reader. */
    interface Work {
        void run(Sitrep reader) throws Exception;
    }

    private final Supplier<Sitrep> opener;
    private final int size;
    private final long waitMillis;
    private final BlockingQueue<Sitrep> idle;
    private final List<Sitrep> all = new ArrayList<>();

    ReadPool(Supplier<Sitrep> opener, int size, long waitMillis) {
        if (size < 1) throw new IllegalArgumentException("a read pool needs at least one reader");
        this.opener = opener;
        this.size = size;
        this.waitMillis = waitMillis;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    void with(Work work) throws Exception {
        Sitrep r = borrow();
        try {
            work.run(r);
        } finally {
            idle.add(r);
        }
    }

    private Sitrep borrow() throws InterruptedException {
        Sitrep r = idle.poll();
        if (r != null) return r;
        synchronized (this) {
            if (all.size() < size) {
                Sitrep opened = opener.get();
                all.add(opened);
                return opened;
            }
        }
        r = idle.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (r == null) throw new UnavailableException("every reader is busy; try again", 1);
        return r;
    }

    @Override
    public synchronized void close() {
        for (Sitrep r : all) r.close();
        all.clear();
        idle.clear();
    }
}
