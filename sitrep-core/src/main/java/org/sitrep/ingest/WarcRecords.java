package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.BodyFormat;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Origin;
import org.sitrep.model.Published;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;
import org.sitrep.model.SourceFormat;

/**
 * WARC and WARC.gz (jwarc): every {@code response} record with HTTP 200 and an HTML or plain-text payload becomes
 * a document whose URL is the record's target and whose fetch time is its WARC-Date. Other records are skipped.
 */
final class WarcRecords {
    private WarcRecords() {
    }

    static void read(String input, InputStream in, Instant fetchedAt, ReaderOptions options, DocumentSink sink) {
        int n = 0;
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            for (WarcRecord rec : reader) {
                n++;
                if (!(rec instanceof WarcResponse resp)) continue;
                String label = input + " (record " + n + ", " + resp.target() + ")";
                try {
                    if (resp.http().status() != 200) continue;
                    MediaType type = resp.http().contentType();
                    String base = type.base().toString().toLowerCase(Locale.ROOT);
                    boolean html = base.contains("html");
                    if (!html && !base.equals("text/plain")) continue;
                    byte[] body = Readers.readBounded(resp.http().body().stream(), options.maxDocumentBytes());
                    if (body == null) {
                        sink.reject(new Rejection(label, "too-large", "the record's payload is over the document limit"), null);
                        continue;
                    }
                    if (Decoding.looksBinary(body, body.length)) {
                        sink.reject(new Rejection(label, "binary", "the payload is binary"), Readers.sample(body));
                        continue;
                    }
                    Decoding.Decoded d = Decoding.decode(body, body.length, type.parameters().get("charset"));
                    String url = resp.target();
                    RawDocument doc = new RawDocument(new Origin(input, "record " + n, SourceFormat.WARC),
                            html ? BodyFormat.HTML : BodyFormat.TEXT, d.text(), null, url,
                            html ? null : Outlets.fromUrl(url), null, null, // a page names its outlet better than its host does
                            resp.date(), java.util.Map.of("warc_record_id", String.valueOf(resp.id())), null);
                    if (d.guessed()) doc = doc.withProblem("ingest.warc", "charset-guessed", "decoded as " + d.charset().name());
                    if (d.invalidBytes() > 0) doc = doc.withProblem("ingest.warc", "invalid-utf8", Decoding.invalidUtf8(d));
                    sink.accept(doc);
                } catch (IOException | RuntimeException e) {
                    sink.reject(new Rejection(label, "unreadable", "cannot read the record: " + e.getMessage()), null);
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.reject(new Rejection(input, "unreadable", "not a readable WARC file after " + n + " records: " + e.getMessage()), null);
        }
    }

}
