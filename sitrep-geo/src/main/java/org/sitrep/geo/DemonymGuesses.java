package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The country names an English demonym may stand for, in the order to try them: "Ukrainian" → Ukrainia, Ukraine…,
 * "Chinese" → China, "Polish" → Poland. Guesses only: the gazetteer says which is a country. Stateless; thread-safe.
 */
final class DemonymGuesses {
    private static final Map<String, String> IRREGULAR_DEMONYMS = Map.ofEntries(
            Map.entry("polish", "Poland"), Map.entry("british", "United Kingdom"), Map.entry("french", "France"),
            Map.entry("german", "Germany"), Map.entry("dutch", "Netherlands"), Map.entry("turkish", "Turkey"),
            Map.entry("spanish", "Spain"), Map.entry("swedish", "Sweden"), Map.entry("finnish", "Finland"),
            Map.entry("danish", "Denmark"), Map.entry("irish", "Ireland"), Map.entry("greek", "Greece"),
            Map.entry("swiss", "Switzerland"), Map.entry("american", "United States"), Map.entry("thai", "Thailand"),
            Map.entry("belarusian", "Belarus"), Map.entry("filipino", "Philippines"), Map.entry("welsh", "Wales"),
            Map.entry("scottish", "Scotland"), Map.entry("english", "England"), Map.entry("czech", "Czechia"),
            Map.entry("slovak", "Slovakia"), Map.entry("kazakh", "Kazakhstan"), Map.entry("uzbek", "Uzbekistan"));

    private DemonymGuesses() {
    }

    /** The guesses for one word, most likely first; empty when no rule applies. */
    static List<String> countryNames(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> guesses = new ArrayList<>();
        if (IRREGULAR_DEMONYMS.containsKey(w)) guesses.add(IRREGULAR_DEMONYMS.get(w));
        if (w.endsWith("ian")) {
            String stem = w.substring(0, w.length() - 3);
            guesses.add(stem + "ia");
            guesses.add(stem + "e");
            guesses.add(stem + "a");
            guesses.add(stem);
        }
        if (w.endsWith("an")) guesses.add(w.substring(0, w.length() - 1));
        if (w.endsWith("ean")) guesses.add(w.substring(0, w.length() - 2)); // European, Zimbabwean
        if (w.endsWith("can")) guesses.add(w.substring(0, w.length() - 3) + "co"); // Mexican
        if (w.endsWith("vian")) guesses.add(w.substring(0, w.length() - 3)); // Peruvian
        if (w.endsWith("ine")) guesses.add(w + "s"); // Philippine
        if (w.endsWith("ese")) {
            guesses.add(w.substring(0, w.length() - 3));
            guesses.add(w.substring(0, w.length() - 3) + "a");
        }
        if (w.endsWith("i")) guesses.add(w.substring(0, w.length() - 1));
        if (w.endsWith("ish")) guesses.add(w.substring(0, w.length() - 3) + "and");
        return guesses;
    }
}
