package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.BodyFormat;
import org.sitrep.model.Origin;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;
import org.sitrep.model.SourceFormat;

/**
 * Reads one {@link Source} into documents: decompresses gzip (by magic bytes), sniffs the format when the name says
 * nothing, decodes charsets, streams JSON lines, and rejects what it cannot read with a reason. Nothing is thrown
 * for bad content. Thread-safe: holds only immutable options and a thread-safe HTTP client.
 */
public final class Readers {
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset=[\"']?([a-z0-9_-]+)");
    private final ReaderOptions options;
    private volatile HttpClient http;

    public Readers(ReaderOptions options) {
        this.options = options;
    }

    public ReaderOptions options() {
        return options;
    }

    /**
     * Reads the source, giving each document or rejection to the sink.
     *
     * @param fetchedAt the fetch time for documents whose input carries none
     * @param bytesRead progress, in bytes of the source as stored (compressed bytes for .gz), from the start
     */
    public void read(Source s, Instant fetchedAt, DocumentSink sink, LongConsumer bytesRead) {
        try {
            if (s.uri() != null) {
                readUrl(s, fetchedAt, sink);
            } else {
                readFile(s, fetchedAt, sink, bytesRead);
            }
        } catch (IOException e) {
            sink.reject(new Rejection(s.input(), "unreadable", "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage()), null);
        }
    }

    private void readFile(Source s, Instant fetchedAt, DocumentSink sink, LongConsumer bytesRead) throws IOException {
        try (CountingStream counted = new CountingStream(Files.newInputStream(s.path()), bytesRead)) {
            BufferedInputStream raw = new BufferedInputStream(counted, 1 << 16);
            boolean gz = isGzip(raw);
            String name = s.path().getFileName().toString();
            SourceFormat byName = s.format();
            if (byName == SourceFormat.WARC || (!gz && startsWith(raw, "WARC/")) || (gz && gzStartsWith(raw, "WARC/"))) {
                WarcRecords.read(s.input(), raw, fetchedAt, options, sink);
                return;
            }
            InputStream in = gz ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
            if (Sources.isJsonLines(name)) {
                JsonLines.read(s.input(), in, fetchedAt, options, sink);
                return;
            }
            if (!gz && s.size() > options.maxDocumentBytes() && byName != null) {
                // Known from its size alone: no need to read 50 MB to refuse it.
                sink.reject(new Rejection(s.input(), "too-large", "larger than the " + (options.maxDocumentBytes() >> 20)
                        + " MB limit for one document; split it or use JSON lines"), null);
                return;
            }
            byte[] bytes = readBounded(in, options.maxDocumentBytes());
            if (bytes == null) {
                sink.reject(new Rejection(s.input(), "too-large", "larger than the " + (options.maxDocumentBytes() >> 20)
                        + " MB limit for one document; split it or use JSON lines"), null);
                return;
            }
            if (byName == null && looksLikeJsonLines(bytes)) {
                JsonLines.read(s.input(), new ByteArrayInputStream(bytes), fetchedAt, options, sink);
                return;
            }
            readBytes(s.input(), bytes, byName, null, null, fetchedAt, sink);
        }
    }

    private void readUrl(Source s, Instant fetchedAt, DocumentSink sink) throws IOException {
        HttpResponse<InputStream> resp;
        try {
            resp = client().send(HttpRequest.newBuilder(s.uri()).timeout(options.httpTimeout())
                    .header("User-Agent", "Sitrep/0.1 (+https://github.com/sitrep)").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.reject(new Rejection(s.input(), "fetch-failed", "interrupted"), null);
            return;
        } catch (IOException e) {
            sink.reject(new Rejection(s.input(), "fetch-failed", "cannot fetch: " + e.getMessage()), null);
            return;
        }
        try (InputStream body = resp.body()) {
            if (resp.statusCode() != 200) {
                sink.reject(new Rejection(s.input(), "fetch-failed", "HTTP " + resp.statusCode()), null);
                return;
            }
            String type = resp.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            BufferedInputStream in = new BufferedInputStream(body);
            InputStream data = isGzip(in) ? new GZIPInputStream(in) : in;
            byte[] bytes = readBounded(data, options.maxDocumentBytes());
            if (bytes == null) {
                sink.reject(new Rejection(s.input(), "too-large", "response larger than " + (options.maxDocumentBytes() >> 20) + " MB"), null);
                return;
            }
            SourceFormat f = s.format();
            if (f == null) {
                if (type.contains("rss")) f = SourceFormat.RSS;
                else if (type.contains("atom")) f = SourceFormat.ATOM;
                else if (type.contains("html")) f = SourceFormat.HTML;
                else if (type.contains("json")) f = SourceFormat.JSON;
                else if (type.startsWith("text/plain")) f = SourceFormat.TEXT;
            }
            Matcher cs = Pattern.compile("charset=([^;\\s]+)").matcher(type);
            readBytes(s.input(), bytes, f, cs.find() ? cs.group(1) : null, s.input(), fetchedAt, sink);
        }
    }

    /** Parses a whole document held in memory: the common path of files, URLs and feed watching. */
    void readBytes(String input, byte[] bytes, SourceFormat declared, String charset, String url, Instant fetchedAt, DocumentSink sink) {
        if (isBlank(bytes)) {
            sink.reject(new Rejection(input, "empty", bytes.length == 0 ? "the file is empty" : "the file holds only whitespace"), null);
            return;
        }
        if (Decoding.looksBinary(bytes, bytes.length)) {
            sink.reject(new Rejection(input, "binary", "binary data, not text (NUL or control bytes)"), sample(bytes));
            return;
        }
        SourceFormat f = declared == null ? sniff(bytes) : declared;
        if (f == SourceFormat.RSS || f == SourceFormat.ATOM) { // sniff() already named a feed without an extension
            Feeds.read(input, bytes, fetchedAt, sink);
            return;
        }
        if (f == null) f = SourceFormat.TEXT;
        if (f == SourceFormat.JSON) {
            Decoding.Decoded d = Decoding.decode(bytes, bytes.length, charset);
            JsonArticles.read(d.text(), input, fetchedAt, options.mapping(), DecodingProblems.saying(d, "ingest.json", sink));
            return;
        }
        String declaredCharset = charset;
        if (f == SourceFormat.HTML && declaredCharset == null) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            if (m.find()) declaredCharset = m.group(1);
        }
        Decoding.Decoded d = Decoding.decode(bytes, bytes.length, declaredCharset);
        if (f == SourceFormat.HTML) {
            String why = HtmlChecks.truncation(d.text());
            if (why != null) {
                sink.reject(new Rejection(input, "truncated-html", why), sample(bytes));
                return;
            }
        }
        BodyFormat body = f == SourceFormat.HTML ? BodyFormat.HTML : BodyFormat.TEXT;
        RawDocument doc = new RawDocument(new Origin(input, "", f), body, d.text(), null, url,
                url == null || body == BodyFormat.HTML ? null : Outlets.fromUrl(url), null, null, fetchedAt, null, null);
        if (d.guessed()) {
            doc = doc.withProblem("ingest", "charset-guessed", "not UTF-8; decoded as " + d.charset().name() + " by letter statistics");
        }
        if (d.invalidBytes() > 0) doc = doc.withProblem("ingest", "invalid-utf8", Decoding.invalidUtf8(d));
        if (f == SourceFormat.TEXT) doc = FileNames.apply(input, doc);
        sink.accept(doc);
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(options.httpTimeout()).build();
                }
                c = http;
            }
        }
        return c;
    }

    /** Reads at most {@code limit} bytes; null when there is more. */
    static byte[] readBounded(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 1 << 16));
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b;
    }

    private static boolean startsWith(BufferedInputStream in, String prefix) throws IOException {
        in.mark(prefix.length());
        byte[] b = in.readNBytes(prefix.length());
        in.reset();
        return new String(b, StandardCharsets.ISO_8859_1).equals(prefix);
    }

    private static boolean gzStartsWith(BufferedInputStream in, String prefix) throws IOException {
        in.mark(1 << 16);
        try {
            GZIPInputStream g = new GZIPInputStream(in, 512);
            byte[] b = g.readNBytes(prefix.length());
            return new String(b, StandardCharsets.ISO_8859_1).equals(prefix);
        } catch (IOException e) {
            return false;
        } finally {
            in.reset();
        }
    }

    static SourceFormat sniff(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\ufeff")) head = head.substring(1);
        if (head.startsWith("{") || head.startsWith("[")) return SourceFormat.JSON;
        if (looksLikeFeed(b)) return SourceFormat.RSS;
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.contains("<head")) {
            return SourceFormat.HTML;
        }
        if (head.startsWith("<?xml")) return null;
        return SourceFormat.TEXT;
    }

    private static boolean looksLikeFeed(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    private static boolean looksLikeJsonLines(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 8192), StandardCharsets.UTF_8).strip();
        if (!head.startsWith("{")) return false;
        String[] lines = head.split("\n", 3);
        return lines.length >= 2 && lines[0].strip().endsWith("}") && lines[1].strip().startsWith("{");
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\n' && x != '\r' && x != '\t') return false;
        return true;
    }

    static byte[] sample(byte[] b) {
        return b.length <= 4096 ? b : Arrays.copyOf(b, 4096);
    }

    /** Counts bytes as they are read from the file, for progress. */
    private static final class CountingStream extends FilterInputStream {
        private final LongConsumer progress;
        private long count;
        private long reported;

        CountingStream(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) advance(1);
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) advance(n);
            return n;
        }

        private void advance(long n) {
            count += n;
            if (count - reported >= 1 << 16) {
                reported = count;
                progress.accept(count);
            }
        }

        @Override
        public void close() throws IOException {
            progress.accept(count);
            super.close();
        }
    }

}
