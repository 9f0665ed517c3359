package org.sitrep.geo;

import static org.sitrep.geo.PlaceKinds.isCountry;
import static org.sitrep.geo.PlaceKinds.isCountryOrContinent;
import static org.sitrep.geo.PlaceKinds.isRegion;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@link PlaceResolver} reads one mention before weighing its candidates: the name cleaned ("Kupiansk's" →
 * Kupiansk, "Dublin, Ohio" → Dublin with its qualifier), its role (a place, a region: "Donetsk region", "X County";
 * a direction: "Kupiansk axis"), a locative before it, the gazetteer's candidates (under English inflections and
 * demonyms, Ukrainian, Russian and Polish case forms, a county word after it, a part named by a compass word, "X City"),
 * and the qualifiers written after it. Decides nothing about which candidate is meant.
 *
 * <p>Thread-safe when its {@link Gazetteer} is; holds no state between calls.
 */
final class MentionReader {
    private static final Pattern REGION_WORD = Pattern.compile(
            "^\\s*(?i:region|oblast|province|district|raion|governorate|krai|county|parish)\\b");
    /** "Collier County", "Orleans Parish": a county's full name, which is how the gazetteer knows it. */
    private static final Pattern COUNTY_SUFFIX = Pattern.compile("\\s+(?:County|Parish)$");
    /** "Oaxaca State", "Borno State", "Washington State": a first-level region so written, when the rest names one. */
    private static final Pattern STATE_SUFFIX = Pattern.compile("\\s+State$");
    /** A county word right after a mention that lacks it: "Collier" of "Collier County". */
    private static final Pattern COUNTY_AFTER = Pattern.compile("^\\s+(County|Parish)\\b");
    private static final Pattern REGION_SUFFIX = Pattern.compile(
            "\\s+(?i:region|oblast|province|governorate|krai)$");
    /** "Kupiansk direction", "Bakhmut axis" recognised as one name: the town, named as a direction. */
    private static final Pattern DIRECTION_SUFFIX = Pattern.compile("\\s+(?i:direction|axis|sector|front|salient)$");
    /** The compass words, as a regular-expression alternation; {@link PlaceResolver} reads them alone too. */
    static final String COMPASS = "north|south|east|west|northern|southern|eastern|western|central|north-?east|north-?west|"
            + "south-?east|south-?west";
    /** The compass words with the adjectives of the intermediate points, as read before a place or a front. */
    private static final String COMPASS_FORMS = COMPASS + "|north-?eastern|north-?western|south-?eastern|south-?western";
    /**
     * A part of a place named by a compass word before it ("Western US", "Southern California", "North Africa"), read
     * as the place itself when the whole name is in no gazetteer: the group is the place.
     */
    private static final Pattern COMPASS_PART = Pattern.compile(
            "^(?i:" + COMPASS_FORMS + ")\\s+(\\p{Lu}.*)$");
    /** The same words alone: what is left of "Eastern Front" once the front is taken off. */
    private static final Pattern COMPASS_ONLY = Pattern.compile("(?i:" + COMPASS_FORMS + ")");
    /** "Kharkiv City", "Kyiv City", "Birmingham City": the city, when no gazetteer holds the name with the word. */
    private static final Pattern CITY_SUFFIX = Pattern.compile("^(\\p{Lu}.*?)\\s+City$");
    private static final Pattern DIRECTION_WORD = Pattern.compile("^\\s*(?i:direction|axis|sector|front|salient)\\b");
    /** A body of water or an island written before its name: "Sea of", "Gulf of", "Bay of", "Strait of", "Isle of". */
    private static final Pattern WATER_OF_BEFORE = Pattern.compile(
            "(?i:\\b(?:sea|gulf|bay|straits?|isle|lake|sound)\\s+of\\s+(?:the\\s+)?$)");

