package org.sitrep.id;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Facet;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContext;

/**
 * The stable id of an article: 16 hex characters of SHA-256 over its normalized URL, title and source text. The
 * same input gives the same id on every run, so ingesting it again changes nothing; the same text at another URL
 * is another article (finding copies is the copies stage's work, not the id's). The source text, not the cleaned
 * text, is hashed so that better cleaning rules do not change ids. Stateless and thread-safe.
 */
public final class ContentId implements Stage {
    @Override
    public String name() {
        return "id";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.SOURCE_TEXT, Facet.METADATA);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.ID);
    }

    @Override
    public Article apply(Article a, StageContext context) {
        return a.withId(of(a.url(), a.title(), a.sourceText()));
    }

    public static String of(String url, String title, String sourceText) {
        String key = normalizeUrl(url) + "\n" + normalizeText(title) + "\n" + normalizeText(sourceText);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** NFKC, lower case, every run of whitespace one space, trimmed. */
    static String normalizeText(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash. */
    static String normalizeUrl(String url) {
        if (url == null || url.isBlank()) return "";
        try {
            URI u = URI.create(url.strip());
            if (u.getScheme() == null || u.getHost() == null) return url.strip();
            List<String> kept = new ArrayList<>();
            if (u.getRawQuery() != null) {
                for (String p : u.getRawQuery().split("&")) {
                    String k = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (k.startsWith("utm_") || k.startsWith("at_") || k.equals("fbclid") || k.equals("gclid") || k.equals("ocid")
                            || k.equals("cmpid") || k.isEmpty()) continue;
                    kept.add(p);
                }
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            if (path.endsWith("/")) path = path.substring(0, path.length() - 1);
            return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT)
                    + (u.getPort() > 0 ? ":" + u.getPort() : "") + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }
}
