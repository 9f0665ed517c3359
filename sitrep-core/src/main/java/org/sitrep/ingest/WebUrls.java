package org.sitrep.ingest;

import java.util.Locale;

/**
 * Whether a string is a web address: an absolute {@code http} or {@code https} URI with a host. An article's address
 * comes from whatever was fed in (a JSON field, an RSS {@code <link>}, a page's canonical link); anything else
 * ({@code javascript:}, {@code data:}, {@code file:}, a relative path) is never kept as one, so no view can turn it
 * into a link. Pure.
 */
public final class WebUrls {
    private WebUrls() {
    }

    public static boolean isWeb(String url) {
        if (url == null) return false;
        String u = url.strip();
        // Browsers drop tabs and line breaks inside a scheme ("java\tscript:"), so any control character disqualifies.
        for (int i = 0; i < u.length(); i++) if (Character.isISOControl(u.charAt(i))) return false;
        String lower = u.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && u.length() > lower.indexOf("//") + 2;
    }
}
