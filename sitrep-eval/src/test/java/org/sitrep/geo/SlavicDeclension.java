package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A test-only declension generator for {@link SlavicPlacesEvalIT}: from a nominative place name, the locative,
 * genitive and instrumental forms a news sentence would use, in Ukrainian, Russian or Polish. It declines forward by
 * paradigm (ending of the nominative → the three case forms), a different code path from {@link SlavicInflections},
 * which guesses backward from a case ending, so that the measurement is not circular. Names whose paradigm it does
 * not know give no forms (they are counted as skipped, not as hits or misses).
 */
final class SlavicDeclension {
    /** One case form of a name in a sentence frame: {@code sentence} contains {@code form}. */
    record Form(String grammaticalCase, String form, String sentence) {
    }

    private SlavicDeclension() {
    }

    private static final String UK_HUSHING = "жчшщ";

    /** Ukrainian locative, genitive, instrumental of a one-word name; empty when the paradigm is unknown. */
    static List<Form> ukrainian(String name, boolean village) {
        String n = name;
        String lower = n.toLowerCase(Locale.ROOT);
        String loc;
        String gen;
        String ins;
        if (lower.endsWith("ка") || lower.endsWith("га") || lower.endsWith("ха")) {
            String stem = n.substring(0, n.length() - 2);
            char k = lower.charAt(lower.length() - 2);
            String soft = k == 'к' ? "ц" : k == 'г' ? "з" : "с";
            loc = stem + soft + "і";
            gen = stem + n.charAt(n.length() - 2) + "и";
            ins = stem + n.charAt(n.length() - 2) + "ою";
        } else if (lower.endsWith("ія")) {
            String stem = n.substring(0, n.length() - 2);
            loc = stem + "ії";
            gen = stem + "ії";
            ins = stem + "ією";
        } else if (lower.matches(".*(жж|тт|лл|нн|сс|чч|цц|дд|зз)я")) {
            String stem = n.substring(0, n.length() - 1);
            loc = stem + "і";
            gen = null; // the genitive of a neuter -я is the nominative
            ins = stem + "ям";
        } else if (lower.endsWith("я")) {
            String stem = n.substring(0, n.length() - 1);
            loc = stem + "і";
            gen = stem + "і";
            ins = stem + "ею";
        } else if (lower.endsWith("а")) {
            String stem = n.substring(0, n.length() - 1);
            char last = lower.charAt(lower.length() - 2);
            loc = stem + "і";
            gen = stem + (UK_HUSHING.indexOf(last) >= 0 ? "і" : "и");
            ins = stem + (UK_HUSHING.indexOf(last) >= 0 || last == 'ц' ? "ею" : "ою");
        } else if (lower.matches(".*[бвгґджзклмнпрстфхцчшщ]е")) {
            // Adjectival neuter: Покровське, Хромове, Зелене.
            String stem = n.substring(0, n.length() - 1);
            loc = stem + "ому";
            gen = stem + "ого";
            ins = stem + "им";
        } else if (lower.endsWith("ий")) {
            String stem = n.substring(0, n.length() - 2);
            loc = stem + "ому";
            gen = stem + "ого";
            ins = stem + "им";
        } else if (lower.endsWith("и")) {
            // Plural: Суми, Черкаси, Ромни.
            String stem = n.substring(0, n.length() - 1);
            loc = stem + "ах";
            gen = stem;
            ins = stem + "ами";
        } else if (lower.endsWith("ці")) {
            String stem = n.substring(0, n.length() - 1);
            loc = stem + "ях";
            gen = stem + "ів";
            ins = stem + "ями";
        } else if (lower.endsWith("о")) {
            String stem = n.substring(0, n.length() - 1);
            loc = stem + "і";
            gen = stem + "а";
            ins = stem + "ом";
        } else if (lower.endsWith("ь")) {
            String stem = alternateUk(n.substring(0, n.length() - 1));
            loc = stem + "і";
            gen = stem + "я";
            ins = stem + "ем";
        } else if (lower.endsWith("й")) {
            String stem = n.substring(0, n.length() - 1);
            loc = stem + "ю";
            gen = stem + "я";
            ins = stem + "єм";
        } else if (lower.matches(".*[бвгґджзклмнпрстфхцчшщ]")) {
            String stem = alternateUk(n);
            char last = lower.charAt(lower.length() - 1);
            loc = stem + ("кгх".indexOf(last) >= 0 ? "у" : "і");
            gen = stem + "а";
            ins = stem + (UK_HUSHING.indexOf(last) >= 0 ? "ем" : "ом");
        } else {
            return List.of();
        }
        List<Form> out = new ArrayList<>();
        out.add(new Form("loc", loc, (village ? "За даними ОВА, у селі " : "За даними ОВА, у ") + loc
                + " пошкоджено кілька будинків."));
        if (gen != null) out.add(new Form("gen", gen, "Ворог атакував позиції біля " + gen + ", повідомив Генштаб."));
        out.add(new Form("ins", ins, "Бої тривають під " + ins + ", кажуть військові."));
        return out;
    }

