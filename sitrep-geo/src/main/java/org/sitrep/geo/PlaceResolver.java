package org.sitrep.geo;

import static org.sitrep.geo.PlaceKinds.describe;
import static org.sitrep.geo.PlaceKinds.isCountry;
import static org.sitrep.geo.PlaceKinds.isCountryOrContinent;
import static org.sitrep.geo.PlaceKinds.isPlaceType;
import static org.sitrep.geo.PlaceKinds.isRegion;
import static org.sitrep.geo.PlaceKinds.regionName;

import org.sitrep.geo.MentionReader.Reading;
import org.sitrep.geo.MentionReader.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the place-like mentions of one article to gazetteer places, or says why not.
 *
 * <p>Candidates are every place with a name of the same {@link TransliterationKey} (after English inflections:
 * "Kupiansk's", "Ukrainian" → Ukraine). They are scored by population and feature (country, region seat, town),
 * then by what the article says: a region named nearby ("in the Kharkiv region", "Donetsk Oblast") or anywhere in
 * the article, countries named in it, and closeness to the article's other, confidently placed mentions ("near
 * Kupiansk"). A mention followed by "region"/"oblast" is the region; one followed by "direction"/"axis"/"sector"
 * is a town; "X County" (also when the recogniser stopped before "County") is the county, "X State" the region X. When
 * the recogniser typed the mention as a person or organisation (CoreNLP tags Kupiansk as PERSON),
 * a place is accepted only with a place signal in the context; otherwise the mention is left as not a place.
 * Several same-named small places far apart with nothing to tell them apart are left ambiguous: a wrong village
 * is worse than none.
 *
 * <p>Ukrainian, Russian and Polish: a mention in Cyrillic, or in a Polish-looking text, that no gazetteer name
 * spells as written is also looked up under the nominative guesses of {@link SlavicInflections} ("у Куп'янську",
 * "под Купянском", "w Kupiańsku" → Kupiansk); a place found only so never
 * gets the exact-spelling bonus, and a mention spelt as a gazetteer name is never de-inflected. The context cues of
 * {@link SlavicCues} ("біля", "село", "Харківській області", "на Покровському напрямку", "w obwodzie charkowskim")
 * count beside the English ones.
 *
 * <p>How a mention is read (its cleaned name, role, qualifiers and candidates) is {@link MentionReader}'s; this class
 * weighs the candidates. Every weight and threshold is a {@link PlaceParams}; the defaults are today's tuned values.
 *
 * <p>Thread-safe when its {@link Gazetteer} is (it is); holds no state between calls.
 */
