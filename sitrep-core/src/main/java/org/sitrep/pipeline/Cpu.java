package org.sitrep.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The calling thread's CPU time, for the stage timings that {@code sitrep bench} reports: on a shared machine, wall
 * time inside a stage mostly measures the neighbours.
 */
public final class Cpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Cpu() {
    }

    /** Nanoseconds of CPU the current thread has used (wall time where the JVM cannot tell). */
    public static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
