package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places named inside the name of an organisation: "New York" in "New York Times", "Louisville" in "Louisville
 * Metro Police", "Mississippi" in "Mississippi State", "England" in "Bank of England". A reader finds the place there
 * (GeoWebNews labels it a toponym, embedded in the name), while the name as a whole stays the organisation.
 *
 * <p>A candidate is a run of up to {@link #MAX_WORDS} consecutive capitalised words of the name, never the whole name
 * (a name that is exactly a place is a place acting, resolved as a whole) and never crossing a lower-case word ("of",
 * "and") and never one compass word ("South Central Ambulance Service"); runs are tried longest first, then leftmost, and a run is kept when the given test says it names a place
 * and it overlaps no run kept before ("New York" in "New York Times", not also "York"). Only organisation names are
 * read: a person named after a place ("Jordan Peterson", "Victoria Beckham") names no place. Pure: the test of a name
 * (in the pipeline {@link PlaceResolver#namesProminentPlace}: a country, a first-level region or a big city) is given.
 */
public final class NestedPlaceNames {
    /** The longest run of words tried. */
    public static final int MAX_WORDS = 4;
    /** The annotator's type of a name that is read. */
    public static final String ORGANIZATION = "ORGANIZATION";
    /**
     * The annotator's types of names that are read: an organisation's, and a place-typed name, which the caller
     * passes only where the gazetteer lacks it as a whole ("Air Zimbabwe", typed LOCATION: Zimbabwe inside it).
     */
    public static final java.util.Set<String> READ = java.util.Set.of(ORGANIZATION, "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** A run shaped like a US county or Louisiana parish under its full name: "Daviess County", "St. Tammany Parish". */
    private static final Pattern COUNTY = Pattern.compile("\\p{Lu}[\\p{L}.'’ -]*\\s(?:County|Parish)");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’&-]*");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|['’])$");

    private static final Pattern THE = Pattern.compile("(?i)the");
    /** Words after which a place opens again: "Bank of England", "University of Texas at Austin". */
    private static final Pattern LINK = Pattern.compile("of|at|in|for|de|du|del|di|and");
    /** One-word region names that are, inside a name, descriptors: "South Central Ambulance Service". */
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "(?i)north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|capital|national|federal|united");

    private NestedPlaceNames() {
    }

    /**
     * A place named inside a longer name.
     *
     * @param start offset of the place's first character in the name
     * @param end   offset after its last character
     * @param text  the place's words as written
     */
    public record Run(int start, int end, String text) {
    }

    /**
     * The places named inside {@code name}, in order of their offsets; empty for a name of a type not in {@link #READ}
     * (a person's), or of one word.
     *
     * @param namesPlace whether a run of words, as written, names a place
     */
    public static List<Run> find(String name, String type, Predicate<String> namesPlace) {
        return find(name, type, namesPlace, true);
    }

    /**
     * As {@link #find(String, String, Predicate)}, where a run may stand anywhere in the name ({@code anywhere}, the
     * default) or must open it (after a leading "the") or follow a linking word ("Bank of England", "University of
     * Texas at Austin"), which avoids "Rainbow Kitten Surprise" and "Smoky Mary" but loses "Real Madrid": on
     * GeoWebNews' tuning half anywhere placed more (BENCHMARKS.md, issue 16, places inside names). Either way, a run
     * of one word that is a compass point or a like descriptor ("South", "Central") is never read as a place.
     */
    public static List<Run> find(String name, String type, Predicate<String> namesPlace, boolean anywhere) {
        if (!READ.contains(type) || name == null) return List.of();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            int end = m.end();
            Matcher p = POSSESSIVE.matcher(name.substring(m.start(), end));
            if (p.find() && p.start() > 0) end = m.start() + p.start();
            // A full stop ends the word unless the word is an abbreviation ("U.S.", "St.").
            if (name.charAt(end - 1) == '.' && name.substring(m.start(), end - 1).indexOf('.') < 0 && end - m.start() > 3) end--;
            words.add(new int[] {m.start(), end, Character.isUpperCase(name.codePointAt(m.start())) ? 1 : 0});
        }
        if (words.size() < 2) return List.of();
        List<Run> kept = new ArrayList<>();
        for (int len = Math.min(MAX_WORDS, words.size() - 1); len >= 1; len--) {
            for (int i = 0; i + len <= words.size(); i++) {
                if (!capitalised(words, i, len) || THE.matcher(name.substring(words.get(i)[0], words.get(i)[1])).matches()) continue;
                if (!anywhere && !opens(name, words, i)) continue;
                if (len == 1 && DESCRIPTOR.matcher(name.substring(words.get(i)[0], words.get(i)[1])).matches()) continue;
                int start = words.get(i)[0];
                int end = words.get(i + len - 1)[1];
                if (kept.stream().anyMatch(r -> r.start() < end && start < r.end())) continue;
                String text = name.substring(start, end);
                if (lettersIn(text) < 2 || !namesPlace.test(text)) continue;
                kept.add(new Run(start, end, text));
            }
        }
        kept.sort(java.util.Comparator.comparingInt(Run::start));
        return kept;
    }

    /**
     * Whether a run of words is shaped like a county or parish under its full name ("Daviess County", "Walker County"),
     * which the gazetteer holds under that name only (US counties are second-level regions there): such a run inside
     * a name is worth asking even when the county is no prominent place.
     */
    public static boolean countyShaped(String run) {
        return run != null && COUNTY.matcher(run.strip()).matches();
    }

    /** Whether word {@code i} opens the name (after "the") or follows a linking word. */
    private static boolean opens(String name, List<int[]> words, int i) {
        if (i == 0) return true;
        String before = name.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
        if (i == 1 && THE.matcher(before).matches()) return true;
        return LINK.matcher(before).matches();
    }

    private static boolean capitalised(List<int[]> words, int from, int len) {
        for (int k = from; k < from + len; k++) if (words.get(k)[2] == 0) return false;
        return true;
    }

    private static int lettersIn(String s) {
        return (int) s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter).count();
    }
}
