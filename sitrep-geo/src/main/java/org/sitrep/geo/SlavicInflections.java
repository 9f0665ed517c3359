package org.sitrep.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Nominative guesses for a place name written in an inflected case in Ukrainian, Russian or Polish: "Куп'янську",
 * "Купянске", "Kupiańskiem" → Куп'янськ, Купянск, Kupiańsk; "Харкова" → Харків; "Авдіївці" → Авдіївка; "Odessie" →
 * Odessa; "Chersoniu" → Chersoń; "Донецькій області" → Донецька область.
 *
 * <p>Why: a gazetteer holds names in the nominative, while news in these languages names a town mostly in the
 * locative ("у Куп'янську"), genitive ("біля Куп'янська") or instrumental ("під Куп'янськом"). The guesses are made
 * by the general case endings of the three grammars (the noun and adjective declensions of place names), not from
 * any list of places: each rule replaces one case ending by the nominative endings that can stand behind it. Then
 * two stem alternations of the nominative are undone: the Ukrainian і of a final closed syllable that is о or е in
 * the other cases (Харкова → Харків, Львова → Львів, Києва → Київ) and the Polish ó likewise (Charkowa → Charków),
 * and a fleeting vowel (Городка → Городок, Кременця → Кременець).
 *
 * <p>A guess is only a name to look up: most guesses of a word are no name at all, and the resolver tries them after
 * the surface form and ranks a place found only by a guess below one found by its written name. Cyrillic words get
 * the Ukrainian and Russian rules together (the scripts share most letters); Latin words get the Polish rules, which
 * only a caller that knows the text is Polish should ask for ({@link #nominatives(String, boolean)}).
 *
 * <p>Also {@link #placesFromAdjective}: the place behind a region or front adjective ("Харківська область",
 * "Покровському напрямку", "obwód charkowski" → Харків, Покровськ, Charków).
 *
 * <p>Pure functions; thread-safe.
 */
public final class SlavicInflections {
    /** At most this many guesses per surface form. */
    public static final int MAX_GUESSES = 16;
    /** A stem shorter than this is no place name: the ending rule does not apply. */
    private static final int MIN_STEM = 3;

    /** A case ending and the nominative endings that may stand behind it, most likely first. */
    private record Rule(String ending, String... nominative) {
    }

    /**
     * Ukrainian and Russian case endings, longest first (the order in which they are tried). Adjectival endings
     * (villages named by an adjective: Покровське, Зелёное; region adjectives: Донецька) before noun endings.
     */
    private static final List<Rule> CYRILLIC = List.of(
            // Adjectives: uk masc./neut. gen, dat, loc, instr; ru likewise; fem. gen, dat, loc, acc, instr.
            new Rule("ського", "ське", "ський", "ское", "ский"),
            new Rule("ському", "ське", "ський"),
            new Rule("ском", "ское", "ский", "ск"),
            new Rule("ого", "е", "ий", "ое", "ый"),
            new Rule("ому", "е", "ий", "ое", "ый"),
            new Rule("ім", "е", "ий"),
            new Rule("ым", "ое", "ый"),
            new Rule("им", "е", "ий", "ое"),
            new Rule("ої", "а"),
            new Rule("ій", "а"),
            new Rule("ую", "ая"),
            // Nouns: uk masc. dat/loc -ові/-еві/-єві; plurals (Суми, Сумах; Чернівці, Чернівцях; Черкассы).
            new Rule("ові", ""),
            new Rule("еві", "ь", ""),
            new Rule("єві", "й"),
            new Rule("ами", "и", "ы"),
            new Rule("ями", "і", "и"),
            new Rule("ах", "и", "ы"),
            new Rule("ях", "і", "и"),
            new Rule("ам", "и", "ы"),
            new Rule("ям", "я", "і", "и"),
            new Rule("ів", "і", "и"),
            // ru/uk -ия/-ія nouns: России, Росії.
            new Rule("ии", "ия"),
            new Rule("ії", "ія"),
            new Rule("ией", "ия"),
            new Rule("ією", "ія"),
            // uk loc/dat of -ка, -га, -ха nouns (Авдіївці, Празі); ru loc/dat of -ка (Авдеевке).
            new Rule("ці", "ка", "ця"),
            new Rule("зі", "га", "за"),
            new Rule("сі", "ха", "са"),
            new Rule("ке", "ка", "к"),
            // Instrumental.
            new Rule("ом", "", "о", "ое"),
            new Rule("ем", "ь", "й", "е", ""),
            new Rule("єм", "й"),
            new Rule("ою", "а"),
            new Rule("ею", "я", "а", "ь"),
            new Rule("єю", "я"),
            new Rule("ой", "а", "ая"),
            new Rule("ей", "я", "яя", "ь"),
            // One-letter endings: uk loc/dat -і, gen -и, -а; ru loc -е, gen -ы, -а; dat/acc -у, -ю.
            new Rule("і", "", "а", "я", "ь", "о"),
            new Rule("и", "а", "я", "ь"),
            new Rule("ы", "а"),
            new Rule("ї", "я"),
            new Rule("а", "", "о", "е"),
            new Rule("я", "ь", "й", "е"),
            new Rule("у", "", "а", "о"),
            new Rule("ю", "ь", "й", "я"),
            new Rule("е", "", "а", "ь", "я", "о"));

    /** Polish case endings, longest first. */
    private static final List<Rule> POLISH = List.of(
            // Adjectives: masc./neut. gen, dat, loc/instr; fem. gen/dat/loc, acc/instr.
            new Rule("iego", "i", "ie"),
            new Rule("iemu", "i", "ie"),
            new Rule("ego", "y", "e"),
            new Rule("emu", "y", "e"),
            new Rule("iej", "a"),
            new Rule("ej", "a"),
            // Soft stems (Chersoń, Chersonia, Chersoniu, Chersoniem).
            new Rule("niem", "ń"),
            new Rule("ciem", "ć"),
            new Rule("siem", "ś"),
            new Rule("ziem", "ź"),
            new Rule("niu", "ń", "nia"),
            new Rule("ciu", "ć", "cia"),
            new Rule("siu", "ś", "sia"),
            new Rule("ziu", "ź", "zia"),
            new Rule("nia", "ń", "nia"),
            new Rule("cia", "ć"),
            new Rule("sia", "ś"),
            new Rule("zia", "ź"),
            // Locative -e with the consonant softened (Bachmucie, Soledarze, Awdijiwce, Pradze, Odessie, Krymie).
            new Rule("dzie", "d", "da"),
            new Rule("cie", "t", "ta"),
            new Rule("rze", "r", "ra"),
            new Rule("dze", "ga"),
            new Rule("sze", "cha"),
            new Rule("ce", "ka", "ca"),
            new Rule("le", "ł", "ła"),
            new Rule("ie", "", "a"),
            // Plurals (Sumy, Sumach; Czerkasy).
            new Rule("ach", "y", "e"),
            new Rule("ami", "y", "e"),
            new Rule("om", "y", "e"),
            // Instrumental; masc./neut. -iem after k, g (Kupiańskiem).
            new Rule("iem", ""),
            new Rule("em", "", "o"),
            new Rule("ym", "y", "e"),
            new Rule("im", "i", "ie"),
            new Rule("ą", "a"),
            new Rule("ę", "a"),
            // One-letter endings: masc. gen -a, loc/dat -u; fem. gen -y/-i.
            new Rule("a", "", "o"),
            new Rule("u", "", "o"),
            new Rule("y", "a"),
            new Rule("i", "a", "ia"));

    private static final String CYRILLIC_VOWELS = "аеєиіїоуюяыэё";
    private static final String LATIN_VOWELS = "aąeęioóuy";

    private SlavicInflections() {
    }

    /**
     * Nominative guesses for a Cyrillic surface form, in the order to try them; never the surface form itself.
     * Latin forms get none: use {@link #nominatives(String, boolean)} when the text is known to be Polish.
     */
    public static List<String> nominatives(String surface) {
        return nominatives(surface, false);
    }

    /**
     * Nominative guesses for a surface form of one or more words, in the order to try them (fewest and longest
     * endings replaced first); never the surface form itself. A Cyrillic word gets the Ukrainian and Russian rules;
     * a Latin word the Polish rules when {@code polish}, else none. In a name of several words each word is
     * de-inflected on its own ("Донецькій області" → "Донецька область", "Nowej Kachowce" → "Nowa Kachowka").
     */
    public static List<String> nominatives(String surface, boolean polish) {
        if (surface == null || surface.isBlank()) return List.of();
        String[] words = surface.strip().split("\\s+");
        List<List<String>> options = new ArrayList<>();
        for (String w : words) {
            List<String> o = new ArrayList<>();
            o.add(w);
            o.addAll(wordGuesses(w, polish));
            options.add(o);
        }
        // Combinations by the sum of the option indices: the surface of most words, the likeliest guesses first.
        Set<String> out = new LinkedHashSet<>();
        int maxRank = options.stream().mapToInt(List::size).sum();
        for (int rank = 1; rank <= maxRank && out.size() < MAX_GUESSES; rank++) {
            combine(options, 0, rank, new String[words.length], out);
        }
        out.remove(surface.strip());
        return out.stream().limit(MAX_GUESSES).toList();
    }

    private static void combine(List<List<String>> options, int i, int rankLeft, String[] chosen, Set<String> out) {
        if (out.size() >= MAX_GUESSES) return;
        if (i == options.size()) {
            if (rankLeft == 0) out.add(String.join(" ", chosen));
            return;
        }
        List<String> o = options.get(i);
        for (int k = 0; k < o.size() && k <= rankLeft; k++) {
            chosen[i] = o.get(k);
            combine(options, i + 1, rankLeft - k, chosen, out);
        }
    }

    /** Guesses for one word; a hyphenated name (Івано-Франківську) is inflected in its last part only. */
    static List<String> wordGuesses(String word, boolean polish) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            String head = word.substring(0, hyphen + 1);
            return wordGuesses(word.substring(hyphen + 1), polish).stream().map(g -> head + g).toList();
        }
        boolean cyrillic = isCyrillic(word);
        if (!cyrillic && !polish) return List.of();
        List<Rule> rules = cyrillic ? CYRILLIC : POLISH;
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (Rule r : rules) {
            if (!lower.endsWith(r.ending)) continue;
            int stemLength = word.length() - r.ending.length();
            String stem = word.substring(0, stemLength);
            if (letters(stem) < MIN_STEM || !hasVowel(stem, cyrillic)) continue;
            for (String n : r.nominative) {
                String guess = stem + matchCase(n, word);
                out.add(guess);
                out.addAll(alternations(guess, cyrillic));
            }
        }
        // Genitive plural has no ending (Суми → Сум, Черкаси → Черкас, Бутейки → Бутейк): a consonant-final word
        // may be a plural name's genitive. Tried after every ending rule.
        if (cyrillic && letters(word) >= MIN_STEM && isConsonant(lower.charAt(lower.length() - 1), cyrillic)) {
            for (String n : List.of("и", "і", "ы")) out.add(word + matchCase(n, word));
        }
        out.remove(word);
        return List.copyOf(out);
    }

    private static boolean isConsonant(char c, boolean cyrillic) {
        return Character.isLetter(c) && (cyrillic ? CYRILLIC_VOWELS : LATIN_VOWELS).indexOf(c) < 0 && c != 'ь'
                && c != 'й';
    }

    /**
     * The nominative stem alternations of a guess that ends in a consonant: the final closed syllable's о/е → і
     * (є → ї) in Ukrainian and o → ó in Polish; a fleeting о/е before a final к or ць/ц.
     */
    static List<String> alternations(String guess, boolean cyrillic) {
        List<String> out = new ArrayList<>();
        String lower = guess.toLowerCase(Locale.ROOT);
        String vowels = cyrillic ? CYRILLIC_VOWELS : LATIN_VOWELS;
        int end = lower.length();
        if (end == 0) return out;
        if (cyrillic && lower.endsWith("ь")) end--;
        if (end < 2 || vowels.indexOf(lower.charAt(end - 1)) >= 0) return out;
        // The last vowel, followed by one consonant only (a closed final syllable).
        int v = end - 2;
        if (vowels.indexOf(lower.charAt(v)) >= 0 && v >= 1) {
            char c = lower.charAt(v);
            String replacement = null;
            if (cyrillic && (c == 'о' || c == 'е')) replacement = "і";
            else if (cyrillic && c == 'є') replacement = "ї";
            else if (!cyrillic && c == 'o') replacement = "ó";
            if (replacement != null) {
                out.add(guess.substring(0, v) + matchCase(replacement, guess.substring(v, v + 1)) + guess.substring(v + 1));
            }
        } else if (vowels.indexOf(lower.charAt(v)) < 0 && end - 1 >= 1) {
            // Two consonants at the end: a fleeting vowel may stand between them (Городк → Городок, Кременць →
            // Кременець, Елц → Елец).
            char last = lower.charAt(end - 1);
            String fleeting = null;
            if (cyrillic && last == 'к') fleeting = "о";
            else if (cyrillic && last == 'ц') fleeting = "е";
            else if (!cyrillic && last == 'k') fleeting = "e";
            if (fleeting != null && letters(guess.substring(0, end - 1)) >= MIN_STEM - 1) {
                out.add(guess.substring(0, end - 1) + fleeting + guess.substring(end - 1));
            }
        }
        return out;
    }

    /**
     * Place names behind a relational adjective in any case, as used for regions and fronts: "Харківська",
     * "Харківській", "Харьковской" → Харків/Харьков; "Донецькій" → Донецьк; "Покровському" → Покровськ;
     * "Одеської" → Одеса; "Сумській" → Суми; "charkowskim", "charkowski" → charków. Empty when the word is no such
     * adjective (its stem does not end in -ськ/-цьк/-зьк, -ск/-цк, -sk/-ck).
     */
    public static List<String> placesFromAdjective(String adjective, boolean polish) {
        if (adjective == null || adjective.isBlank()) return List.of();
        String word = adjective.strip();
        boolean cyrillic = isCyrillic(word);
        List<String> nominatives = new ArrayList<>();
        nominatives.add(word);
        nominatives.addAll(wordGuesses(word, cyrillic || polish));
        Set<String> out = new LinkedHashSet<>();
        for (String n : nominatives) {
            String stem = adjectiveStem(n, cyrillic);
            if (stem == null) continue;
            String lower = stem.toLowerCase(Locale.ROOT);
            // Donetsk, Luhansk, Pokrovsk, Kupiansk: the town's own -sk is the adjective's.
            out.add(stem);
            String suffix = cyrillic ? (lower.endsWith("ськ") ? "ськ" : lower.endsWith("цьк") ? "цьк"
                    : lower.endsWith("зьк") ? "зьк" : lower.endsWith("ск") ? "ск" : lower.endsWith("цк") ? "цк"
                    : lower.endsWith("зк") ? "зк" : null)
                    : (lower.endsWith("sk") ? "sk" : lower.endsWith("ck") ? "ck" : null);
            if (suffix == null) continue;
            String base = stem.substring(0, stem.length() - suffix.length());
            if (letters(base) < MIN_STEM) continue;
            String consonant = stem.substring(stem.length() - suffix.length(), stem.length() - suffix.length() + 1);
            // Kharkiv, Kherson, Kyiv: the adjective is the town + -ськ-.
            out.add(base);
            out.addAll(alternations(base, cyrillic));
            // Odesa, Poltava, Sumy, Vinnytsia, Cherkasy: a vowel-final town loses its ending before -ськ-.
            String withConsonant = base + (consonant.equals("з") || consonant.equals("ц") || consonant.equals("c")
                    ? "" : consonant);
            if (cyrillic) {
                for (String e : List.of("а", "и", "я", "ы")) {
                    out.add(base + e);
                    if (!withConsonant.equals(base)) out.add(withConsonant + e);
                }
                if (consonant.equals("з")) { // Запорізький, Запорожский → Запоріжжя, Запорожье
                    String b = base.endsWith("і") ? base.substring(0, base.length() - 1) + "іжжя" : base + "жжя";
                    out.add(b);
                }
                if (base.endsWith("ж")) out.add(base + "ье"); // Запорожская → Запорожье
                if (consonant.equals("ц")) out.add(base + "ця"); // Вінницька → Вінниця
            } else {
                for (String e : List.of("a", "y", "e")) {
                    out.add(base + e);
                    if (!withConsonant.equals(base)) out.add(withConsonant + e);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The stem of a nominative relational adjective (Харківськ-а, Покровськ-ий, charkowsk-i), or null. */
    private static String adjectiveStem(String word, boolean cyrillic) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> endings = cyrillic ? List.of("ий", "ій", "ый", "ой", "а", "е", "ая", "ое")
                : List.of("i", "a", "ie", "y");
        for (String e : endings.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            if (!lower.endsWith(e)) continue;
            String stem = word.substring(0, word.length() - e.length());
            String s = stem.toLowerCase(Locale.ROOT);
            boolean adjective = cyrillic ? s.endsWith("ськ") || s.endsWith("цьк") || s.endsWith("зьк")
                    || s.endsWith("ск") || s.endsWith("цк") || s.endsWith("зк")
                    : s.endsWith("sk") || s.endsWith("ck");
            if (adjective && letters(stem) > MIN_STEM) return stem;
        }
        return null;
    }

    /** True when the word has a Cyrillic letter. */
    public static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.CYRILLIC) return true;
        }
        return false;
    }

    /** True when the text has a letter that only Polish among the languages we read uses (ą ę ł ń ó ś ź ż ć). */
    public static boolean looksPolish(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("ąęłńóśźżćĄĘŁŃÓŚŹŻĆ".indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    private static boolean hasVowel(String stem, boolean cyrillic) {
        String vowels = cyrillic ? CYRILLIC_VOWELS : LATIN_VOWELS;
        String lower = stem.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) if (vowels.indexOf(lower.charAt(i)) >= 0) return true;
        return false;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    /** The ending in upper case when the word is written all in capitals (КУП'ЯНСЬКУ), else as given. */
    private static String matchCase(String ending, String word) {
        boolean upper = word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && word.chars().filter(Character::isLetter).count() > 1;
        return upper ? ending.toUpperCase(Locale.ROOT) : ending;
    }
}
