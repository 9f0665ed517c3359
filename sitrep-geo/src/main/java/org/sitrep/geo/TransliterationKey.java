package org.sitrep.geo;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A spelling-independent key for a place or person name: the English, German, French and Polish renderings of
 * one Ukrainian or Russian name, and the name in Cyrillic, get the same key (Kupiansk = Kupyansk = Куп'янськ,
 * Kharkiv = Charkiw = Kharkov, Zaporizhzhia = Saporischschja = Zaporijjia).
 *
 * <p>How: Cyrillic goes to Latin with our own ICU rules (close to the English renderings, not ISO 9), any other
 * script with ICU {@code Any-Latin}; diacritics are folded; then the sounds that the four Latin renderings spell
 * differently are folded into one class each: every hushing or hissing sibilant and affricate (s, z, ts, sh, zh,
 * ch in English, sch, tsch, sz, cz, rz, shch) becomes {@code s}; kh, h, g and the German/Polish ch become
 * {@code h}; y, j, i become {@code i}, and an {@code i} gliding into a vowel is dropped (ia = a); w becomes v;
 * doubled letters are single; and a few Ukrainian/Russian endings that differ only by a vowel are folded
 * (-iv = -ov = -ev, -ivka = -ovka, -ove = -ovo = -ovoy). Words stay separate: a multi-word name never matches a
 * single word.
 *
 * <p>The key is deliberately lossy, so it only ever proposes candidates; a place is chosen by geography, not by
 * the key. The folding is conservative where a false merge is likely: "-ske" (Pervomaiske) stays apart from "-sk"
 * (Pervomaisk). Pure function; thread-safe (ICU transliterators are used under a lock, since they are not).
 */
public final class TransliterationKey {
    /** Ukrainian and Russian letters to the English-style rendering the folding below expects. */
    private static final String CYRILLIC_RULES = """
            :: NFC ;
            [ʼ’'ʹ] > ;
            щ > shch ; Щ > Shch ;
            ж > zh ; Ж > Zh ; х > kh ; Х > Kh ; ц > ts ; Ц > Ts ; ч > ch ; Ч > Ch ; ш > sh ; Ш > Sh ;
            ю > iu ; Ю > Iu ; я > ia ; Я > Ia ; є > ie ; Є > Ie ; ї > i ; Ї > I ; й > i ; Й > I ;
            ё > e ; Ё > E ; э > e ; Э > E ; ы > y ; Ы > Y ; ь > ; Ь > ; ъ > ; Ъ > ;
            а > a ; А > A ; б > b ; Б > B ; в > v ; В > V ; г > h ; Г > H ; ґ > g ; Ґ > G ; д > d ; Д > D ;
            е > e ; Е > E ; з > z ; З > Z ; и > y ; И > Y ; і > i ; І > I ; к > k ; К > K ; л > l ; Л > L ;
            м > m ; М > M ; н > n ; Н > N ; о > o ; О > O ; п > p ; П > P ; р > r ; Р > R ; с > s ; С > S ;
            т > t ; Т > T ; у > u ; У > U ; ф > f ; Ф > F ;
            """;
    private static final Transliterator CYRILLIC = Transliterator.createFromRules("sitrep-cyrillic-latin",
            CYRILLIC_RULES, Transliterator.FORWARD);
    private static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private static final Pattern NON_LETTER = Pattern.compile("[^a-z]+");
    /** German or Polish spelling: their "ch" is the kh sound, their "j" a glide, their "z" (German) a ts. */
    private static final Pattern GERMAN_OR_POLISH = Pattern.compile("w|sch|tz|cz|sz|rz|j");

    private TransliterationKey() {
    }

    /** The key of a name; the empty string when it has no letters. Never null. */
    public static String of(String name) {
        if (name == null || name.isBlank()) return "";
        String latin = toLatin(NFKC_CF.normalize(name));
        StringBuilder key = new StringBuilder(latin.length());
        for (String word : NON_LETTER.split(latin)) {
            if (word.isEmpty()) continue;
            String folded = foldWord(word);
            if (folded.isEmpty()) continue;
            if (!key.isEmpty()) key.append(' ');
            key.append(folded);
        }
        return key.toString();
    }

