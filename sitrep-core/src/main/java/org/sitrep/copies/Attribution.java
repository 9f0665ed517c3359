package org.sitrep.copies;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attribution cues in a text: "as reported by the Kyiv Post", "according to Reuters", "As per Kyiv Post's
 * information", "The Kyiv Post further reports". Returns the names credited, with how often. Stateless.
 */
final class Attribution {
    private static final String NAME = "((?:\\p{Lu}[\\p{L}\\d'’.&-]*)(?:\\s+\\p{Lu}[\\p{L}\\d'’.&-]*){0,3})";
    private static final Pattern BEFORE = Pattern.compile(
            "(?i:as reported by|reported by|according to|as per|citing|as cited by|as .{0,20}? reported by)\\s+(?:the\\s+)?" + NAME);
    private static final Pattern AFTER = Pattern.compile(NAME + "\\s+(?:further\\s+|also\\s+)?(?i:reports|reported|wrote|writes)\\b");
    private static final Set<String> NOT_SOURCES = Set.of("he", "she", "it", "they", "we", "i", "this", "that", "the", "a", "an",
            "officials", "official", "sources", "media");

    private Attribution() {
    }

    /** Credited names, normalized ("Kyiv Post"), with counts, most frequent first. */
    static Map<String, Integer> credited(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Pattern p : new Pattern[] {BEFORE, AFTER}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = clean(m.group(1));
                if (name != null) counts.merge(name, 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static String clean(String raw) {
        String n = raw.strip().replaceAll("[.,;:]+$", "").replaceAll("['’]s$", "");
        if (n.startsWith("The ")) n = n.substring(4);
        if (n.isEmpty() || NOT_SOURCES.contains(n.toLowerCase(Locale.ROOT))) return null;
        return n;
    }

    /** Whether {@code name} names {@code outlet} ("Kyiv Post" and "kyivpost.com" do). */
    static boolean names(String name, String outlet) {
        if (name == null || outlet == null) return false;
        String a = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
        String b = outlet.toLowerCase(Locale.ROOT).replaceAll("\\.(com|net|org|info|co\\.uk|ua|pl|by)$", "").replaceAll("[^\\p{L}\\d]", "");
        return !a.isEmpty() && (a.equals(b) || b.contains(a) || a.contains(b) && b.length() >= 4);
    }
}
