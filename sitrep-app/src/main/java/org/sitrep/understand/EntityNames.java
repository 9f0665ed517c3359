package org.sitrep.understand;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sitrep.geo.TransliterationKey;

/**
 * Names as entity matching reads them: cleaned of possessives and a leading "the", split into given name and
 * surname keys ({@link TransliterationKey}, so Syrskyi and Syrski, Fityo and Fitio share a key), role words near a
 * mention, and the small edit distance that lets Oleksandr and Oleksandre be one given name. Stateless.
 */
final class EntityNames {
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");
    /** Honorifics and ranks written before a name that CoreNLP sometimes includes in the span. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "lt",
            "president", "minister", "sen", "senator", "rep", "gov", "governor", "mayor", "sir", "lord", "pope", "king", "queen");
    /** What people are called in news about a war: the role that tells two namesakes apart. */
    private static final Set<String> ROLES = Set.of("spokesman", "spokesperson", "spokeswoman", "commander", "minister",
            "president", "premier", "general", "governor", "mayor", "head", "chief", "adviser", "advisor", "secretary",
            "ambassador", "official", "analyst", "colonel", "lieutenant", "commissioner", "chairman", "speaker",
            "prosecutor", "journalist", "reporter", "correspondent", "soldier", "blogger", "leader", "director", "envoy");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private EntityNames() {
    }

    /** The name without a possessive, a leading "the" or surrounding punctuation. */
    static String clean(String surface) {
        String s = surface.strip().replaceAll("\\s+", " ");
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = LEADING_THE.matcher(s).replaceAll("");
        return EDGE_PUNCT.matcher(s).replaceAll("").strip();
    }

    /** A person's name as keys: the given-name key (null for one word) and the surname key. */
    record PersonKey(String full, String given, String surname) {
    }

    /** The keys of a person's name, titles left out; null when nothing is left. */
    static PersonKey person(String surface) {
        String[] words = clean(surface).split(" ");
        int from = 0;
        while (from < words.length - 1 && TITLES.contains(words[from].replace(".", "").toLowerCase(Locale.ROOT))) from++;
        StringBuilder full = new StringBuilder();
        String given = null;
        String surname = null;
        for (int i = from; i < words.length; i++) {
            String k = TransliterationKey.of(words[i]);
            if (k.isEmpty()) continue;
            if (given == null && surname == null) surname = k;
            else {
                if (given == null) given = surname;
                surname = k;
            }
            if (!full.isEmpty()) full.append(' ');
            full.append(k);
        }
        if (surname == null) return null;
        return new PersonKey(full.toString(), given, surname);
    }

    /** Role words in {@code sentence} (lower case). */
    static Set<String> roles(String sentence) {
        Set<String> out = new TreeSet<>();
        var m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (ROLES.contains(w)) out.add(w);
            else if (w.endsWith("s") && ROLES.contains(w.substring(0, w.length() - 1))) out.add(w.substring(0, w.length() - 1));
        }
        return out;
    }

    /**
     * Whether two given-name keys can be one name spelt two ways: equal, or one edit apart when both have at least
     * five letters (Oleksandr = Oleksandre, Serhii = Sergei), never Ivan = Ivana.
     */
    static boolean sameGiven(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.min(a.length(), b.length()) < 5) return false;
        return withinOneEdit(a, b);
    }

    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (b.length() > a.length()) j++;
            else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
