package org.sitrep.nlp.slavic;

import static org.sitrep.nlp.slavic.SlavicCalendar.B0;
import static org.sitrep.nlp.slavic.SlavicCalendar.B1;
import static org.sitrep.nlp.slavic.SlavicCalendar.FLAGS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.Quantity;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeMention;

/**
 * Finds the numbers of a Ukrainian, Russian or Polish text and what each counts, as {@link Quantity}s with the meaning
 * the English ones have. Numbers are digits, with a space or no-break space between thousands and a decimal comma
 * ("2 500", "2,5"), or the words for small numbers from two in their case and collective forms ("двох", "троє", "pięciu"), times a thousand,
 * million or billion ("2,5 тис.", "п'ять тисяч", "1,2 млн", "tysięcy"); a range ("10–15", "від 10 до 15", "od 10 do
 * 15") is one quantity, its lower bound. What a number counts is read after it, in its phrase, from
 * {@link CountedWords}: the last counted noun of the phrase ("12 російських ударних дронів" → drones), unless it holds
 * what happened to people ("3 людини загинули" → killed); a casualty verb before the number wins over a plain count of
 * people ("загинули 5 людей", "zginęło pięć osób" → killed). A unit or currency right after the number (or a currency
 * sign before it) is what it counts ("km2", "km", "percent", "USD", "UAH"…). The day or year of a date, a clock, a
 * model number ("Су-34", "F-16") and an ordinal ("5-й") are not quantities; nor is a bare year-like number (1900-2100)
 * that counts nothing. The words for one ("один", "jeden") are left out: they are more often "one of" or "the same"
 * than a count. Stateless and thread-safe.
 */
