package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region or country written right after a place name, as in "Paris, Texas", "Dublin, Ohio", "Norfolk, Neb." or
 * "Kupiansk, Ukraine": the words after a comma, up to three capitalised ones. US state abbreviations of the AP
 * style ("Neb.", "Tex.", "Calif.") and postal codes ("TX") are written out. Whether the words name a region or a
 * country is the gazetteer's to say; this class only reads the text. Stateless and thread-safe.
 */
final class PlaceQualifier {
    private static final Pattern AFTER = Pattern.compile(
            "^,\\s+(\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s(?:\\p{Lu}[\\p{L}'’-]*\\.?|of)){0,2})");
    private static final Map<String, String> US_STATES = states();

    private PlaceQualifier() {
    }

    /**
     * The possible qualifiers after the mention that ends at {@code end} of {@code sentence}, longest first ("Texas
     * Governor Greg", "Texas Governor", "Texas"), each written out ("Neb." → "Nebraska"); empty when a comma and a
     * capitalised word do not follow.
     */
    static List<String> after(String sentence, int end) {
        if (end < 0 || end >= sentence.length()) return List.of();
        Matcher m = AFTER.matcher(sentence.substring(end));
        if (!m.find()) return List.of();
        String[] words = m.group(1).strip().split("\\s");
        List<String> out = new ArrayList<>();
        for (int n = words.length; n >= 1; n--) {
            if (words[n - 1].equals("of")) continue;
            String q = String.join(" ", java.util.Arrays.copyOf(words, n));
            String state = US_STATES.get(q.toLowerCase(Locale.ROOT).replace(".", ""));
            out.add(state != null ? state : q.endsWith(".") ? q.substring(0, q.length() - 1) : q);
        }
        return out;
    }

    /** AP-style abbreviations and postal codes of the US states, lower case without dots, to the state's name. */
    private static Map<String, String> states() {
        String[][] rows = {
                {"Alabama", "ala", "al"}, {"Alaska", "", "ak"}, {"Arizona", "ariz", "az"}, {"Arkansas", "ark", "ar"},
                {"California", "calif", "ca"}, {"Colorado", "colo", "co"}, {"Connecticut", "conn", "ct"},
                {"Delaware", "del", "de"}, {"Florida", "fla", "fl"}, {"Georgia", "ga", "ga"}, {"Hawaii", "", "hi"},
                {"Idaho", "", "id"}, {"Illinois", "ill", "il"}, {"Indiana", "ind", "in"}, {"Iowa", "", "ia"},
                {"Kansas", "kan", "ks"}, {"Kentucky", "ky", "ky"}, {"Louisiana", "la", "la"}, {"Maine", "", "me"},
                {"Maryland", "md", "md"}, {"Massachusetts", "mass", "ma"}, {"Michigan", "mich", "mi"},
                {"Minnesota", "minn", "mn"}, {"Mississippi", "miss", "ms"}, {"Missouri", "mo", "mo"},
                {"Montana", "mont", "mt"}, {"Nebraska", "neb", "ne"}, {"Nevada", "nev", "nv"},
                {"New Hampshire", "nh", "nh"}, {"New Jersey", "nj", "nj"}, {"New Mexico", "nm", "nm"},
                {"New York", "ny", "ny"}, {"North Carolina", "nc", "nc"}, {"North Dakota", "nd", "nd"},
                {"Ohio", "", "oh"}, {"Oklahoma", "okla", "ok"}, {"Oregon", "ore", "or"}, {"Pennsylvania", "pa", "pa"},
                {"Rhode Island", "ri", "ri"}, {"South Carolina", "sc", "sc"}, {"South Dakota", "sd", "sd"},
                {"Tennessee", "tenn", "tn"}, {"Texas", "tex", "tx"}, {"Utah", "", "ut"}, {"Vermont", "vt", "vt"},
                {"Virginia", "va", "va"}, {"Washington", "wash", "wa"}, {"West Virginia", "wva", "wv"},
                {"Wisconsin", "wis", "wi"}, {"Wyoming", "wyo", "wy"}, {"District of Columbia", "dc", "dc"}};
        Map<String, String> out = new java.util.HashMap<>();
        for (String[] r : rows) {
            if (!r[1].isEmpty()) out.put(r[1], r[0]);
            // Two-letter codes that are also words ("in", "me", "or", "oh") only in capitals, checked by the caller's
            // pattern (a capitalised word): "IN" and "In" alike lower-case here, so the words are left out.
            if (!java.util.Set.of("in", "me", "or", "oh", "hi", "id", "al", "de", "co", "pa", "ma", "la").contains(r[2])) {
                out.putIfAbsent(r[2], r[0]);
            }
        }
        return Map.copyOf(out);
    }
}
