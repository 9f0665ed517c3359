package org.sitrep.ingest;

import java.util.Locale;

/** Tells a whole HTML page from one cut off in transfer. Stateless. */
final class HtmlChecks {
    private HtmlChecks() {
    }

    /** Why the page looks truncated, or null when it looks whole. */
    static String truncation(String html) {
        String t = html.stripTrailing();
        int lastOpen = t.lastIndexOf('<');
        int lastClose = t.lastIndexOf('>');
        if (lastOpen > lastClose) return "the page ends inside a tag: '" + tail(t) + "'";
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.lastIndexOf("<!--") > lower.lastIndexOf("-->")) return "the page ends inside a comment";
        if (lower.lastIndexOf("<script") > lower.lastIndexOf("</script")) return "the page ends inside a script";
        boolean page = lower.contains("<html") || lower.contains("<body");
        if (page && !lower.contains("</body") && !lower.contains("</html")) {
            return "the page has no closing </body> or </html>: it was cut off after '" + tail(t) + "'";
        }
        return null;
    }

    private static String tail(String t) {
        String s = t.substring(Math.max(0, t.length() - 40)).replaceAll("\\s+", " ");
        return s.length() < t.length() ? "…" + s : s;
    }
}
