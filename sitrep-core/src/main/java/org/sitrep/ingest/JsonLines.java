package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.sitrep.model.Origin;
import org.sitrep.model.Rejection;
import org.sitrep.model.SourceFormat;

/**
 * Streams a JSON-lines input one line at a time, in bounded memory: a line over the limit is skipped (and
 * rejected as too-large) without being held, an invalid line is rejected, and the rest goes on.
 */
final class JsonLines {
    private JsonLines() {
    }

    static void read(String input, InputStream in, Instant fetchedAt, ReaderOptions options, DocumentSink sink) throws IOException {
        byte[] buf = new byte[1 << 16];
        byte[] line = new byte[1 << 12];
        int len = 0;
        boolean overflow = false;
        long lineNo = 1;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                byte c = buf[i];
                if (c == '\n') {
                    handle(input, lineNo++, line, len, overflow, fetchedAt, options, sink);
                    len = 0;
                    overflow = false;
                } else if (!overflow) {
                    if (len == options.maxLineBytes()) {
                        overflow = true;
                    } else {
                        if (len == line.length) line = java.util.Arrays.copyOf(line, Math.min(options.maxLineBytes(), line.length * 2));
                        line[len++] = c;
                    }
                }
            }
        }
        if (len > 0 || overflow) handle(input, lineNo, line, len, overflow, fetchedAt, options, sink);
    }

    private static void handle(String input, long lineNo, byte[] line, int len, boolean overflow, Instant fetchedAt,
                               ReaderOptions options, DocumentSink sink) {
        Origin origin = new Origin(input, "line " + lineNo, SourceFormat.JSON);
        if (overflow) {
            sink.reject(new Rejection(origin.toString(), "too-large", "the line is longer than the "
                    + (options.maxLineBytes() >> 20) + " MB limit for one JSON line"), null);
            return;
        }
        int start = 0;
        while (start < len && (line[start] == ' ' || line[start] == '\t' || line[start] == '\r')) start++;
        if (start == len) return; // blank lines separate nothing
        Decoding.Decoded d = Decoding.utf8(line, start, len - start);
        String text = d.text();
        JsonNode node;
        try {
            node = JsonArticles.JSON.readTree(text);
        } catch (IOException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException jp ? jp.getOriginalMessage() : e.getMessage();
            sink.reject(new Rejection(origin.toString(), "invalid-json", "not valid JSON: " + why),
                    JsonArticles.sample(text));
            return;
        }
        JsonArticles.one(node, origin, fetchedAt, options.mapping(), DecodingProblems.saying(d, "ingest.json", sink));
    }
}