public final class PlaceResolver {
    static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
    static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    /** A compass word alone ("the West", "South"): a direction or a bloc, a place only when the text says region. */
    private static final Pattern COMPASS_WORD = Pattern.compile("^(?i:" + MentionReader.COMPASS + ")$");
    private static final Pattern REGION_PHRASE = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?)\\s+(?:region|oblast|Oblast|Region|province|Province)\\b");

    private final Gazetteer gazetteer;
    private final PlaceParams params;
    private final boolean deInflect;
    private final PlaceNames names;
    private final MentionReader reader;

    /** A resolver with the tuned {@link PlaceParams#defaults()}. */
    public PlaceResolver(Gazetteer gazetteer) {
        this(gazetteer, PlaceParams.defaults());
    }

    public PlaceResolver(Gazetteer gazetteer, PlaceParams params) {
        this(gazetteer, params, true);
    }

    private PlaceResolver(Gazetteer gazetteer, PlaceParams params, boolean deInflect) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.params = Objects.requireNonNull(params, "params");
        this.deInflect = deInflect;
        this.names = new PlaceNames(gazetteer, params.bigCityPopulation());
        this.reader = new MentionReader(gazetteer, params, deInflect);
    }

    /**
     * This resolver without the Ukrainian, Russian and Polish de-inflection ({@link SlavicInflections}): the
     * baseline of the measurement that shows what the de-inflection adds; the context cues stay.
     */
    public PlaceResolver withoutSlavicInflections() {
        return new PlaceResolver(gazetteer, params, false);
    }

    public PlaceParams params() {
        return params;
    }

    /** Resolves the place-like mentions of one article; one result per mention, in the same order. */
    public List<PlaceResolution> resolve(List<PlaceMention> mentions) {
        return resolve(mentions, (OutletHome) null);
    }

    /**
     * Resolves the place-like mentions of one article published by an outlet of the given home country; one result per
     * mention, in the same order.
     *
     * @param outletCountry ISO 3166-1 alpha-2 code of the outlet's home (from its country-code domain), a weak prior
     *                      ({@link PlaceParams#outletHomeWeight()}); null or blank when unknown
     */
    public List<PlaceResolution> resolve(List<PlaceMention> mentions, String outletCountry) {
        return resolve(mentions, OutletHome.country(outletCountry));
    }

    /**
     * Resolves the place-like mentions of one article published by an outlet with the given home; one result per
     * mention, in the same order.
     *
     * @param home where the outlet is at home (its country, and region when known: {@link OutletHomes}), a prior
     *             ({@link PlaceParams#outletRegionWeight()}, {@link PlaceParams#outletHomeWeight()}); null when unknown
     */
    public List<PlaceResolution> resolve(List<PlaceMention> mentions, OutletHome home) {
        return resolve(mentions, home, List.of());
    }

    /**
     * Resolves the place-like mentions of one article with the places that other reports of the article's event placed
     * with confidence as context: closeness to them is evidence ({@link PlaceEvidence#EVENT_PLACES}) as closeness to
     * the article's own confident places is. Countries and first-level regions among them are left out: they say where
     * the event's setting is, not which namesake this article means. One result per mention, in the same order.
     *
     * @param eventPlaces the places other articles of the event named with confidence (not this article's own)
     */
    public List<PlaceResolution> resolve(List<PlaceMention> mentions, OutletHome home, List<GazetteerPlace> eventPlaces) {
        List<Reading> work = new ArrayList<>();
        for (PlaceMention m : mentions) work.add(reader.read(m));

        // What the article says about regions and countries, wherever it says it.
        Set<String> regionHints = new HashSet<>();
        Set<String> seenSentences = new HashSet<>();
        for (Reading w : work) {
            if (seenSentences.add(w.mention().sentence())) regionHints.addAll(regionsNamedIn(w.mention().sentence()));
            if (w.role() == Role.REGION) {
                for (var a : gazetteer.admin1ByName(w.cleaned())) regionHints.add(a.countryCode() + "." + a.code());
                regionHints.addAll(w.regions());
            }
        }
        Set<String> countryHints = new HashSet<>();
        for (Reading w : work) {
            for (NameMatch c : w.candidates()) {
                if (isCountry(c.place()) && w.candidates().size() == 1) countryHints.add(c.place().countryCode());
            }
        }
        for (String r : regionHints) countryHints.add(r.substring(0, 2));

        // Pass 1 without closeness; confident picks become anchors, and a region or country so placed contains the
        // others ("Texas" named anywhere helps Paris, Texas); pass 2 with closeness to the anchors.
        List<GazetteerPlace> anchors = new ArrayList<>();
        Set<String> regionsPlaced = new HashSet<>();
        Set<String> countriesPlaced = new HashSet<>();
        for (Reading w : work) {
            Scored best = pick(w, regionHints, countryHints, List.of(), home, Set.of());
            if (best == null || !best.confident || !best.evidenceOk) continue;
            GazetteerPlace p = best.match.place();
            if (isCountry(p)) countriesPlaced.add(p.countryCode());
            else anchors.add(p);
            if ("ADM1".equals(p.featureCode()) && !p.admin1Code().isEmpty()) {
                regionsPlaced.add(p.countryCode() + "." + p.admin1Code());
                countriesPlaced.add(p.countryCode());
            }
        }
        regionHints.addAll(regionsPlaced);
        countryHints.addAll(countriesPlaced);
        // Only the places that pin the event down count: the reports of one event name its wider setting too (a state,
        // an oblast), and a namesake inside that setting, or near the middle of it, is no likelier the one meant
        // ("White House" in Tennessee for an event a report placed in Tennessee).
        Set<Long> fromEvent = new HashSet<>();
        for (GazetteerPlace p : eventPlaces) {
            if (isCountryOrContinent(p) || "ADM1".equals(p.featureCode())) continue;
            if (fromEvent.add(p.id())) anchors.add(p);
        }
        List<PlaceResolution> out = new ArrayList<>();
        for (Reading w : work) out.add(decide(w, regionHints, countryHints, anchors, home, fromEvent));
        return out;
    }

    /**
     * Whether a name the recogniser typed as an organisation or a person is a place acting ("Russia said", "Tamil Nadu
     * will appeal"): {@link PlaceNames#namesProminentPlace}.
     */
    public boolean namesProminentPlace(String text) {
        return names.namesProminentPlace(text);
    }

    /**
     * As {@link #namesProminentPlace(String)}, strictly: a country or continent only under its main name, a big city,
     * no first-level region ({@link PlaceNames#namesProminentPlace(String, boolean)}); for names inside untyped names.
     */
    public boolean namesProminentPlaceStrictly(String text) {
        return names.namesProminentPlace(text, true);
    }

    /** Whether a county-shaped run is a county the gazetteer holds under that full name: {@link PlaceNames#namesCounty}. */
    public boolean namesCounty(String text) {
        return names.namesCounty(text);
    }

    /** The country or continent an abbreviation in capitals names ("US", "U.K."): {@link PlaceNames#countryAbbreviation}. */
    public java.util.Optional<GazetteerPlace> countryAbbreviation(String text) {
        return names.countryAbbreviation(text);
    }

    /** The countries an abbreviation of initials may stand for ("SA", "T&T"): {@link PlaceNames#countriesWithInitials}. */
    public List<GazetteerPlace> countriesWithInitials(String abbreviation) {
        return names.countriesWithInitials(abbreviation);
    }

    private record Scored(NameMatch match, double score, boolean confident, boolean evidenceOk, String why,
                          Scored runnerUp, Set<PlaceEvidence> evidence, double confidence) {
    }

    /** Region hints "CC.admin1" for every "X region" / "X Oblast" in the text. */
    private Set<String> regionsNamedIn(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = REGION_PHRASE.matcher(text);
        while (m.find()) {
            for (var a : gazetteer.admin1ByName(m.group(1))) out.add(a.countryCode() + "." + a.code());
        }
        // "Харківській області", "Харьковской области", "w obwodzie charkowskim": the region of the seat's adjective.
        for (String adjective : SlavicCues.regionAdjectives(text)) {
            for (String place : SlavicInflections.placesFromAdjective(adjective, true)) {
                List<Gazetteer.Admin1> admins = gazetteer.admin1ByName(place);
                for (var a : admins) out.add(a.countryCode() + "." + a.code());
                if (!admins.isEmpty()) break;
            }
        }
        return out;
    }

    private PlaceResolution decide(Reading w, Set<String> regionHints, Set<String> countryHints,
                                   List<GazetteerPlace> anchors, OutletHome home, Set<Long> fromEvent) {
        PlaceMention m = w.mention();
        if (w.cleaned().isBlank() || TransliterationKey.of(w.cleaned()).isEmpty()) {
            return new PlaceResolution.Unresolved(m, PlaceResolution.Reason.NOT_A_PLACE, "no letters in '" + m.text() + "'");
        }
        if (w.role() == Role.PLACE && w.qualifiers().isEmpty() && COMPASS_WORD.matcher(w.cleaned()).matches()) {
            return new PlaceResolution.Unresolved(m, PlaceResolution.Reason.NOT_A_PLACE, "'" + w.cleaned()
                    + "' alone is a direction or a bloc; a region so named is written as one (\"the North region\")");
        }
        if (w.candidates().isEmpty()) {
            boolean placeTyped = isPlaceType(m.nerType()) || w.role() != Role.PLACE || w.locative();
            return new PlaceResolution.Unresolved(m, placeTyped ? PlaceResolution.Reason.NOT_IN_GAZETTEER
                    : PlaceResolution.Reason.NOT_A_PLACE, "no gazetteer name with the key '"
                    + TransliterationKey.of(w.cleaned()) + "'" + (placeTyped ? "" : "; typed " + typeOf(m)));
        }
        Scored best = pick(w, regionHints, countryHints, anchors, home, fromEvent);
        if (best == null) {
            return new PlaceResolution.Unresolved(m, PlaceResolution.Reason.NOT_A_PLACE, "no candidate fits");
        }
        if (!isPlaceType(m.nerType()) && !best.evidenceOk) {
            return new PlaceResolution.Unresolved(m, PlaceResolution.Reason.NOT_A_PLACE, typeOf(m)
                    + " and nothing around it says place (best candidate " + describe(best.match.place()) + ")");
        }
        Scored r = best.runnerUp;
        // A guess on top of a doubtful recognition is two doubts: a mention typed as something else ("Kiev's recent
        // Blitz counteroffensive", MISC) is no place when its best fit is only a guess among namesakes.
        if (!best.confident && best.confidence >= params.minConfidence() && !m.nerType().isEmpty()
                && !isPlaceType(m.nerType()) && w.role() == Role.PLACE) {
            return new PlaceResolution.Unresolved(m, PlaceResolution.Reason.NOT_A_PLACE, typeOf(m)
                    + " and its best fit is only a guess among namesakes (" + describe(best.match.place()) + ")");
        }
        if (!best.confident && best.confidence < params.minConfidence()) {
            return new PlaceResolution.Unresolved(m, PlaceResolution.Reason.AMBIGUOUS, w.candidates().size()
                    + " places named '" + w.cleaned() + "' and nothing in the article tells them apart, e.g. "
                    + describe(best.match.place()) + (r == null ? "" : " and " + describe(r.match.place())));
        }
        String why = best.why;
        if (w.part() != null) why += "; " + w.part();
        if (!best.confident) {
            why = "a guess, " + describe(best.match.place()) + ": " + why + (r == null ? "" : "; also " + describe(r.match.place()));
        }
        return new PlaceResolution.Resolved(m, best.match.place(), why, best.confidence, best.evidence, !best.confident);
    }

    /** The best candidate, with whether it stands out and whether the context supports a place at all. */
    private Scored pick(Reading w, Set<String> regionHints, Set<String> countryHints, List<GazetteerPlace> anchors,
                        OutletHome home, Set<Long> fromEvent) {
        Set<String> sentenceRegions = regionsNamedIn(w.mention().sentence());
        // The outlet's home region is a prior for a name the text does not place elsewhere: no candidate outside the
        // home region is qualified ("Dublin, Ireland") or in a region the article names.
        boolean homeRegion = home != null && home.admin1() != null && w.candidates().stream()
                .noneMatch(c -> !home.inRegion(c.place()) && placedByText(w, c.place(), sentenceRegions, regionHints));
        Scored best = null;
        Scored second = null;
        Map<Long, Scored> all = new HashMap<>();
        for (NameMatch c : w.candidates()) {
            GazetteerPlace p = c.place();
            if (w.demonym() && !isCountryOrContinent(p)) continue;
            StringBuilder why = new StringBuilder();
            Set<PlaceEvidence> evidenceKinds = EnumSet.noneOf(PlaceEvidence.class);
            // A town found only under an alternate (often historic) name is a weaker candidate than one so called.
            double prior = Math.log10(p.population() + 1.0);
            // A region's population is the sum of its towns': damped, so that a capital or a big city of the same
            // name (Washington, D.C.) is not outweighed by the state around it.
            double damping = params.regionPriorDamping();
            if ("ADM1".equals(p.featureCode()) && prior > damping) prior -= damping;
            double score = prior * (c.mainName() ? 1 : params.alternateNamePrior());
            why.append(p.population() > 0 ? "population " + p.population() : "population unknown");
            double feature = featureScore(p);
            if (w.role() == Role.REGION) feature += isRegion(p) ? params.regionRoleRegion()
                    : p.featureCode().startsWith("PPLA") || "PPLC".equals(p.featureCode()) ? params.regionRoleSeat()
                    : params.regionRoleOther();
            if (w.role() == Role.DIRECTION && "P".equals(p.featureClass())) feature += params.directionRoleTown();
            score += feature;
            if (c.mainName()) score += params.mainNameBonus();
            boolean exact = fold(c.matchedName()).equals(fold(w.cleaned()));
            if (exact) score += params.exactSpellingBonus();
            String region = p.countryCode() + "." + p.admin1Code();
            boolean regionMatch = false;
            if (!isCountry(p) && (w.qualifiers().contains(region) || w.qualifiers().contains(p.countryCode()))) {
                score += params.qualifierWeight();
                regionMatch = true;
                evidenceKinds.add(PlaceEvidence.QUALIFIER);
                why.append("; followed by its ").append(w.qualifiers().contains(region) ? "region" : "country");
            }
            if (!p.admin1Code().isEmpty() && sentenceRegions.contains(region)) {
                score += params.regionInSentence();
                regionMatch = true;
                evidenceKinds.add(PlaceEvidence.REGION_NAMED);
                why.append("; its region (").append(regionName(p)).append(") named in the sentence");
            } else if (!p.admin1Code().isEmpty() && regionHints.contains(region)) {
                score += params.regionInArticle();
                regionMatch = true;
                evidenceKinds.add(PlaceEvidence.REGION_NAMED);
                why.append("; its region (").append(regionName(p)).append(") named in the article");
            }
            if (countryHints.contains(p.countryCode()) && !isCountry(p)) {
                score += params.countryInArticle();
                evidenceKinds.add(PlaceEvidence.COUNTRY_NAMED);
                why.append("; country ").append(p.countryCode()).append(" named in the article");
            }
            double nearest = Double.MAX_VALUE;
            GazetteerPlace nearestAnchor = null;
            for (GazetteerPlace a : anchors) {
                // A place is no evidence for its namesake next door: Leeds, the city, placed by another mention of
                // "Leeds", does not make the area called Leeds around it the better reading of this one.
                if (a.id() == p.id() || ownCandidate(w, a)) continue;
                double d = p.distanceKm(a);
                if (d < nearest) {
                    nearest = d;
                    nearestAnchor = a;
                }
            }
            boolean close = nearestAnchor != null && nearest < params.anchorMaxKm() && !isCountry(p);
            if (home != null && home.inCountry(p) && !isCountry(p)) {
                score += params.outletHomeWeight();
                evidenceKinds.add(PlaceEvidence.OUTLET_HOME);
                if (homeRegion && home.inRegion(p)) {
                    score += params.outletRegionWeight();
                    why.append("; in the outlet's home region (").append(regionName(p)).append(")");
                } else {
                    why.append("; in the outlet's country");
                }
            }
            if (close) {
                score += params.anchorWeight() * Math.exp(-nearest / params.anchorDecayKm());
                boolean event = fromEvent.contains(nearestAnchor.id());
                evidenceKinds.add(event ? PlaceEvidence.EVENT_PLACES : PlaceEvidence.NEARBY);
                why.append("; ").append(Math.round(nearest)).append(" km from ").append(nearestAnchor.name())
                        .append(event ? ", named in other reports of this event" : "");
            }
            if (w.role() != Role.PLACE) evidenceKinds.add(PlaceEvidence.ROLE);
            if (w.role() == Role.REGION) why.append("; named as a region");
            if (w.role() == Role.DIRECTION) why.append("; named as a direction");
            // A preposition alone is weak ("in March", "in the EU"): it counts only for a place in a country the
            // article is about.
            boolean evidence = w.role() != Role.PLACE || regionMatch || close
                    || w.locative() && countryHints.contains(p.countryCode())
                    // ... or in the outlet's home country: local news names its towns without their country
                    // ("driving to Castlegar" on a Canadian site, "a house in Nenagh" in an Irish paper).
                    || w.locative() && home != null && home.inCountry(p)
                    || (isCountryOrContinent(p) || p.population() >= params.bigCityPopulation()) && c.mainName()
                    // A country or continent spelt exactly as one of its names ("EU", "Britain") names itself.
                    || isCountryOrContinent(p) && exact;
            Scored s = new Scored(c, score, false, evidence, why.toString(), null, evidenceKinds, 1);
            all.put(p.id(), s);
            if (best == null || s.score > best.score) {
                second = best;
                best = s;
            } else if (second == null || s.score > second.score) {
                second = s;
            }
        }
        if (best == null) return null;
        // The rival that matters is the best one elsewhere, not a duplicate of the same place next door.
        second = null;
        for (Scored s : all.values()) {
            if (s == best || best.match.place().distanceKm(s.match.place()) <= params.samePlaceKm()) continue;
            if (naturalNamesake(best.match.place(), s.match.place())) continue;
            if (second == null || s.score > second.score) second = s;
        }
        boolean confident = isConfident(best, second);
        List<PlaceConfidence.Candidate> candidates = new ArrayList<>();
        PlaceConfidence.Candidate top = null;
        for (Scored s : all.values()) {
            PlaceConfidence.Candidate c = new PlaceConfidence.Candidate(s.score, s.match.place());
            candidates.add(c);
            if (s == best) top = c;
        }
        double confidence = PlaceConfidence.of(top, candidates, params.confidenceTemperature(), params.samePlaceKm());
        Set<PlaceEvidence> kinds = EnumSet.noneOf(PlaceEvidence.class);
        kinds.addAll(best.evidence);
        kinds.add(second == null ? PlaceEvidence.ONLY_CANDIDATE : PlaceEvidence.POPULATION);
        return new Scored(best.match, best.score, confident, best.evidenceOk, best.why, second, kinds, confidence);
    }

    /** Whether the text itself places this candidate: a qualifier after the name, or its region named in the article. */
    private static boolean placedByText(Reading w, GazetteerPlace p, Set<String> sentenceRegions, Set<String> regionHints) {
        if (isCountry(p)) return false;
        String region = p.countryCode() + "." + p.admin1Code();
        return w.qualifiers().contains(region) || w.qualifiers().contains(p.countryCode())
                || !p.admin1Code().isEmpty() && (sentenceRegions.contains(region) || regionHints.contains(region));
    }

    /**
     * The feature-kind prior: a river, sea or mountain ({@link FeatureKind#isNatural()}) is no rival of a town or
     * region of the same name that scores above it, so "Oskil" the village is not left ambiguous because of the Oskil
     * river; when the natural feature scores higher (a text that says "the Black Sea"), it still wins on its score.
     */
    private static boolean naturalNamesake(GazetteerPlace best, GazetteerPlace rival) {
        return FeatureKind.of(best).isInhabited() && FeatureKind.of(rival).isNatural();
    }

    /**
     * A pick stands when it has no rival, when the rival is close by (the same place in effect, within
     * {@link PlaceParams#samePlaceKm()}), or when it wins by a clear margin; same-named villages apart with scores
     * near each other do not.
     */
    private boolean isConfident(Scored best, Scored second) {
        if (second == null) return true;
        if (best.match.place().distanceKm(second.match.place()) <= params.samePlaceKm()) return true;
        double margin = best.score - second.score;
        return margin >= params.clearMargin() || margin >= params.prominentMargin() && isProminent(best.match.place());
    }

    private static boolean ownCandidate(Reading w, GazetteerPlace a) {
        for (NameMatch c : w.candidates()) {
            if (c.place().id() == a.id()) return true;
        }
        return false;
    }

    /** Countries, continents, regions, capitals and big cities: a smaller lead suffices against a namesake. */
    private boolean isProminent(GazetteerPlace p) {
        String code = p.featureCode();
        return isCountryOrContinent(p) || "ADM1".equals(code) || "PPLC".equals(code) || "PPLA".equals(code)
                || p.population() >= params.bigCityPopulation();
    }

    static int lettersIn(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    static List<NameMatch> shortForm(Gazetteer gazetteer, String s) {
        return gazetteer.lookup(s).stream()
                .filter(c -> (isCountryOrContinent(c.place()) || "ADM1".equals(c.place().featureCode()))
                        && c.matchedName().replace(".", "").equals(s.replace(".", "")))
                .toList();
    }

    static String fold(String s) {
        return TransliterationKey.toLatin(s.toLowerCase(Locale.ROOT)).replaceAll("[^a-z]", "");
    }

    private double featureScore(GazetteerPlace p) {
        String code = p.featureCode();
        if (isCountry(p)) return params.countryFeature();
        return switch (code) {
            case "ADM1" -> params.regionFeature();
            case "PPLC" -> params.capitalFeature();
            case "PPLA" -> params.seatFeature();
            case "PPLA2" -> params.secondSeatFeature();
            case "CONT" -> params.continentFeature();
            default -> "P".equals(p.featureClass()) || "A".equals(p.featureClass()) ? 0 : params.otherFeature();
        };
    }

    private static String typeOf(PlaceMention m) {
        return m.nerType().isEmpty() ? "untyped mention" : "typed " + m.nerType();
    }
}
