package org.sitrep.nlp.slavic;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The calendar words of Ukrainian, Russian and Polish in every case form news uses: month names ("листопад",
 * "листопада", "у листопаді"; "ноября", "в ноябре"; "listopad", "listopada", "w listopadzie") and weekdays ("у
 * суботу", "в субботу", "w sobotę", "у ніч проти суботи"). Shared by {@link SlavicTimes}, which reads them, and
 * {@link SlavicQuantities}, which must not count the day of a date. Stateless and thread-safe.
 */
final class SlavicCalendar {
    /** A word starts here: no letter, digit or apostrophe before (the apostrophe belongs to "п'ятниця", "сім'я"). */
    static final String B0 = "(?<![\\p{L}\\p{N}'’ʼ])";
    /** A word ends here. */
    static final String B1 = "(?![\\p{L}\\p{N}'’ʼ])";
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final List<String> UK_MONTHS = List.of("січ(?:ень|ня|ні|нем)", "лют(?:ий|ого|ому|ім|им)",
            "берез(?:ень|ня|ні|нем)", "квіт(?:ень|ня|ні|нем)", "трав(?:ень|ня|ні|нем)", "черв(?:ень|ня|ні|нем)",
            "лип(?:ень|ня|ні|нем)", "серп(?:ень|ня|ні|нем)", "верес(?:ень|ня|ні|нем)", "жовт(?:ень|ня|ні|нем)",
            "листопад(?:а|і|ом|у)?", "груд(?:ень|ня|ні|нем)");
    private static final List<String> RU_MONTHS = List.of("январ(?:ь|я|е|ём|ем)", "феврал(?:ь|я|е|ём|ем)", "март(?:а|е|ом)?",
            "апрел(?:ь|я|е|ем)", "ма(?:й|я|е|ем)", "июн(?:ь|я|е|ем)", "июл(?:ь|я|е|ем)", "август(?:а|е|ом)?",
            "сентябр(?:ь|я|е|ём|ем)", "октябр(?:ь|я|е|ём|ем)", "ноябр(?:ь|я|е|ём|ем)", "декабр(?:ь|я|е|ём|ем)");
    private static final List<String> PL_MONTHS = List.of("stycz(?:eń|nia|niu|niem)", "lut(?:y|ego|ym)", "mar(?:zec|ca|cu|cem)",
            "kwie(?:cień|tnia|tniu|tniem)", "maj(?:a|u|em)?", "czerw(?:iec|ca|cu|cem)", "lip(?:iec|ca|cu|cem)",
            "sierp(?:ień|nia|niu|niem)", "wrze(?:sień|śnia|śniu|śniem)", "październik(?:a|u|iem)?", "listopad(?:a|zie|em)?",
            "grud(?:zień|nia|niu|niem)");
    /** Monday first, as {@link java.time.DayOfWeek}. */
    private static final List<String> UK_DAYS = List.of("понеділ(?:ок|ка)", "вівтор(?:ок|ка)", "серед(?:а|у|и)", "четвер(?:га)?",
            "п['’ʼ]?ятниц(?:я|ю|і)", "субот(?:а|у|и)", "неділ(?:я|ю|і)");
    private static final List<String> RU_DAYS = List.of("понедельник(?:а)?", "вторник(?:а)?", "сред(?:а|у|ы)", "четверг(?:а)?",
            "пятниц(?:а|у|ы)", "суббот(?:а|у|ы)", "воскресень(?:е|я)");
    private static final List<String> PL_DAYS = List.of("poniedział(?:ek|ku)", "wtor(?:ek|ku)", "środ(?:a|ę|y)", "czwart(?:ek|ku)",
            "piąt(?:ek|ku)", "sobot(?:a|ę|y)", "niedziel(?:a|ę|i)");

    private static final List<Pattern> UK_MONTH_WORDS = whole(UK_MONTHS), RU_MONTH_WORDS = whole(RU_MONTHS), PL_MONTH_WORDS = whole(PL_MONTHS);
    private static final List<Pattern> UK_DAY_WORDS = whole(UK_DAYS), RU_DAY_WORDS = whole(RU_DAYS), PL_DAY_WORDS = whole(PL_DAYS);

    private SlavicCalendar() {
    }

    /** The language code as this package reads it; anything but uk, ru and pl is a programmer error. */
    static String checked(String lang) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        if (!l.equals("uk") && !l.equals("ru") && !l.equals("pl")) {
            throw new IllegalArgumentException("not a language of org.sitrep.nlp.slavic: " + lang + " (uk, ru or pl)");
        }
        return l;
    }

    /** A regex alternation (no groups, no boundaries) of every month form of the language. */
    static String monthAlternation(String lang) {
        return "(?:" + String.join("|", months(lang)) + ")";
    }

    /** A regex alternation (no groups, no boundaries) of every weekday form of the language. */
    static String weekdayAlternation(String lang) {
        return "(?:" + String.join("|", days(lang)) + ")";
    }

    /** The month (1-12) a word names, or 0. */
    static int month(String word, String lang) {
        List<Pattern> ps = switch (checked(lang)) {
            case "uk" -> UK_MONTH_WORDS;
            case "ru" -> RU_MONTH_WORDS;
            default -> PL_MONTH_WORDS;
        };
        for (int i = 0; i < ps.size(); i++) if (ps.get(i).matcher(word).matches()) return i + 1;
        return 0;
    }

    /** The weekday (1 = Monday … 7 = Sunday) a word names, or 0. */
    static int weekday(String word, String lang) {
        List<Pattern> ps = switch (checked(lang)) {
            case "uk" -> UK_DAY_WORDS;
            case "ru" -> RU_DAY_WORDS;
            default -> PL_DAY_WORDS;
        };
        for (int i = 0; i < ps.size(); i++) if (ps.get(i).matcher(word).matches()) return i + 1;
        return 0;
    }

    private static List<String> months(String lang) {
        return switch (checked(lang)) {
            case "uk" -> UK_MONTHS;
            case "ru" -> RU_MONTHS;
            default -> PL_MONTHS;
        };
    }

    private static List<String> days(String lang) {
        return switch (checked(lang)) {
            case "uk" -> UK_DAYS;
            case "ru" -> RU_DAYS;
            default -> PL_DAYS;
        };
    }

    private static List<Pattern> whole(List<String> forms) {
        return forms.stream().map(f -> Pattern.compile(f, FLAGS)).toList();
    }
}
