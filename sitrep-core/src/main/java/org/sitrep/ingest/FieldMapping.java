package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which JSON fields hold which article facts. The standard mapping recognises the documented names and common
 * alternatives; {@link #parse(String)} puts a user's names first. Immutable.
 */
public final class FieldMapping {
    public static final Set<String> TARGETS = Set.of("title", "text", "html", "url", "published", "outlet", "language");

    private static final Map<String, List<String>> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("title", List.of("title", "headline", "name"));
        STANDARD.put("text", List.of("text", "body", "content", "article", "article_text", "fulltext", "description", "summary", "teaser"));
        STANDARD.put("html", List.of("html", "raw_html", "content_html"));
        STANDARD.put("url", List.of("url", "link", "href", "uri", "canonical_url"));
        STANDARD.put("published", List.of("published", "date", "published_at", "publishedAt", "published_utc", "pubDate",
                "datetime", "time", "timestamp", "seendate", "date_published"));
        STANDARD.put("outlet", List.of("outlet", "source", "site", "publisher", "domain", "host"));
        STANDARD.put("language", List.of("language", "lang", "locale"));
    }

    private final Map<String, List<String>> names;

    private FieldMapping(Map<String, List<String>> names) {
        this.names = names;
    }

    public static FieldMapping standard() {
        return new FieldMapping(STANDARD);
    }

    /**
     * {@code "text=body_text,published=ts"}: each target's field is tried before the standard names.
     *
     * @throws IllegalArgumentException for an unknown target or a malformed pair (a configuration error)
     */
    public static FieldMapping parse(String spec) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        STANDARD.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) continue;
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || kv[1].isBlank()) throw new IllegalArgumentException("mapping '" + pair + "' is not TARGET=FIELD");
            String target = kv[0].strip();
            if (!TARGETS.contains(target)) {
                throw new IllegalArgumentException("unknown mapping target '" + target + "'; known: " + TARGETS);
            }
            m.get(target).add(0, kv[1].strip());
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new FieldMapping(frozen);
    }

    /** Field names for a target, most preferred first. */
    public List<String> names(String target) {
        List<String> n = names.get(target);
        if (n == null) throw new IllegalArgumentException("unknown target " + target);
        return n;
    }
}
