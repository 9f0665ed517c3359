package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.BodyFormat;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Origin;
import org.sitrep.model.Problems;
import org.sitrep.model.Published;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;
import org.sitrep.model.SourceFormat;

/** Maps JSON article objects to {@link RawDocument}s with a {@link FieldMapping}. Stateless and thread-safe. */
public final class JsonArticles {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG = Pattern.compile("<(p|br|div|span|a|b|i|em|strong|img|h[1-6]|ul|li)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final String[] CONTAINERS = {"articles", "items", "data", "results", "entries"};

    private JsonArticles() {
    }

    /**
     * Reads a JSON body given as bytes (a request body) as UTF-8, which JSON is: as
     * {@link #read(String, String, Instant, FieldMapping, DocumentSink)}, and an article whose text holds a byte that
     * was not UTF-8 says so ({@link DecodingProblems}).
     */
    public static void read(byte[] json, String inputLabel, Instant fetchedAt, FieldMapping m, DocumentSink sink) {
        Decoding.Decoded d = Decoding.utf8(json, 0, json.length);
        read(d.text(), inputLabel, fetchedAt, m, DecodingProblems.saying(d, "ingest.json", sink));
    }

    /** Reads a JSON body holding one article object, an array of them, or an object with such an array. */
    public static void read(String json, String inputLabel, Instant fetchedAt, FieldMapping m, DocumentSink sink) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            sink.reject(new Rejection(inputLabel, "invalid-json", "not valid JSON: " + e.getOriginalMessage()), sample(json));
            return;
        }
        readTree(root, inputLabel, SourceFormat.JSON, fetchedAt, m, sink);
    }

    static void readTree(JsonNode root, String input, SourceFormat format, Instant fetchedAt, FieldMapping m, DocumentSink sink) {
        if (root == null || root.isMissingNode()) {
            sink.reject(new Rejection(input, "empty", "no JSON value"), null);
            return;
        }
        JsonNode items = root;
        if (root.isObject()) {
            for (String c : CONTAINERS) {
                if (root.path(c).isArray()) {
                    items = root.get(c);
                    break;
                }
            }
        }
        if (items.isArray()) {
            int i = 0;
            for (JsonNode n : items) {
                one(n, new Origin(input, "item " + (++i), format), fetchedAt, m, sink);
            }
        } else {
            one(items, new Origin(input, "", format), fetchedAt, m, sink);
        }
    }

    static void one(JsonNode n, Origin origin, Instant fetchedAt, FieldMapping m, DocumentSink sink) {
        if (!n.isObject()) {
            sink.reject(new Rejection(origin.toString(), "invalid-json", "expected an article object, found " + n.getNodeType().name().toLowerCase()), null);
            return;
        }
        RawDocument d = toRawDocument(n, origin, fetchedAt, m);
        if (d.body().isBlank() && d.title() == null) {
            sink.reject(new Rejection(origin.toString(), "no-text", "the object has neither a title nor any text field ("
                    + String.join(", ", m.names("text")) + ")"), null);
            return;
        }
        sink.accept(d);
    }

    /**
     * Maps one JSON object. Fields used for the article are consumed; every other field is kept, as text, in
     * {@link RawDocument#fields()}. Missing facts stay null for later stages to find.
     */
    public static RawDocument toRawDocument(JsonNode node, Origin origin, Instant fetchedAt, FieldMapping m) {
        Set<String> used = new HashSet<>();
        Problems problems = Problems.none();
        String title = first(node, m, "title", used);
        String html = first(node, m, "html", used);
        String text = first(node, m, "text", used);
        String url = first(node, m, "url", used);
        String outlet = outlet(node, m, used);
        String language = first(node, m, "language", used);
        Published published = null;
        String date = first(node, m, "published", used);
        if (date != null) {
            published = Dates.parse(date, DateEvidence.FIELD);
            if (published == null) problems = problems.add("ingest.json", "unreadable-date", "cannot read the date '" + date + "'");
        }
        BodyFormat format = BodyFormat.TEXT;
        String body = text == null ? "" : text;
        if (html != null && (text == null || html.length() > text.length())) {
            body = html;
            format = BodyFormat.HTML;
        } else if (text != null && TAG.matcher(text).find()) {
            format = BodyFormat.HTML;
        }
        if (outlet == null && url != null) outlet = Outlets.fromUrl(url);
        Map<String, String> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!used.contains(e.getKey()) && !e.getValue().isNull()) {
                fields.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        });
        return new RawDocument(origin, format, body, blankToNull(title), blankToNull(url), Outlets.normalize(outlet), published,
                blankToNull(language), fetchedAt, fields, problems);
    }

    private static String first(JsonNode node, FieldMapping m, String target, Set<String> used) {
        for (String name : m.names(target)) {
            JsonNode v = node.get(name);
            if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                used.add(name);
                return v.asText();
            }
        }
        return null;
    }

    private static String outlet(JsonNode node, FieldMapping m, Set<String> used) {
        for (String name : m.names("outlet")) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) continue;
            if (v.isObject() && v.path("name").isTextual()) {
                used.add(name);
                return v.get("name").asText();
            }
            if (v.isValueNode() && !v.asText().isBlank()) {
                used.add(name);
                return v.asText();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static byte[] sample(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return b.length <= 4096 ? b : java.util.Arrays.copyOf(b, 4096);
    }
}
