package org.sitrep.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.model.BodyFormat;
import org.sitrep.model.RawDocument;

/**
 * The Kafka message of one article: its value is the article object {@code POST /api/articles} takes (read back by
 * {@link org.sitrep.ingest.JsonArticles}, the same mapping as every JSON input); two headers carry what that object has
 * no field for: where the document came from ({@value #INPUT}) and when it was read ({@value #FETCHED}, epoch
 * milliseconds), which dates without a year and articles without a date are read against. Stateless.
 */
public final class ArticleMessages {
    public static final String INPUT = "sitrep-input";
    public static final String FETCHED = "sitrep-fetched";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Field names the standard mapping reads as article facts: a document's other fields must not reuse them. */
    private static final Set<String> MAPPED = mapped();

    private ArticleMessages() {
    }

    /**
     * The article object of a document as a reader found it: {@code html} or {@code text} by its format, title, url,
     * outlet, published (ISO), language, then the document's other fields as they were (those whose names the mapping
     * would read as facts are left out).
     */
    public static String json(RawDocument d) {
        ObjectNode o = JSON.createObjectNode();
        if (d.title() != null) o.put("title", d.title());
        o.put(d.format() == BodyFormat.HTML ? "html" : "text", d.body());
        if (d.url() != null) o.put("url", d.url());
        if (d.outlet() != null) o.put("outlet", d.outlet());
        if (d.published() != null) o.put("published", d.published().iso());
        if (d.languageHint() != null) o.put("language", d.languageHint());
        for (Map.Entry<String, String> f : d.fields().entrySet()) {
            if (!MAPPED.contains(f.getKey()) && !o.has(f.getKey())) o.put(f.getKey(), f.getValue());
        }
        return o.toString();
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The fetch-time header's value. */
    public static byte[] fetched(Instant t) {
        return bytes(Long.toString(t.toEpochMilli()));
    }

    /** Reads a fetch-time header; null (absent or unreadable) gives {@code otherwise}. */
    public static Instant fetched(byte[] header, Instant otherwise) {
        if (header == null) return otherwise;
        try {
            return Instant.ofEpochMilli(Long.parseLong(new String(header, StandardCharsets.UTF_8).strip()));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Set<String> mapped() {
        FieldMapping m = FieldMapping.standard();
        Set<String> s = new HashSet<>();
        for (String target : FieldMapping.TARGETS) s.addAll(m.names(target));
        return Set.copyOf(s);
    }
}