    /** The Ukrainian adjective of each oblast, by the admin1 code of the postal file (UA.txt; 13, Kyiv city, none). */
    private static final java.util.Map<String, String> OBLASTS = java.util.Map.ofEntries(
            java.util.Map.entry("01", "Черкаська"), java.util.Map.entry("02", "Чернігівська"),
            java.util.Map.entry("03", "Чернівецька"), java.util.Map.entry("04", "Дніпропетровська"),
            java.util.Map.entry("05", "Донецька"), java.util.Map.entry("06", "Івано-Франківська"),
            java.util.Map.entry("07", "Харківська"), java.util.Map.entry("08", "Херсонська"),
            java.util.Map.entry("09", "Хмельницька"), java.util.Map.entry("10", "Кіровоградська"),
            java.util.Map.entry("12", "Київська"), java.util.Map.entry("14", "Луганська"),
            java.util.Map.entry("15", "Львівська"), java.util.Map.entry("16", "Миколаївська"),
            java.util.Map.entry("17", "Одеська"), java.util.Map.entry("18", "Полтавська"),
            java.util.Map.entry("19", "Рівненська"), java.util.Map.entry("21", "Сумська"),
            java.util.Map.entry("22", "Тернопільська"), java.util.Map.entry("23", "Вінницька"),
            java.util.Map.entry("24", "Волинська"), java.util.Map.entry("25", "Закарпатська"),
            java.util.Map.entry("26", "Запорізька"), java.util.Map.entry("27", "Житомирська"));

    /** "Донецької області" for the postal file's admin1 code, or null. */
    static String ukrainianOblastGenitive(String code) {
        String adjective = OBLASTS.get(code);
        return adjective == null ? null : adjective.substring(0, adjective.length() - 1) + "ої області";
    }

    /** Ukrainian і of a final closed syllable is о (є after a vowel) in the other cases: Харків → Харков-, Київ → Києв-. */
    private static String alternateUk(String stem) {
        String lower = stem.toLowerCase(Locale.ROOT);
        if (lower.endsWith("їв")) return stem.substring(0, stem.length() - 2) + "єв";
        if (lower.endsWith("ів")) return stem.substring(0, stem.length() - 2) + "ов";
        if (lower.endsWith("іл")) return stem.substring(0, stem.length() - 2) + "ол";
        return stem;
    }