    /**
     * Lower-case ASCII letters (and separators) for any script: the key's first step, and the ASCII name the import
     * gives a place that has none.
     */
    public static String toLatin(String lower) {
        boolean ascii = true;
        boolean cyrillic = false;
        boolean otherScript = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 0x80) continue;
            ascii = false;
            if (c >= 0x0400 && c <= 0x052F) cyrillic = true;
            else if (Character.isLetter(c) && !isLatin(c)) otherScript = true;
        }
        if (ascii) return lower;
        String s = lower;
        if (cyrillic) {
            synchronized (CYRILLIC) {
                s = CYRILLIC.transliterate(s);
            }
        }
        s = s.replace("ł", "l").replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("đ", "d")
                .replace("ı", "i");
        if (otherScript) {
            synchronized (ANY_LATIN) {
                return ANY_LATIN.transliterate(s).toLowerCase(Locale.ROOT);
            }
        }
        // Latin with diacritics: drop the marks (Kijów -> kijow, Izioum, Grakové -> grakove).
        String decomposed = NFD.normalize(s);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) out.append(c);
        }
        return out.toString();
    }

    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** One lower-case ASCII word to its key. The order of the steps matters: longest spellings first. */
    static String foldWord(String w) {
        boolean germanOrPolish = GERMAN_OR_POLISH.matcher(w).find();
        String s = w;
        // French double j is the zh sound (Zaporijjia); every other j is a glide.
        s = s.replace("jj", "zh");
        // Sibilants and affricates, longest first.
        s = s.replace("schtsch", "S").replace("szcz", "S").replace("shch", "S").replace("chtch", "S")
                .replace("tsch", "S").replace("tch", "S").replace("sch", "S");
        if (germanOrPolish) {
            s = s.replace("ch", "H");
        } else {
            // English "ch" is the ch sound, except before a consonant or at the end, where only kh fits
            // (Chromovoy, Bachmut).
            s = s.replaceAll("ch(?=[^aeiouy]|$)", "H").replace("ch", "S");
        }
        s = s.replace("kh", "H").replace("zh", "S").replace("sh", "S").replace("cz", "S").replace("sz", "S")
                .replace("rz", "S").replace("ts", "S").replace("tz", "S");
        // German z is ts; any remaining c (Polish, German) too.
        s = s.replace('z', 'S').replace('c', 'S').replace('s', 'S');
        s = s.replace('h', 'H').replace('g', 'H').replace('x', 'H');
        s = s.replace('w', 'v').replace("ph", "f").replace('q', 'k');
        s = s.replace("ou", "u").replace('y', 'i').replace('j', 'i');
        s = collapseRuns(s);
        // A glide into a vowel (ia, ie, io, iu) is spelt ya, ja, ia, a: keep the vowel only. Not at the start
        // of the word, where the i can be the whole first syllable (Izium, Ivanivka).
        s = s.length() > 1 ? s.charAt(0) + s.substring(1).replaceAll("i(?=[aeou])", "") : s;
        s = collapseRuns(s);
        // Ukrainian i where Russian has o or e in a closed syllable: Kharkiv = Kharkov, Kyiv = Kiev.
        s = s.replaceAll("[ieo]v$", "ov").replaceAll("[ieo]vka$", "ovka");
        // Neuter and masculine adjective endings of the same village: Khromove = Khromovo = Khromovoy.
        s = s.replaceAll("ov(?:e|o|oi|oe)$", "ove");
        s = s.replaceAll("Ske$|Sko$|Skoe$", "Ske");
        return s.toLowerCase(Locale.ROOT);
    }

    private static String collapseRuns(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != prev) out.append(c);
            prev = c;
        }
        return out.toString();
    }
}
