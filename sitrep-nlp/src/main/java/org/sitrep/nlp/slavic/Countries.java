package org.sitrep.nlp.slavic;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.nlp.slavic.Lexicon.Analysis;

/**
 * The names of the world's countries in Ukrainian, Russian and Polish, from the JDK's CLDR data
 * ({@code Locale.of("", "UA").getDisplayCountry(Locale.of("ru"))} → "Украина"), for the dictionaries that tag no places
 * (Russian) or not all of them. Only one-word names are kept: an inflected form is matched through the dictionary's
 * lemma ("Украины" → "украина"). Lower case, "ё" read as "е". Immutable and thread-safe.
 */
final class Countries {
    private Countries() {
    }

    private static final Map<Lang, Set<String>> NAMES = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            Locale in = Locale.of(lang.code());
            Set<String> names = new HashSet<>();
            for (String cc : Locale.getISOCountries()) {
                String name = Locale.of("", cc).getDisplayCountry(in);
                if (name.isEmpty() || name.equals(cc) || name.contains(" ") || name.contains("-")) continue;
                names.add(key(name));
            }
            NAMES.put(lang, Set.copyOf(names));
        }
    }

    /** Whether the nominative {@code name} is a one-word country name in {@code lang} ("Россия", "Україна", "Polska"). */
    static boolean isCountry(Lang lang, String name) {
        return NAMES.get(lang).contains(key(name));
    }

    /** Whether one of a word's readings is a noun whose lemma is a country's name. */
    static boolean names(Lang lang, List<Analysis> readings) {
        for (Analysis a : readings) if (BaseForms.isNoun(lang, a) && isCountry(lang, a.lemma())) return true;
        return false;
    }

    /** Whether one of a word's readings is a country's name in the genitive ("України", "Украины", "Ukrainy"). */
    static boolean namesInGenitive(Lang lang, List<Analysis> readings) {
        for (Analysis a : readings)
            if (BaseForms.isNoun(lang, a) && isCountry(lang, a.lemma()) && BaseForms.grammaticalCase(lang, a).equals("gen")) return true;
        return false;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