    /** Russian locative, genitive, instrumental of a one-word name. */
    static List<Form> russian(String name) {
        String n = name;
        String lower = n.toLowerCase(Locale.ROOT);
        String loc;
        String gen;
        String ins;
        if (lower.endsWith("ое") || lower.endsWith("ий") || lower.endsWith("ый")) {
            String stem = n.substring(0, n.length() - 2);
            boolean soft = "кгхжчшщ".indexOf(lower.charAt(lower.length() - 3)) >= 0;
            loc = stem + "ом";
            gen = stem + "ого";
            ins = stem + (soft ? "им" : "ым");
        } else if (lower.endsWith("ия")) {
            String stem = n.substring(0, n.length() - 2);
            loc = stem + "ии";
            gen = stem + "ии";
            ins = stem + "ией";
        } else if (lower.endsWith("а")) {
            String stem = n.substring(0, n.length() - 1);
            char last = lower.charAt(lower.length() - 2);
            loc = stem + "е";
            gen = stem + ("кгхжчшщ".indexOf(last) >= 0 ? "и" : "ы");
            ins = stem + ("жчшщц".indexOf(last) >= 0 ? "ей" : "ой");
        } else if (lower.endsWith("ы")) {
            String stem = n.substring(0, n.length() - 1);
            loc = stem + "ах";
            gen = stem;
            ins = stem + "ами";
        } else if (lower.endsWith("ь")) {
            String stem = n.substring(0, n.length() - 1);
            loc = stem + "е";
            gen = stem + "я";
            ins = stem + "ем";
        } else if (lower.matches(".*[бвгджзклмнпрстфхцчшщ]")) {
            char last = lower.charAt(lower.length() - 1);
            loc = n + "е";
            gen = n + "а";
            ins = n + ("жчшщц".indexOf(last) >= 0 ? "ем" : "ом");
        } else {
            return List.of();
        }
        return List.of(new Form("loc", loc, "Обстрел произошёл в " + loc + ", сообщили местные власти."),
                new Form("gen", gen, "Бои идут около " + gen + ", заявили в штабе."),
                new Form("ins", ins, "Ситуация под " + ins + " остаётся сложной."));
    }

    /** Polish locative, genitive, instrumental of a one-word name. */
    static List<Form> polish(String name) {
        String n = name;
        String lower = n.toLowerCase(Locale.ROOT);
        String loc;
        String gen;
        String ins;
        if (lower.endsWith("ka")) {
            String stem = n.substring(0, n.length() - 2);
            loc = stem + "ce";
            gen = stem + "ki";
            ins = stem + "ką";
        } else if (lower.endsWith("a") && lower.length() > 2 && "aeiouy".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            String stem = n.substring(0, n.length() - 1);
            loc = palatalised(stem);
            if (loc == null) return List.of();
            gen = stem + ("gklj".indexOf(lower.charAt(lower.length() - 2)) >= 0 ? "i" : "y");
            ins = stem + "ą";
        } else if (lower.matches(".*[bcdfghklłmnprstwzż]")) {
            String stem = lower.endsWith("ów") ? n.substring(0, n.length() - 2) + "ow" : n;
            char last = lower.charAt(lower.length() - 1);
            boolean velar = last == 'k' || last == 'g' || lower.endsWith("ch");
            loc = velar ? stem + "u" : palatalised(stem);
            if (loc == null) return List.of();
            gen = stem + "a";
            ins = stem + (velar ? "iem" : "em");
        } else if (lower.endsWith("ń")) {
            String stem = n.substring(0, n.length() - 1) + "n";
            loc = stem + "iu";
            gen = stem + "ia";
            ins = stem + "iem";
        } else {
            return List.of();
        }
        return List.of(new Form("loc", loc, "Do eksplozji doszło w " + loc + ", podały władze."),
                new Form("gen", gen, "Walki trwają koło " + gen + ", przekazał sztab."),
                new Form("ins", ins, "Sytuacja pod " + ins + " jest trudna, mówią żołnierze."));
    }

    /** The Polish locative in -e of a hard stem: the last consonant softens (t → cie, r → rze, s → sie…). */
    private static String palatalised(String stem) {
        String lower = stem.toLowerCase(Locale.ROOT);
        String[][] changes = {{"st", "ście"}, {"zd", "ździe"}, {"ch", "sze"}, {"t", "cie"}, {"d", "dzie"}, {"r", "rze"},
                {"ł", "le"}, {"k", "ce"}, {"g", "dze"}, {"n", "nie"}, {"m", "mie"}, {"w", "wie"}, {"s", "sie"},
                {"z", "zie"}, {"b", "bie"}, {"p", "pie"}, {"f", "fie"}};
        for (String[] c : changes) {
            if (lower.endsWith(c[0])) return stem.substring(0, stem.length() - c[0].length()) + c[1];
        }
        return null;
    }
}
