package org.sitrep.copies;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a translation keeps of its original, as keys that do not depend on the language: numbers ({@code #1200} for
 * "1 200", "1,200", "1200" and "1,2 тис."; {@code #2.5} for "2,5"), names folded across scripts and inflections
 * ({@code nkpn} for Kupiansk, Куп'янськ, Купянска and w Kupiańsku; {@code nsrs} for Syrskyi, Сирського, Сырский),
 * calendar days ({@code d11-14} for "14 листопада", "November 14", "14 listopada"), weekdays ({@code w6} for
 * "Saturday", "в субботу", "w sobotę") and days relative to publication ({@code r-1} for "yesterday", "вчора").
 * English, Ukrainian, Russian and Polish spellings are known.
 *
 * <p>The name key is deliberately lossy (the first three consonant classes after a Slavic case ending is cut: "krm"
 * is both Kremlin and Kramatorsk): it proposes and anchors, and the {@link TranslationJudge} decides on many of them
 * at once. Done here with a small table of our own rather than ICU's transliterator: sitrep-core does not depend on
 * ICU, and the key only needs consonant classes, not a readable rendering. Pure and thread-safe.
 */
final class TranslationKeys {
    /** A text's sentences with the keys each one carries, and a readable form of each key (its first spelling). */
    record Anchors(List<String> sentences, List<Set<String>> keys, Map<String, String> spelling) {
        /** Every key of the text, in order of appearance. */
        Set<String> all() {
            return spelling.keySet();
        }
    }

    /** Like {@link CopyView}'s split, also at a closing «…» or „…“ quote and before an opening one. */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?…”\"»])\\s+(?=[\\p{Lu}“\"‘«„(–-])|\\n+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’ʼ]*");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[ \\u00A0\\u202F.,]\\d{3})+(?![\\d])|\\d+(?:[.,]\\d+)?)(?![\\d])"
                    + "(?:\\s*(thousand|тис\\.|тисяч\\p{L}*|тыс\\.|тысяч\\p{L}*|tys\\.|tysi\\p{L}*|million|млн|мільйон\\p{L}*|миллион\\p{L}*|mln|milion\\p{L}*))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.,])(\\d{1,2})(?:-?(?:го|е|th|st|nd|rd))?\\.?\\s+(\\p{L}+)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\p{L})(\\p{L}+)\\s+(\\d{1,2})(?![\\d.,]\\d)(?:st|nd|rd|th)?\\b");
    /** Cyrillic case endings cut before folding (the consonant they add would change the key). */
    private static final Pattern CYRILLIC_ENDING = Pattern.compile("(ого|его|ому|ему|ими|ыми|ами|ями|ах|ях|ом|ем|ам|ям|ов|ев|ів|їв|ою|ею|им|ым|ий|ый|ій|ой|ей)$");
    /** Polish case endings cut before folding; a final -ci/-dzi/-rze (Bachmucie, Dnieprze) was a t, d, r. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[ \\u00A0\\u202F.,]\\d{3})+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern POLISH_ENDING = Pattern.compile("(iego|ego|emu|ami|ach|om|ów|em|ym|im|ą|ę)$");

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    private static final Map<String, Integer> RELATIVE = new HashMap<>();
    private static final Set<String> STOP_NAMES = new java.util.HashSet<>();

    static {
        String[][] months = {
                {"january", "січня", "січень", "января", "январь", "stycznia", "styczeń"},
                {"february", "лютого", "лютий", "февраля", "февраль", "lutego", "luty"},
                {"march", "березня", "березень", "марта", "март", "marca", "marzec"},
                {"april", "квітня", "квітень", "апреля", "апрель", "kwietnia", "kwiecień"},
                {"may", "травня", "травень", "мая", "май", "maja", "maj"},
                {"june", "червня", "червень", "июня", "июнь", "czerwca", "czerwiec"},
                {"july", "липня", "липень", "июля", "июль", "lipca", "lipiec"},
                {"august", "серпня", "серпень", "августа", "август", "sierpnia", "sierpień"},
                {"september", "вересня", "вересень", "сентября", "сентябрь", "września", "wrzesień"},
                {"october", "жовтня", "жовтень", "октября", "октябрь", "października", "październik"},
                {"november", "листопада", "листопад", "ноября", "ноябрь", "listopada", "listopad"},
                {"december", "грудня", "грудень", "декабря", "декабрь", "grudnia", "grudzień"}};
        for (int i = 0; i < months.length; i++) for (String m : months[i]) MONTHS.put(m, i + 1);
        String[][] weekdays = {
                {"monday", "понеділок", "понеділка", "понедельник", "понедельника", "poniedziałek", "poniedziałku"},
                {"tuesday", "вівторок", "вівторка", "вторник", "вторника", "wtorek", "wtorku"},
                {"wednesday", "середа", "середу", "середи", "среда", "среду", "среды", "środa", "środę", "środy"},
                {"thursday", "четвер", "четверга", "четверг", "czwartek", "czwartku"},
                {"friday", "пятниця", "пятницю", "пятниці", "пятница", "пятницу", "пятницы", "piątek", "piątku"},
                {"saturday", "субота", "суботу", "суботи", "суббота", "субботу", "субботы", "sobota", "sobotę", "soboty"},
                {"sunday", "неділя", "неділю", "неділі", "воскресенье", "воскресенья", "niedziela", "niedzielę", "niedzieli"}};
        for (int i = 0; i < weekdays.length; i++) for (String w : weekdays[i]) WEEKDAYS.put(w, i + 1);
        for (String w : new String[] {"yesterday", "вчора", "учора", "вчера", "wczoraj"}) RELATIVE.put(w, -1);
        for (String w : new String[] {"today", "сьогодні", "сегодня", "dziś", "dzisiaj"}) RELATIVE.put(w, 0);
        // Names in every report of this war: they anchor nothing.
        for (String w : new String[] {"Russia", "Russian", "Russians", "Ukraine", "Ukrainian", "Ukrainians", "Росія", "Россия", "Росії",
                "России", "Україна", "Украина", "України", "Украины", "Rosja", "Rosji", "Ukraina", "Ukrainy", "Moscow", "Москва", "Moskwa"}) {
            STOP_NAMES.add(nameKey(w, "en"));
        }
    }

    private TranslationKeys() {
    }

    /** The text's sentences (as {@link CopyView} keeps them: 20+ characters) with their keys. */
    static Anchors of(String text, String language) {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCES.split(text == null ? "" : text)) {
            String t = s.strip();
            if (t.length() >= 20) sentences.add(t);
        }
        // A capitalised first word is a name only when the text also capitalises it inside a sentence.
        Set<String> inside = new java.util.HashSet<>();
        List<List<Word>> words = new ArrayList<>();
        for (String s : sentences) {
            List<Word> w = words(s, language);
            words.add(w);
            for (Word x : w) if (x.capital && !x.first) inside.add(x.key);
        }
        List<Set<String>> keys = new ArrayList<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Map<String, String> k = new LinkedHashMap<>();
            String s = sentences.get(i);
            numbers(s, k);
            days(s, k);
            for (Word w : words.get(i)) {
                if (w.key != null && (w.key.charAt(0) != 'n' || (w.capital && (!w.first || inside.contains(w.key))))) k.putIfAbsent(w.key, w.text);
            }
            keys.add(Set.copyOf(k.keySet()));
            k.forEach(spelling::putIfAbsent);
        }
        return new Anchors(List.copyOf(sentences), List.copyOf(keys), java.util.Collections.unmodifiableMap(spelling));
    }

    /**
     * The keys the search index files with an article so that its translations find it: its names, calendar days
     * and numbers of two digits or more (weekdays, relative days and single digits are too common to find by), at most
     * {@code max}, each prefixed {@code x:}.
     */
    static List<String> indexKeys(String title, String text, String language, int max) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : of((title == null ? "" : title + "\n") + (text == null ? "" : text), language).all()) {
            if (out.size() >= max) break;
            if (k.startsWith("n") || k.startsWith("d") || k.startsWith("#") && k.length() >= 3) out.add("x:" + k);
        }
        return List.copyOf(out);
    }

    private record Word(String text, String key, boolean capital, boolean first) {
    }

    private static List<Word> words(String sentence, String language) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            String lower = withoutApostrophes(w.toLowerCase(Locale.ROOT));
            boolean capital = Character.isUpperCase(w.charAt(0));
            String key;
            if (WEEKDAYS.containsKey(lower)) key = "w" + WEEKDAYS.get(lower);
            else if (RELATIVE.containsKey(lower)) key = "r" + RELATIVE.get(lower);
            else if (MONTHS.containsKey(lower) || !capital) key = null;
            else {
                String n = nameKey(w, language);
                key = n == null || STOP_NAMES.contains(n) ? null : n;
            }
            out.add(new Word(w, key, capital, first));
            first = false;
        }
        return out;
    }

    private static void numbers(String s, Map<String, String> out) {
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            String v = number(m.group(1), m.group(2));
            if (v != null) out.putIfAbsent("#" + v, m.group().strip());
        }
    }

    /** "1 200", "1,200", "1.200" → 1200; "2,5" → 2.5; with "тис."/"thousand"/"tys." ×1000, "млн"/"million" ×1e6. */
    static String number(String digits, String multiplier) {
        StringBuilder digitsOnly = new StringBuilder(digits.length());
        int separators = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (Character.isDigit(c)) digitsOnly.append(c);
            else separators++;
        }
        // Thousands grouped ("1 200", "1,200", "12.500"), unless one separator before a multiplier ("1,500 тис."): a decimal.
        boolean grouped = GROUPED.matcher(digits).matches() && !(multiplier != null && separators == 1);
        BigDecimal v = grouped ? new BigDecimal(digitsOnly.toString()) : new BigDecimal(digits.replace(',', '.'));
        if (multiplier != null) {
            String mu = multiplier.toLowerCase(Locale.ROOT);
            v = v.multiply(mu.startsWith("m") || mu.startsWith("м") ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(1000));
        }
        return v.stripTrailingZeros().toPlainString();
    }

    private static void days(String s, Map<String, String> out) {
        Matcher m = DAY_MONTH.matcher(s);
        while (m.find()) day(m.group(1), m.group(2), m.group(), out);
        m = MONTH_DAY.matcher(s);
        while (m.find()) day(m.group(2), m.group(1), m.group(), out);
    }

    private static void day(String dayText, String monthWord, String spelling, Map<String, String> out) {
        Integer month = MONTHS.get(monthWord.toLowerCase(Locale.ROOT));
        int day = Integer.parseInt(dayText);
        if (month != null && day >= 1 && day <= 31) out.putIfAbsent(String.format(Locale.ROOT, "d%02d-%02d", month, day), spelling);
    }

    /**
     * The key of one capitalised word: {@code n} and its first three consonant classes (two for a short name), after
     * a Slavic case ending is cut; null when fewer than two are left. Cyrillic and Latin fold to the same classes:
     * every sibilant and affricate (s z c ж ш щ ч ц, sh zh ch ts sz cz rz ż) is s; kh, h, g (х г ґ, Polish ch) are h;
     * w is v; vowels, glides and soft signs vanish; doubled classes count once.
     */
    static String nameKey(String word, String language) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 2 && w.endsWith("s") && isApostrophe(w.charAt(w.length() - 2))) w = w.substring(0, w.length() - 2);
        w = withoutApostrophes(w);
        boolean cyrillic = !w.isEmpty() && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.CYRILLIC;
        String cut;
        if (cyrillic) cut = CYRILLIC_ENDING.matcher(w).replaceFirst("");
        else if ("pl".equals(language)) cut = polishStem(w);
        else cut = w;
        String key = classes(cut, cyrillic, "pl".equals(language));
        if (key.length() < 2) key = classes(w, cyrillic, "pl".equals(language));
        if (key.length() < 2) return null;
        return "n" + key.substring(0, Math.min(3, key.length()));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static String withoutApostrophes(String w) {
        if (w.indexOf('\'') < 0 && w.indexOf('’') < 0 && w.indexOf('ʼ') < 0) return w;
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) if (!isApostrophe(w.charAt(i))) out.append(w.charAt(i));
        return out.toString();
    }

    private static String polishStem(String w) {
        String s = POLISH_ENDING.matcher(w).replaceFirst("");
        if (s.endsWith("cie") || s.endsWith("ci")) s = s.substring(0, s.lastIndexOf("ci")) + "t";
        else if (s.endsWith("dzie") || s.endsWith("dzi")) s = s.substring(0, s.lastIndexOf("dzi")) + "d";
        else if (s.endsWith("rze")) s = s.substring(0, s.length() - 3) + "r";
        return s;
    }

    private static String classes(String w, boolean cyrillic, boolean polish) {
        StringBuilder out = new StringBuilder();
        if (cyrillic) {
            for (int i = 0; i < w.length(); i++) append(out, cyrillicClass(w.charAt(i)));
            return out.toString();
        }
        String s = w.replace('ł', 'l');
        if (!ascii(s)) s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = s.replace("shch", "s").replace("szcz", "s").replace("sch", "s").replace("kh", "h")
                .replace("ch", polish ? "h" : "s").replace("zh", "s").replace("sh", "s").replace("sz", "s").replace("cz", "s")
                .replace("rz", polish ? "s" : "rs").replace("ts", "s").replace("tz", "s").replace("ph", "f");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char k = switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'j' -> 0;
                case 'c', 'z', 'x' -> 's';
                case 'g' -> 'h';
                case 'w' -> 'v';
                case 'q' -> 'k';
                default -> c >= 'a' && c <= 'z' ? c : 0;
            };
            append(out, k);
        }
        return out.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static void append(StringBuilder out, char k) {
        if (k == 0) return;
        if (out.isEmpty() || out.charAt(out.length() - 1) != k) out.append(k);
    }

    private static char cyrillicClass(char c) {
        return switch (c) {
            case 'б' -> 'b';
            case 'в' -> 'v';
            case 'г', 'ґ', 'х' -> 'h';
            case 'д' -> 'd';
            case 'ж', 'з', 'с', 'ц', 'ч', 'ш', 'щ' -> 's';
            case 'к' -> 'k';
            case 'л' -> 'l';
            case 'м' -> 'm';
            case 'н' -> 'n';
            case 'п' -> 'p';
            case 'р' -> 'r';
            case 'т' -> 't';
            case 'ф' -> 'f';
            default -> 0;
        };
    }
}
