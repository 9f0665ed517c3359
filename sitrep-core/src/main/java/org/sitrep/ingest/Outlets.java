package org.sitrep.ingest;

import java.net.URI;
import java.util.Locale;

/** Outlet names from hosts: {@code https://www.bbc.co.uk/news/…} and {@code www.bbc.co.uk} are both {@code bbc.co.uk}. */
public final class Outlets {
    private Outlets() {
    }

    /** The host of a URL without "www.", or null when the URL has none. */
    public static String fromUrl(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : normalize(host);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Lower-cases a host name and drops "www."; other outlet names are returned as they are, trimmed. */
    public static String normalize(String outlet) {
        if (outlet == null || outlet.isBlank()) return null;
        String o = outlet.strip();
        if (o.matches("(?i)[a-z0-9.-]+\\.[a-z]{2,}")) {
            o = o.toLowerCase(Locale.ROOT);
            if (o.startsWith("www.")) o = o.substring(4);
        }
        return o;
    }
}
