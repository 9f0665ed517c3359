package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The durable, bounded queue between accepting a write and doing it. {@link #offer} writes the request body to a file
 * in the inbox folder and forces it to disk before it returns, so an acknowledged write survives a crash (kill -9, a
 * power loss): on the next start the files still there are done first, in the order they came. One worker thread does
 * the batches one at a time, so writes never run concurrently and a burst of posts costs the readers one writer's
 * work, not many. Doing a batch twice (a crash after it was stored, before its file was removed) stores nothing twice:
 * an article's id comes from its content, and a known one is not added again.
 *
 * <p>Bounded: at most {@code maxBatches} waiting, and {@code maxBytes} of bodies; beyond that {@link #offer} refuses
 * ({@link Full}) and the caller answers 503 with Retry-After. A batch whose processing throws is moved to
 * {@code failed/} with the error beside it, and not tried again.
 *
 * <p>Thread-safe: {@link #offer} and {@link #status} from any thread.
 */
final class Inbox implements AutoCloseable {
    /** What a batch came to: the processor's result, or the failure's message. */
    record Outcome(Object result, String failure) {
    }

    /** An accepted batch: its id, its place in the queue when accepted (1 = next), and its outcome when done. */
    record Ticket(String id, int position, CompletableFuture<Outcome> done) {
    }

    /** The inbox cannot take this batch now; try again after {@code retryAfterSeconds}. */
    static final class Full extends Exception {
        private static final long serialVersionUID = 1L;
        final int retryAfterSeconds;

        Full(String message, int retryAfterSeconds) {
            super(message, null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    /** How many finished batches are remembered for {@link #status}. */
    private static final int REMEMBERED = 1000;

    private final Path dir;
    private final int maxBatches;
    private final long maxBytes;
    private final Function<byte[], Object> processor;
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private final Map<String, Outcome> finished = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final Thread worker;
    private long bytes;
    private long sequence;
    /** Mean milliseconds per batch (exponentially weighted), for Retry-After. */
    private double meanMillis = 500;
    private String current;
    private boolean closed;

    private record Waiting(String id, Path file, long size, CompletableFuture<Outcome> done) {
    }

    /** @param processor does one batch (the request body) and returns what to report; runs on the worker thread */
    Inbox(Path dir, int maxBatches, long maxBytes, Function<byte[], Object> processor) {
        this.dir = dir;
        this.maxBatches = maxBatches;
        this.maxBytes = maxBytes;
        this.processor = processor;
        try {
            Files.createDirectories(dir);
            List<Path> left;
            try (Stream<Path> files = Files.list(dir)) {
                left = files.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : left) {
                String name = f.getFileName().toString();
                if (name.endsWith(".tmp")) {
                    Files.delete(f); // never acknowledged: the crash came before it was forced to disk and renamed
                } else if (name.endsWith(".json")) {
                    String id = name.substring(0, name.length() - ".json".length());
                    sequence = Math.max(sequence, sequenceOf(id));
                    long size = Files.size(f);
                    queue.add(new Waiting(id, f, size, new CompletableFuture<>()));
                    bytes += size;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("open the inbox " + dir, e);
        }
        worker = new Thread(this::work, "sitrep-writer");
        worker.setDaemon(true);
        worker.start();
    }

    private static long sequenceOf(String id) {
        try {
            return Long.parseLong(id.substring(0, Math.min(12, id.length())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Batches left from before a restart, queued again when this inbox was opened (for the server's log). */
    synchronized int waiting() {
        return queue.size();
    }

    /** Writes the body to disk, forced, and queues it; refuses when the inbox is full. */
    Ticket offer(byte[] data) throws Full {
        String id;
        int position;
        synchronized (this) {
            if (closed) throw new Full("the server is stopping", 5);
            if (queue.size() >= maxBatches || (bytes + data.length > maxBytes && !queue.isEmpty())) {
                throw new Full(queue.size() + " batches (" + bytes / (1024 * 1024) + " MiB) are waiting to be stored", retryAfter());
            }
            id = String.format("%012d-%08x", ++sequence, java.util.concurrent.ThreadLocalRandom.current().nextInt());
            bytes += data.length; // reserved now, so concurrent offers cannot overshoot
            position = queue.size() + 1;
        }
        Path file = dir.resolve(id + ".json");
        Path tmp = dir.resolve(id + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(data);
                while (b.hasRemaining()) ch.write(b);
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory();
        } catch (IOException e) {
            synchronized (this) {
                bytes -= data.length;
            }
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write failed already; that is what is reported
            }
            throw new UncheckedIOException("write the batch to the inbox " + dir, e);
        }
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        synchronized (this) {
            queue.add(new Waiting(id, file, data.length, done));
            notifyAll();
        }
        return new Ticket(id, position, done);
    }

    /** Makes the rename durable (a directory's entries are data too). */
    private void forceDirectory() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory; the rename is still atomic, only its durability is the OS's.
        }
    }

    /** A batch's state: "queued" (with its position), "storing", "done" or "failed" with the outcome; empty if unknown. */
    synchronized Optional<Map<String, Object>> status(String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", id);
        Outcome o = finished.get(id);
        if (o != null) {
            m.put("status", o.failure() == null ? "done" : "failed");
            m.put("result", o.result());
            m.put("message", o.failure());
            return Optional.of(m);
        }
        if (id.equals(current)) {
            m.put("status", "storing");
            return Optional.of(m);
        }
        int i = 1;
        for (Waiting w : queue) {
            if (w.id().equals(id)) {
                m.put("status", "queued");
                m.put("position", i);
                return Optional.of(m);
            }
            i++;
        }
        return Optional.empty();
    }

    private int retryAfter() {
        return (int) Math.max(1, Math.min(60, Math.ceil(queue.size() * meanMillis / 1000.0)));
    }

    private void work() {
        while (true) {
            Waiting w;
            synchronized (this) {
                while (queue.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) return;
                w = queue.peek();
                current = w.id();
            }
            long start = System.nanoTime();
            Outcome outcome;
            try {
                byte[] body = Files.readAllBytes(w.file());
                outcome = new Outcome(processor.apply(body), null);
                Files.deleteIfExists(w.file());
            } catch (IOException | RuntimeException e) {
                outcome = new Outcome(null, e.getMessage() == null ? e.toString() : e.getMessage());
                setAside(w, e);
            }
            synchronized (this) {
                queue.poll();
                current = null;
                bytes -= w.size();
                finished.put(w.id(), outcome);
                meanMillis = 0.8 * meanMillis + 0.2 * (System.nanoTime() - start) / 1e6;
            }
            w.done().complete(outcome);
        }
    }

    /** A batch that failed goes to {@code failed/} with its error, so it is neither lost nor tried forever. */
    private void setAside(Waiting w, Exception e) {
        System.getLogger("sitrep.server").log(System.Logger.Level.WARNING, "batch " + w.id() + " failed and was set aside: " + e.getMessage(), e);
        try {
            Path failed = Files.createDirectories(dir.resolve("failed"));
            Files.move(w.file(), failed.resolve(w.file().getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(failed.resolve(w.id() + ".error.txt"), String.valueOf(e));
        } catch (IOException io) {
            System.getLogger("sitrep.server").log(System.Logger.Level.WARNING, "cannot set batch " + w.id() + " aside: " + io.getMessage());
        }
    }

    /** Stops taking batches and lets the worker finish the one in hand (waits up to 30 s); the rest wait on disk. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            worker.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
