package org.sitrep.geo.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Fetches one URL into a file through a {@code .part} file beside it, so that an interrupted transfer resumes
 * where it stopped (HTTP {@code Range}); a server that ignores the range (200 instead of 206), or answers a range
 * that does not start where the part ends, gets a clean restart. A body shorter than its {@code Content-Length},
 * a body that stops sending for the timeout, a 5xx answer, 408/429 or an I/O error (timeout, refused or reset
 * connection) is retried with doubling back-off, resuming from what arrived;
 * other 4xx answers (404) fail at once. A {@code .zip} is complete only when every entry's CRC checks: a corrupt
 * one is deleted and fetched whole again, as one more attempt.
 *
 * <p>Stateless apart from the client; safe to use from one thread per target file.
 */
final class ResumableFetch {
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    /** How a fetch went when it succeeded: whether a part was resumed, and how many bytes came over the network. */
    record Done(boolean resumed, long transferred) {
    }

    /** A fetch that gave up; the message names the URL and the reason. */
    static final class FetchFailed extends IOException {
        FetchFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient client;
    private final GeoNamesDownload.Params params;

    ResumableFetch(HttpClient client, GeoNamesDownload.Params params) {
        this.client = client;
        this.params = params;
    }

    /**
     * Fetches {@code url} into {@code target}, telling {@code progress} the bytes on disk so far.
     *
     * @throws FetchFailed when every attempt failed or the server said the file is not there
     */
    Done fetch(URI url, Path target, LongConsumer progress) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        boolean resumed = false;
        long transferred = 0;
        String last = "no attempt";
        Throwable lastCause = null;
        long backoff = params.firstBackoff().toMillis();
        for (int attempt = 1; attempt <= params.attempts(); attempt++) {
            if (attempt > 1) pause(backoff, url);
            if (attempt > 1) backoff *= 2;
            long have = Files.isRegularFile(part) ? Files.size(part) : 0;
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(params.timeout()).GET();
            if (have > 0) request.header("Range", "bytes=" + have + "-");
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                last = reason(e);
                lastCause = e;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchFailed("GET " + url + ": interrupted", e);
            }
            int status = response.statusCode();
            try (InputStream body = response.body()) {
                if (status == 416) {
                    // The part is as long as the file or longer (the file changed on the server): start over.
                    Files.deleteIfExists(part);
                    last = "HTTP 416 for a range from byte " + have;
                    continue;
                }
                if (status >= 500 || status == 408 || status == 429) {
                    last = "HTTP " + status;
                    lastCause = null;
                    continue;
                }
                if (status != 200 && status != 206) {
                    throw new FetchFailed("GET " + url + ": HTTP " + status + (status == 404 ? " (not found)" : ""), null);
                }
                boolean append = false;
                if (status == 206) {
                    Matcher m = CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
                    if (!m.matches() || Long.parseLong(m.group(1)) != have) {
                        Files.deleteIfExists(part);
                        last = "a partial answer that does not continue the " + have + " bytes on disk";
                        continue;
                    }
                    append = true;
                }
                OptionalLong length = response.headers().firstValueAsLong("Content-Length");
                long start = append ? have : 0;
                long written = copy(body, part, append, start, progress);
                transferred += written;
                if (length.isPresent() && written != length.getAsLong()) {
                    last = "the body ended after " + written + " of " + length.getAsLong() + " bytes";
                    lastCause = null;
                    continue;
                }
                resumed |= append;
            } catch (IOException e) {
                if (e instanceof FetchFailed f) throw f;
                last = reason(e);
                lastCause = e;
                // what arrived stays in the part: the next attempt resumes from it
                continue;
            }
            if (target.getFileName().toString().endsWith(".zip")) {
                String bad = zipProblem(part);
                if (bad != null) {
                    Files.deleteIfExists(part);
                    last = "the zip is damaged (" + bad + ")";
                    lastCause = null;
                    continue;
                }
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Done(resumed, transferred);
        }
        throw new FetchFailed("GET " + url + ": " + last + " (gave up after " + params.attempts() + " attempts)",
                lastCause);
    }

    /**
     * Copies the body into the part; a body that sends nothing for {@link GeoNamesDownload.Params#timeout()} is
     * closed by a watchdog (the client's own timeout covers only the wait for the headers), which ends the read.
     */
    private long copy(InputStream body, Path part, boolean append, long start, LongConsumer progress)
            throws IOException {
        long stallNanos = params.timeout().toNanos();
        AtomicLong lastData = new AtomicLong(System.nanoTime());
        AtomicBoolean stalled = new AtomicBoolean();
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    Thread.sleep(Math.max(10, params.timeout().toMillis() / 4));
                    if (System.nanoTime() - lastData.get() > stallNanos) {
                        stalled.set(true);
                        body.close();
                        return;
                    }
                }
            } catch (InterruptedException | IOException done) {
                // the copy ended, or closing failed: either way nothing more to watch
            }
        });
        long written = 0;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = append
                ? Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(part)) {
            for (int n; (n = body.read(buf)) > 0; ) {
                lastData.set(System.nanoTime());
                out.write(buf, 0, n);
                written += n;
                progress.accept(start + written);
            }
        } catch (IOException e) {
            if (!stalled.get()) throw e;
        } finally {
            watchdog.interrupt();
        }
        if (stalled.get()) throw new IOException("no data for " + params.timeout().toSeconds() + " s after " + written + " bytes");
        return written;
    }

    /**
     * Null when every entry of the zip reads to its end with a matching CRC ({@link ZipInputStream} checks it at
     * each entry's end), else what is wrong.
     */
    static String zipProblem(Path zip) {
        int entries = 0;
        byte[] buf = new byte[1 << 16];
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                while (in.read(buf) > 0) {
                    // reading to the end is what checks the CRC
                }
                entries++;
            }
        } catch (IOException e) {
            return e.getMessage();
        }
        return entries == 0 ? "no entries" : null;
    }

    private static String reason(IOException e) {
        String name = e.getClass().getSimpleName();
        String message = e.getMessage();
        if (e instanceof java.net.ConnectException) return "cannot connect (" + (message == null ? name : message)
                + "; no network, or the server is down)";
        if (e instanceof java.net.http.HttpTimeoutException) return "timed out (" + message + ")";
        return message == null ? name : name + ": " + message;
    }

    private static void pause(long millis, URI url) throws FetchFailed {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("GET " + url + ": interrupted", e);
        }
    }
}
