package org.sitrep.app;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/** Worker pools of the passes: named after their pass (so a thread dump says who works), daemon threads. */
final class Workers {
    private Workers() {
    }

    /** A pool of {@code threads} (at least one) daemon threads named {@code name-1}, {@code name-2}, … */
    static ForkJoinPool pool(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        return new ForkJoinPool(Math.max(1, threads), p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName(name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, null, false);
    }
}