    private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
            "(?i:\\b(?:in|near|around|outside|toward|towards|from|into|across|via|"
                    + "town|city|village|settlement|settlements|villages|towns|areas|area|outskirts|districts|"
                    + "north|south|east|west|liberation|liberated|captured|recaptured|retook|shelled|seized|"
                    // Going there: "driving to Castlegar", "the road to Kupiansk", "fled back to Izium".
                    + "(?:drive|drives|driving|drove|driven|travel\\w*|flew|fly|flying|flies|move|moved|moves|moving|went|go|goes|"
                    + "going|head|headed|heading|return|returned|returning|came|come|comes|coming|sent|deployed|relocated|"
                    + "evacuated|fled|flee|fleeing|trip|journey|road|route|way)\\s+(?:back\\s+)?to"
                    + ")\\s+(?:the\\s+)?$)");

    private final Gazetteer gazetteer;
    private final PlaceParams params;
    private final boolean deInflect;

    MentionReader(Gazetteer gazetteer, PlaceParams params, boolean deInflect) {
        this.gazetteer = gazetteer;
        this.params = params;
        this.deInflect = deInflect;
    }

    enum Role { PLACE, REGION, DIRECTION }

    /**
     * One mention as read.
     *
     * @param cleaned    the name looked up (possessive, "the", a qualifier and a region word taken off)
     * @param regions    "CC.admin1" of a region named in another language's words ("Харківській області")
     * @param qualifiers "CC.admin1" or "CC" of the region or country written right after the mention ("Paris, Texas")
     * @param part       what the name as written says of the place found, when the gazetteer holds only a shorter
     *                   name ("'Western US' names a part of it", "'Kyiv City' names the city"), else null
     */
    record Reading(PlaceMention mention, String cleaned, Role role, boolean locative, List<NameMatch> candidates,
                   boolean demonym, Set<String> regions, Set<String> qualifiers, String part) {
    }

    Reading read(PlaceMention m) {
        String s = m.text().strip();
        s = PlaceResolver.POSSESSIVE.matcher(s).replaceAll("");
        s = PlaceResolver.LEADING_THE.matcher(s).replaceAll("");
        // A mention that carries its own qualifier ("Washington, D.C.", "Dublin, Ohio") is the name before the comma.
        Set<String> qualifiers = new HashSet<>();
        int comma = s.indexOf(", ");
        if (comma > 0) {
            qualifiers.addAll(qualifiers(s, comma));
            if (!qualifiers.isEmpty()) s = s.substring(0, comma);
        }
        Role role = Role.PLACE;
        Matcher suffix = REGION_SUFFIX.matcher(s);
        Matcher direction = DIRECTION_SUFFIX.matcher(s);
        if (direction.find() && direction.start() > 0 && !COMPASS_ONLY.matcher(s.substring(0, direction.start())).matches()) {
            role = Role.DIRECTION;
            s = s.substring(0, direction.start());
        } else if (suffix.find()) {
            role = Role.REGION;
            s = s.substring(0, suffix.start());
        } else if (COUNTY_SUFFIX.matcher(s).find()) {
            role = Role.REGION;
        } else {
            Matcher state = STATE_SUFFIX.matcher(s);
            if (state.find() && !gazetteer.admin1ByName(s.substring(0, state.start())).isEmpty()) {
                role = Role.REGION;
                s = s.substring(0, state.start());
            }
        }
        String sentence = m.sentence();
        int at = locate(sentence, m.text());
        String after = at < 0 ? "" : sentence.substring(Math.min(sentence.length(), at + m.text().length()));
        String before = at < 0 ? "" : sentence.substring(Math.max(0, at - params.locativeWindow()), at);
        if (REGION_WORD.matcher(after).find()) role = Role.REGION;
        else if (DIRECTION_WORD.matcher(after).find()) role = Role.DIRECTION;
        boolean locative = LOCATIVE_BEFORE.matcher(before).find();
        List<NameMatch> candidates = PlaceResolver.lettersIn(s) <= 2 ? shortForm(s) : gazetteer.lookup(s);
        // "NAF", "SESAR": a name in capitals is an acronym far more often than a place spelt another way; only a place
        // spelt so ("KHARKIV", "NATO"'s none) fits, not one whose name merely shares its transliteration key (Najaf, Cesar).
        if (PlaceResolver.lettersIn(s) > 2 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT))) {
            candidates = gazetteer.spelt(s);
        }
        // "the Sea of Azov", "the Gulf of Mexico": the name after "Sea of" is the sea's, never the town so named; only a
        // feature of nature fits (none, in a gazetteer of towns and regions: better no place than Azov the town).
        if (WATER_OF_BEFORE.matcher(before).find()) {
            candidates = candidates.stream().filter(c -> FeatureKind.of(c.place()).isNatural()).toList();
            locative = true; // a place for certain, found or not
        }
        Matcher county = COUNTY_AFTER.matcher(after);
        if (county.find()) {
            // The recogniser stopped before the county word: the county, when the gazetteer knows it by its full name.
            List<NameMatch> counties = gazetteer.lookup(s + " " + county.group(1));
            if (!counties.isEmpty()) candidates = counties;
        }
        Set<String> regions = new HashSet<>();
        boolean cyrillic = SlavicInflections.isCyrillic(s);
        boolean polish = !cyrillic && ("pl".equals(m.language()) || SlavicCues.polish(sentence, before));
        if (cyrillic || polish) {
            String adjective = null;
            String bare = SlavicCues.withoutRegionWord(s);
            if (bare != null && !bare.isBlank()) {
                role = Role.REGION;
                adjective = bare.strip();
            } else if (SlavicCues.regionWordAfter(after)) {
                role = Role.REGION;
                adjective = s;
            } else if (SlavicCues.directionWordAfter(after)) {
                role = Role.DIRECTION;
                adjective = s;
            }
            locative |= SlavicCues.locativeBefore(before, polish);
            if (deInflect && PlaceResolver.lettersIn(s) > 2) candidates = slavicCandidates(s, candidates, polish, role, adjective, regions);
        }
        boolean demonym = false;
        // "Russian" is the country, not a village whose alternate name has the same key; a real city wins, but only
        // one that is spelt so ("Mexican" is Mexico, not Meishan, whose key is close).
        String surface = s;
        boolean bigLiteral = candidates.stream().anyMatch(c -> c.mainName() && (c.place().population() >= params.bigCityPopulation()
                || isCountryOrContinent(c.place())) && PlaceResolver.fold(c.matchedName()).equals(PlaceResolver.fold(surface)));
        if (!bigLiteral && !s.contains(" ")) {
            List<NameMatch> countries = demonymCountries(s);
            if (!countries.isEmpty()) {
                candidates = countries;
                demonym = true;
            }
        }
        if (at >= 0) qualifiers.addAll(qualifiers(sentence, at + m.text().length()));
        String part = null;
        if (candidates.isEmpty()) {
            // "Western US", "Southern California": no gazetteer holds the part, a reader places it in the whole; only a
            // whole that is a country, continent, region or big city, so that "West Ham" is no village called Ham.
            Matcher compass = COMPASS_PART.matcher(s);
            // "Central America" is no part of the United States, whose alternate name "America" is.
            if (compass.matches() && !compass.group(1).equalsIgnoreCase("America")) {
                List<NameMatch> whole = gazetteer.lookup(compass.group(1)).stream()
                        .filter(c -> isCountryOrContinent(c.place()) || isRegion(c.place())
                                || c.place().population() >= params.bigCityPopulation())
                        .toList();
                if (!whole.isEmpty()) {
                    part = "'" + s + "' names a part of it";
                    s = compass.group(1);
                    candidates = whole;
                }
            }
            Matcher city = CITY_SUFFIX.matcher(s);
            if (part == null && city.matches()) {
                List<NameMatch> towns = gazetteer.lookup(city.group(1)).stream()
                        .filter(c -> "P".equals(c.place().featureClass())).toList();
                if (!towns.isEmpty()) {
                    part = "'" + s + "' names the city";
                    s = city.group(1);
                    candidates = towns;
                }
            }
        }
        return new Reading(m, s, role, locative, candidates, demonym, regions, Set.copyOf(qualifiers), part);
    }

    /** "CC.admin1" or "CC" of the region or country written right after a mention: "Paris, Texas", "Kupiansk, Ukraine". */
    private Set<String> qualifiers(String sentence, int end) {
        for (String q : PlaceQualifier.after(sentence, end)) {
            Set<String> out = new HashSet<>();
            for (var a : gazetteer.admin1ByName(q)) out.add(a.countryCode() + "." + a.code());
            if (out.isEmpty()) {
                for (NameMatch c : gazetteer.lookup(q)) {
                    if (isCountry(c.place()) && PlaceResolver.fold(c.matchedName()).equals(PlaceResolver.fold(q))) out.add(c.place().countryCode());
                }
            }
            if (!out.isEmpty()) return out;
        }
        return Set.of();
    }

    /**
     * The candidates of a Ukrainian, Russian or Polish mention: those of its written form when a gazetteer name is
     * spelt so; else the places with a name spelt as one of its nominative guesses, or when there are none those
     * of the guesses' keys and its own; and for a region or front
     * adjective ("Донецькій області", "Покровському напрямку") the place behind it. Fills {@code regions} with the
     * regions so named.
     */
    private List<NameMatch> slavicCandidates(String s, List<NameMatch> surface, boolean polish, Role role,
                                             String adjective, Set<String> regions) {
        String folded = PlaceResolver.fold(s);
        if (surface.stream().anyMatch(c -> PlaceResolver.fold(c.matchedName()).equals(folded))) return surface;
        Map<Long, NameMatch> keyed = new LinkedHashMap<>();
        Map<Long, NameMatch> spelt = new LinkedHashMap<>();
        for (NameMatch c : surface) keyed.put(c.place().id(), c);
        // Every guess: a case ending can stand for several nominatives (Купянске: Купянск or Купянска), and
        // geography, not the order of the rules, tells which place is meant. Places with a name spelt as a guess
        // when there are any (Лещатові → Лещатів, not Lézat in France, whose name only shares the lossy key).
        // A place matched by several guesses keeps its main-name match, as a lookup does (Харкові: the guess
        // Харков is Kharkiv's alternate Харьков, the guess Харків its main name Kharkiv), so that it is not
        // outweighed by a small place whose main name is another guess (Khārk in Iran, from Харк).
        for (String guess : SlavicInflections.nominatives(s, polish)) {
            for (NameMatch c : gazetteer.lookup(guess)) keyed.merge(c.place().id(), c, MentionReader::preferMain);
            for (NameMatch c : gazetteer.spelt(guess)) spelt.merge(c.place().id(), c, MentionReader::preferMain);
        }
        Map<Long, NameMatch> out = spelt.isEmpty() ? keyed : spelt;
        if (adjective != null && role != Role.PLACE && !adjective.contains(" ")) {
            for (String place : SlavicInflections.placesFromAdjective(adjective, polish)) {
                List<Gazetteer.Admin1> admins = role == Role.REGION ? gazetteer.admin1ByName(place) : List.of();
                for (var a : admins) {
                    regions.add(a.countryCode() + "." + a.code());
                    gazetteer.regionPlace(a.countryCode(), a.code())
                            .ifPresent(p -> out.putIfAbsent(p.id(), new NameMatch(p, place, false)));
                }
                List<NameMatch> found = gazetteer.lookup(place);
                for (NameMatch c : found) out.putIfAbsent(c.place().id(), c);
                if (!found.isEmpty() || !admins.isEmpty()) break;
            }
        }
        if (role == Role.REGION) {
            for (NameMatch c : out.values()) {
                if ("ADM1".equals(c.place().featureCode())) regions.add(c.place().countryCode() + "." + c.place().admin1Code());
            }
        }
        return List.copyOf(out.values());
    }

    private static NameMatch preferMain(NameMatch a, NameMatch b) {
        return a.mainName() || !b.mainName() ? a : b;
    }


    /** Two-letter mentions (US, UK, EU, UN) are too short for a key: only a country named exactly so. */
    private List<NameMatch> shortForm(String s) {
        return PlaceResolver.shortForm(gazetteer, s);
    }


    /** Where the mention sits in its sentence; -1 when the sentence does not contain it. */
    private static int locate(String sentence, String text) {
        return text.isEmpty() ? -1 : sentence.indexOf(text);
    }

    /** "Ukrainian" → Ukraine, "Russian" → Russia, "Chinese" → China, "European" → Europe: countries and continents. */
    private List<NameMatch> demonymCountries(String word) {
        List<String> guesses = DemonymGuesses.countryNames(word);
        for (String g : guesses) {
            List<NameMatch> found = gazetteer.lookup(g).stream().filter(c -> isCountryOrContinent(c.place())).toList();
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }
}
