package org.sitrep.understand;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.geo.TransliterationKey;

/**
 * A search for a name, widened to the other spellings and scripts of the entities that carry it: "Kupyansk" also
 * searches "Kupiansk", "Купʼянськ", "Kupiańsk" and, through a prefix, their inflected forms ("Купʼянську",
 * "Kupiańsku"), because the entity index knows these are one place. Only a plain query of a few words is widened;
 * one written in the search syntax (quotes, operators, fields, wildcards) is left as the user wrote it. The widening
 * is said, never silent ({@link Widened#alsoSearched}). Pure; the spellings come from the caller.
 */
public final class NameQuery {
    /** At most this many other spellings are added: the most used ones. */
    static final int MAX_SPELLINGS = 12;
    /** A one-word spelling this long or longer also matches as a prefix, for the inflected forms of the name. */
    static final int PREFIX_MIN_LETTERS = 5;
    private static final int MAX_WORDS = 4;
    private static final Pattern SYNTAX = Pattern.compile("[\"*?:()\\[\\]{}^~+!\\\\/&|]|(?:^|\\s)-|\\b(?:AND|OR|NOT)\\b");
    private static final Pattern SPECIAL = Pattern.compile("([+\\-!():^\\[\\]\"{}~*?|&/\\\\])");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameQuery() {
    }

    /**
     * The query to run and what it added.
     *
     * @param query        the query for the index (the user's own when nothing was added)
     * @param alsoSearched the other spellings searched, most used first; empty when none
     */
    public record Widened(String query, List<String> alsoSearched) {
        public Widened {
            alsoSearched = List.copyOf(alsoSearched);
        }
    }

    /**
     * Widens {@code query} with the spellings {@code spellingsOfKey} gives for its {@link TransliterationKey}.
     *
     * @param spellingsOfKey the spellings of the entities having a spelling of a key, most used first
     */
    public static Widened widen(String query, Function<String, List<String>> spellingsOfKey) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || SYNTAX.matcher(q).find() || q.split("\\s+").length > MAX_WORDS) return new Widened(q, List.of());
        String key = TransliterationKey.of(q);
        if (key.isEmpty()) return new Widened(q, List.of());
        Set<String> seen = new LinkedHashSet<>();
        seen.add(folded(q));
        List<String> added = new ArrayList<>();
        for (String s : spellingsOfKey.apply(key)) {
            if (s == null || s.isBlank() || s.split("\\s+").length > MAX_WORDS) continue;
            if (!seen.add(folded(s))) continue;
            added.add(s.strip());
            if (added.size() == MAX_SPELLINGS) break;
        }
        if (added.isEmpty()) return new Widened(q, List.of());
        StringBuilder b = new StringBuilder("(").append(q).append(')');
        for (String s : added) {
            b.append(" OR \"").append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            if (!s.contains(" ") && letters(s) >= PREFIX_MIN_LETTERS) b.append(" OR ").append(SPECIAL.matcher(s).replaceAll("\\\\$1")).append('*');
        }
        return new Widened(b.toString(), added);
    }

    /** Lower case without diacritics: the index folds these, so such spellings add nothing. */
    static String folded(String s) {
        return MARKS.matcher(Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("")
                .replace('ł', 'l').replaceAll("\\s+", " ");
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }
}