public final class SlavicQuantities {
    private static final String SPACE = "[ \\u00A0\\u202F\\u2009]";
    private static final String DIGITS = "(?:\\d{1,3}(?:" + SPACE + "\\d{3})+|\\d+)(?:,\\d+|\\.\\d+(?!\\.\\d))?";
    private static final Map<String, Map<String, Integer>> NUMBER_WORDS = Map.of(
            "uk", words("два дві двох двом двома двоє:2 три трьох трьом трьома троє:3 "
                    + "чотири чотирьох чотирьом чотирма четверо:4 п'ять п'яти п'ятьох п'ятьма п'ятеро:5 шість шести шістьох шестеро:6 сім семи сімох семеро:7 "
                    + "вісім восьми вісьмох:8 дев'ять дев'яти дев'ятьох:9 десять десяти десятьох:10 дванадцять дванадцяти:12 "
                    + "п'ятнадцять п'ятнадцяти:15 двадцять двадцяти:20 тридцять тридцяти:30 сорок:40 п'ятдесят:50 сто:100"),
            "ru", words("два две двух двум двумя двое:2 три трех трёх трем трём тремя трое:3 "
                    + "четыре четырех четырёх четырем четырьмя четверо:4 пять пяти пятью пятеро:5 шесть шести шестеро:6 семь семи семеро:7 восемь восьми:8 "
                    + "девять девяти:9 десять десяти:10 двенадцать двенадцати:12 пятнадцать пятнадцати:15 двадцать двадцати:20 "
                    + "тридцать тридцати:30 сорок:40 пятьдесят:50 сто:100"),
            "pl", words("dwa dwie dwóch dwoma dwaj dwoje:2 trzy trzech trzema trzej troje:3 "
                    + "cztery czterech czterema czterej czworo:4 pięć pięciu pięcioro:5 sześć sześciu:6 siedem siedmiu:7 osiem ośmiu:8 "
                    + "dziewięć dziewięciu:9 dziesięć dziesięciu:10 dwanaście dwunastu:12 piętnaście piętnastu:15 "
                    + "dwadzieścia dwudziestu:20 trzydzieści trzydziestu:30 czterdzieści:40 pięćdziesiąt:50 sto stu:100"));
    private static final Map<String, Pattern> NUMBER = Map.of("uk", number("uk"), "ru", number("ru"), "pl", number("pl"));
    private static final Pattern MULTIPLIER = Pattern.compile("^" + SPACE + "*(?:(тис\\.?|тыс\\.?|tys\\.?|тисяч\\p{L}*|"
            + "тысяч\\p{L}*|tysi\\p{L}*)|(млн\\.?|mln\\.?|мільйон\\p{L}*|миллион\\p{L}*|milion\\p{L}*)|(млрд\\.?|mld\\.?|мільярд\\p{L}*|"
            + "миллиард\\p{L}*|miliard\\p{L}*))(?![\\p{L}])", FLAGS);
    private static final Pattern RANGE_DASH = Pattern.compile("^\\s*[-–—]\\s*");
    private static final Pattern RANGE_TO = Pattern.compile("^\\s+(?:до|do)\\s+", FLAGS);
    private static final Pattern RANGE_FROM = Pattern.compile("(?:від|от|od)\\s+$", FLAGS);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’ʼ-]*|\\p{N}+|[^\\s\\p{L}\\p{N}]");
    /** Units and currencies written right after the number, in the order tried. */
    private static final List<Map.Entry<Pattern, String>> UNITS = List.of(
            unit("км²|км2|km²|km2|кв\\.\\s*км|кв\\.\\s*(?:кілометр|километр)\\p{L}*|квадратн\\p{L}*\\s+(?:кілометр|километр)\\p{L}*|"
                    + "kilometr\\p{L}*\\s+kwadratow\\p{L}*|km\\s*kw\\.", "km2"),
            unit("км|km|кілометр\\p{L}*|километр\\p{L}*|kilometr\\p{L}*", "km"),
            unit("%|відсот\\p{L}*|процент\\p{L}*|proc\\.|procent\\p{L}*", "percent"),
            unit("га|ha|гектар\\p{L}*|hektar\\p{L}*", "hectares"),
            unit("тонн?(?:а|и|ы|ами)?|ton(?:y|ach)?", "tonnes"),
            unit("\\$|дол\\.|долар\\p{L}*|доллар\\p{L}*|dolar\\p{L}*|USD", "USD"),
            unit("€|євро|евро|euro|EUR", "EUR"),
            unit("₴|грн\\.?|гривн\\p{L}*|гривень|hrywien|hrywn\\p{L}*|UAH", "UAH"),
            unit("₽|руб\\.?|рубл\\p{L}*|rubl\\p{L}*|RUB", "RUB"),
            unit("zł|złotych|złote|złoty|PLN", "PLN"));
    /** "74 з 90 дронів": the first number counts what the second counts. */
    private static final Pattern OF_TOTAL = Pattern.compile("^\\s+(?:з|із|зі|из|z|ze)\\s+(?=\\d)", FLAGS);
    private static final Map<Character, String> SIGN_BEFORE = Map.of('$', "USD", '€', "EUR", '₴', "UAH", '₽', "RUB");
    /** Words that end the phrase after a number: prepositions and conjunctions. */
    private static final Set<String> PHRASE_END = Set.of("у", "в", "во", "на", "з", "із", "зі", "до", "від", "по", "за", "під",
            "над", "для", "через", "і", "й", "та", "а", "але", "або", "чи", "с", "со", "из", "от", "к", "о", "об", "при", "и", "но",
            "или", "w", "we", "z", "ze", "na", "do", "od", "po", "za", "pod", "nad", "dla", "przez", "o", "oraz", "i", "a", "lub",
            "albo", "ale", "przy", "що", "что", "który", "która", "które", "які", "який", "которые", "который");
    /** Words allowed between a number and what it counts before the phrase ends ("5 людей було поранено"). */
    private static final int PHRASE_WORDS = 5;
    /** Words that may stand between a casualty verb and its number ("загинули щонайменше 5 людей"). */
    private static final Set<String> BEFORE_NUMBER = Set.of("щонайменше", "щонайменш", "щонайбільше", "понад", "більше", "близько",
            "майже", "приблизно", "не", "менше", "менш", "ще", "вже", "уже", "було", "були", "около", "более", "больше", "почти",
            "примерно", "свыше", "менее", "ещё", "еще", "было", "были", "co", "najmniej", "ponad", "około", "ok", "prawie", "blisko",
            "niemal", "aż", "już", "jeszcze", "nawet", "przynajmniej", "по", "меньшей", "крайней", "мере", "zostało", "zostały", "zostali", "jest", "są");

    private static final Pattern LEGAL_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:ст|ч|п|пп|стат(?:ті|тя|ья|ьи)|art|ust|pkt|§)"
            + "\\.?\\s*$", FLAGS);
    private static final Pattern DECADE_AFTER = Pattern.compile("^\\s+(?:год|рок|р\\.|рр\\.)", FLAGS);
    private static final Set<String> AMONG = Set.of("серед", "среди", "wśród");

    private SlavicQuantities() {
    }

    /**
     * The quantities of {@code text}, in text order.
     *
     * @param text      the text the offsets point into
     * @param sentences its sentences, in text order (a number's phrase stays in its sentence)
     * @param lang      "uk", "ru" or "pl"
     * @throws IllegalArgumentException for another language
     */
    public static List<Quantity> find(String text, List<Sentence> sentences, String lang) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentences, "sentences");
        return find(text, sentences, lang, SlavicTimes.find(text, sentences, Instant.EPOCH, false, SlavicCalendar.checked(lang)));
    }

    /**
     * As {@link #find(String, List, String)}, with the text's dates already found (by {@link SlavicTimes}, against any
     * reference: only their spans are read, so that a day or a year is not taken for a count).
     */
    public static List<Quantity> find(String text, List<Sentence> sentences, String lang, List<TimeMention> dates) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dates, "dates");
        String l = SlavicCalendar.checked(lang);
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.get(l).matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start(), end = m.end();
            from = end;
            if (insideDate(dates, start) || notACount(text, start, end)) continue;
            Double value = value(m.group(), l);
            if (value == null) continue;
            boolean plain = m.group().matches("\\d+");
            // "від 10 до 15", "10–15": one quantity, its lower bound
            Matcher dash = RANGE_DASH.matcher(text).region(end, text.length());
            Matcher to = RANGE_TO.matcher(text).region(end, text.length());
            Matcher upper = null;
            if (dash.lookingAt()) upper = NUMBER.get(l).matcher(text).region(dash.end(), text.length());
            else if (to.lookingAt() && RANGE_FROM.matcher(text.substring(Math.max(0, start - 6), start)).find()) {
                upper = NUMBER.get(l).matcher(text).region(to.end(), text.length());
            }
            if (upper != null && upper.lookingAt() && !insideDate(dates, upper.start())) end = upper.end();
            Matcher mult = MULTIPLIER.matcher(text).region(end, text.length());
            if (mult.lookingAt()) {
                value *= mult.group(1) != null ? 1e3 : mult.group(2) != null ? 1e6 : 1e9;
                end = mult.end();
                plain = false;
            }
            Sentence s = SentenceIndex.at(sentences, start);
            int sStart = s == null ? 0 : Math.min(s.start(), start);
            int sEnd = s == null ? text.length() : Math.max(s.end(), end);
            String counted = counted(text, start, end, sStart, sEnd, l);
            if (counted == null && plain && value >= 1900 && value <= 2100) continue; // a year, not a count
            out.add(new Quantity(value, text.substring(start, end), counted, start, end, SentenceIndex.of(sentences, start)));
            from = Math.max(from, end);
        }
        out.sort(Comparator.comparingInt(Quantity::start));
        return out;
    }

    private static boolean insideDate(List<TimeMention> dates, int at) {
        for (TimeMention t : dates) if (at >= t.start() && at < t.end()) return true;
        return false;
    }

    /**
     * A clock, a model number ("Су-34", "F-16", "Х-101"), an ordinal ("5-й", "3-ci"), a number sign ("№ 5") or a
     * reference to a law ("ст. 189", "ч. 2", "art. 148").
     */
    private static boolean notACount(String text, int start, int end) {
        if (!Character.isDigit(text.charAt(start))) return false;
        if (LEGAL_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()) return true;
        if (start > 0) {
            char b = text.charAt(start - 1);
            if (Character.isLetter(b) || b == '№' || b == ':') return true;
            if ((b == '-' || b == '–') && start > 1 && Character.isLetter(text.charAt(start - 2))) return true;
        }
        if (end < text.length()) {
            char a = text.charAt(end);
            if (a == ':' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) return true;
            if (a == '-' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))) {
                Matcher suffix = Pattern.compile("\\p{L}+").matcher(text).region(end + 1, text.length());
                // "2-х", "5-ти" are cardinals in a case form; "5-й", "3-тя", "10-ta" are ordinals; "90-х годов" is a decade
                if (!suffix.lookingAt() || !Set.of("х", "ти", "ох", "ьох", "ми").contains(suffix.group().toLowerCase(Locale.ROOT))) return true;
                return DECADE_AFTER.matcher(text).region(suffix.end(), text.length()).lookingAt();
            }
        }
        return false;
    }

    static Double value(String number, String lang) {
        String n = number.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        Integer word = NUMBER_WORDS.get(lang).get(n);
        if (word != null) return word.doubleValue();
        try {
            return Double.parseDouble(n.replaceAll(SPACE, "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What the number at [start, end) counts, read in its sentence [sStart, sEnd); null when nothing says. */
    private static String counted(String text, int start, int end, int sStart, int sEnd, String lang) {
        for (Map.Entry<Pattern, String> u : UNITS) {
            Matcher um = u.getKey().matcher(text).region(end, sEnd);
            if (um.lookingAt()) return u.getValue();
        }
        int b = start - 1;
        while (b >= sStart && text.charAt(b) == ' ') b--;
        if (b >= sStart && SIGN_BEFORE.containsKey(text.charAt(b))) return SIGN_BEFORE.get(text.charAt(b));
        Matcher of = OF_TOTAL.matcher(text).region(end, sEnd);
        if (of.lookingAt()) {
            Matcher total = NUMBER.get(lang).matcher(text).region(of.end(), sEnd);
            if (total.lookingAt()) {
                Matcher mult = MULTIPLIER.matcher(text).region(total.end(), sEnd);
                return counted(text, start, mult.lookingAt() ? mult.end() : total.end(), sStart, sEnd, lang);
            }
        }
        CountedWords.Entry after = after(text, end, sEnd, lang);
        if (after == null || after.kind() == CountedWords.Kind.PEOPLE) {
            CountedWords.Entry verb = casualtyBefore(text, sStart, start, lang);
            if (verb != null) return verb.counted();
        }
        return after == null ? null : after.counted();
    }

    /** The counted word of the phrase after the number (see the class comment). */
    private static CountedWords.Entry after(String text, int end, int sEnd, String lang) {
        Matcher t = TOKEN.matcher(text).region(end, sEnd);
        CountedWords.Entry last = null, adjectivalPeople = null;
        for (int words = 0; words < PHRASE_WORDS && t.find(); words++) {
            String w = t.group();
            if (!Character.isLetter(w.charAt(0)) || PHRASE_END.contains(w.toLowerCase(Locale.ROOT))) break;
            CountedWords.Entry e = CountedWords.of(w, lang);
            if (e == null) continue;
            if (e.kind() == CountedWords.Kind.CASUALTY) return e;
            if (e.adjectival() && adjectivalPeople == null) adjectivalPeople = e;
            last = e;
        }
        // "мирних жителів": the adjective says civilians, the noun only residents
        if (last != null && last.kind() == CountedWords.Kind.PEOPLE && adjectivalPeople != null) return adjectivalPeople;
        return last;
    }

    /** A casualty verb or participle right before the number ("загинули щонайменше 5", "zginęło 5"), or null. */
    private static CountedWords.Entry casualtyBefore(String text, int sStart, int start, String lang) {
        List<String> words = new ArrayList<>();
        Matcher t = TOKEN.matcher(text).region(Math.max(sStart, start - 120), start);
        while (t.find()) words.add(t.group());
        for (int i = words.size() - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
            String w = words.get(i);
            if (!Character.isLetter(w.charAt(0))) return null;
            CountedWords.Entry e = CountedWords.of(w, lang);
            if (e != null) {
                // "серед загиблих двоє дітей" (among the dead, two children): a part of another count, not a casualty count
                boolean part = i > 0 && AMONG.contains(words.get(i - 1).toLowerCase(Locale.ROOT));
                return e.kind() == CountedWords.Kind.CASUALTY && !part ? e : null;
            }
            if (!BEFORE_NUMBER.contains(w.toLowerCase(Locale.ROOT))) return null;
        }
        return null;
    }

    private static Pattern number(String lang) {
        List<String> ws = new ArrayList<>(NUMBER_WORDS.get(lang).keySet());
        ws.sort(Comparator.comparingInt(String::length).reversed());
        String alt = String.join("|", ws).replace("'", "['’ʼ]");
        return Pattern.compile(B0 + "(?:" + DIGITS + "|(?:" + alt + ")" + B1 + ")", FLAGS);
    }

    /** "два дві двох:2 три:3" → each word to its number. */
    private static Map<String, Integer> words(String table) {
        Map<String, Integer> m = new java.util.HashMap<>();
        List<String> pending = new ArrayList<>();
        for (String w : table.split(" ")) {
            int colon = w.indexOf(':');
            if (colon < 0) {
                pending.add(w);
                continue;
            }
            pending.add(w.substring(0, colon));
            for (String p : pending) m.put(p, Integer.parseInt(w.substring(colon + 1)));
            pending.clear();
        }
        return Map.copyOf(m);
    }

    private static Map.Entry<Pattern, String> unit(String regex, String counted) {
        return Map.entry(Pattern.compile("^" + SPACE + "*(?:" + regex + ")(?![\\p{L}])", FLAGS), counted);
    }
}
