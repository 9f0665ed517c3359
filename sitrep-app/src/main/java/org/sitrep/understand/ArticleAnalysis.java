package org.sitrep.understand;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.geo.Demonyms;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.geo.OutletHome;
import org.sitrep.geo.PlaceEvidence;
import org.sitrep.geo.PlaceMention;
import org.sitrep.geo.PlaceResolution;
import org.sitrep.geo.TransliterationKey;
import org.sitrep.model.Article;
import org.sitrep.nlp.Annotations;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.outlets.OutletKeys;
import org.sitrep.pipeline.Cpu;

/**
 * What the annotation pass learns from one article before anything is stored: CoreNLP's annotations, and each name
 * classified as a person, an organisation or a place, places resolved to GeoNames or marked unresolved with the
 * reason. This is the parallel part of the pass (no store access); merging into entities happens afterwards, in seq
 * order, by {@link EntityLinker}.
 *
 * @param status     annotated, or skipped with {@code reason}
 * @param nlpNanos   CPU time of the annotator (CoreNLP and its records)
 * @param ownNanos   CPU time of what this class adds (place resolution, classification)
 */
public record ArticleAnalysis(String articleId, long seq, String text, Status status, String reason, Annotations annotations,
                       List<Found> found, String placesNote, long nlpNanos, long ownNanos) {

    /** Whether the annotator read the article; stored as {@link #wire()}. */
    public enum Status {
        ANNOTATED, SKIPPED;

        /** The word stored and shown: annotated, skipped. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
    /** The status of a place picked among namesakes without a clear margin ({@link PlaceResolution.Resolved#guess}). */
    public static final String GUESSED = "guessed";
    /**
     * The type of a place mention found as a demonym ("Russian forces") or a country's abbreviation used as a modifier
     * ("US dollars"), not by the annotator: it names a country, but places no event.
     */
    public static final String DEMONYM = "DEMONYM";
    /**
     * The type of a place mention named inside the name of an organisation ("New York" in "New York Times",
     * {@link org.sitrep.geo.NestedPlaceNames}, {@link NestedPlaces}): it overlaps that organisation's mention, which stays as it is. Like a demonym it is
     * evidence of the place, shown and linked, but places no event and locates no article on its own.
     */
    public static final String NESTED = "NESTED";
    /** The types of place mentions that say who or what, not where: they place no event ({@link #placesNothing}). */
    public static final Set<String> NOT_WHERE = Set.of(DEMONYM, NESTED);
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** CoreNLP calls "Belgorod Oblast" an organisation. */
    private static final java.util.regex.Pattern REGION_NAME = java.util.regex.Pattern.compile(
            "\\s(?i:oblast|region|province|governorate|krai|raion|district|county|parish)$");
    /** Below this population a place found only under another name, in a country the article names nowhere else, is doubted. */
    private static final long SMALL = 100_000;

    /** What a name is, once classified. */
    public enum Kind { PERSON, ORGANIZATION, PLACE }

    /**
     * One classified name.
     *
     * @param nerType     CoreNLP's type for the span ({@code PROPER} when it had none)
     * @param place       the GeoNames place, for a resolved place; else null
     * @param placeStatus for places: resolved, guessed (a place picked among namesakes without a clear margin: it has
     *                    {@code place}, but no entity is made of it), not_in_gazetteer, ambiguous, not_a_place,
     *                    no_gazetteer, out_of_context; else null
     * @param placeDetail why, for people
     * @param base        the name in its dictionary form (the annotator's {@link Mention#base}: "Сирського" →
     *                    "Сирський"); the text itself in English. Entities are keyed and spelt by it.
     * @param placeConfidence for a resolved place, how likely it is the place meant, in [0, 1]
     *                    ({@link PlaceResolution.Resolved#confidence}); else null
     * @param placeEvidence for a place the resolver chose, the kinds of evidence ({@link PlaceEvidence} names, comma
     *                    separated, "" for none); else null
     */
    public record Found(int start, int end, String text, String nerType, Kind kind, int sentence, GazetteerPlace place,
                 String placeStatus, String placeDetail, String base, Double placeConfidence, String placeEvidence) {
        public Found {
            if (base == null || base.isBlank()) base = text;
        }

        /** A name whose base form is its text. */
        public Found(int start, int end, String text, String nerType, Kind kind, int sentence, GazetteerPlace place,
                     String placeStatus, String placeDetail) {
            this(start, end, text, nerType, kind, sentence, place, placeStatus, placeDetail, text, null, null);
        }

        /** A name with its base form and no resolver's confidence. */
        public Found(int start, int end, String text, String nerType, Kind kind, int sentence, GazetteerPlace place,
                     String placeStatus, String placeDetail, String base) {
            this(start, end, text, nerType, kind, sentence, place, placeStatus, placeDetail, base, null, null);
        }

        int length() {
            return end - start;
        }

        Found withBase(String b) {
            return new Found(start, end, text, nerType, kind, sentence, place, placeStatus, placeDetail, b, placeConfidence, placeEvidence);
        }
    }

    /**
     * Analyses one article with the annotator of its language. Never throws for what is in the article; a blank
     * text, or one in a language no annotator reads, is skipped with the reason ("no annotator for Georgian").
     */
    public static ArticleAnalysis of(Article a, long seq, Function<String, Optional<Annotator>> annotators, PlaceLookup places) {
        return of(a, seq, annotators, places, null);
    }

    /**
     * As {@link #of(Article, long, Function, PlaceLookup)}, with the outlet's home learned from its earlier articles
     * ({@link org.sitrep.geo.OutletHomes}) as the prior for its places; null when none is known, and then the country of
     * the outlet's country-code domain, if any, is the prior.
     */
    public static ArticleAnalysis of(Article a, long seq, Function<String, Optional<Annotator>> annotators, PlaceLookup places,
                                     OutletHome learned) {
        String text = a.text();
        if (text == null || text.isBlank()) return skipped(a, seq, "no text to annotate");
        String lang = a.language() == null ? "und" : a.language();
        Optional<Annotator> nlp = annotators.apply(lang);
        if (nlp.isEmpty()) return skipped(a, seq, org.sitrep.nlp.Annotators.whyNot(lang));
        OutletHome home = learned != null ? learned : domainHome(a);
        return annotated(a, seq, text, nlp.get(), places, home);
    }

    /** The country of the article's outlet's country-code domain, as a home; null when its domain names none. */
    public static OutletHome domainHome(Article a) {
        return OutletHome.country(OutletKeys.country(OutletKeys.rawKey(a.outlet(), a.url())));
    }

    private static ArticleAnalysis annotated(Article a, long seq, String text, Annotator nlp, PlaceLookup places, OutletHome home) {
        boolean fetch = a.published() == null;
        Instant reference = fetch ? a.fetched() : a.published().instant();
        long t0 = Cpu.now();
        Annotations ann = nlp.annotate(text, reference, fetch);
        long t1 = Cpu.now();
        List<Found> found = classify(text, ann, places, home, MentionRules.defaults(), a.language());
        long t2 = Cpu.now();
        return new ArticleAnalysis(a.id(), seq, text, Status.ANNOTATED, null, ann, found, places.unavailable().orElse(null), t1 - t0, t2 - t1);
    }

    private static ArticleAnalysis skipped(Article a, long seq, String reason) {
        return new ArticleAnalysis(a.id(), seq, a.text(), Status.SKIPPED, reason, null, List.of(), null, 0, 0);
    }

    /** One span of text with every type the annotator gave it. */
    private static final class Span {
        final Mention first;
        String typed;
        boolean proper;

        Span(Mention m) {
            first = m;
        }
    }

    /**
     * @param outletHome the home of the article's outlet (its country-code domain's country, or the region or country
     *                   learned from its earlier articles), a prior for its places; null when unknown
     */
    static List<Found> classify(String text, Annotations ann, PlaceLookup places, OutletHome outletHome) {
        return classify(text, ann, places, outletHome, MentionRules.defaults());
    }

    /** As {@link #classify(String, Annotations, PlaceLookup, OutletHome)}, with only the given rules for missed mentions. */
    static List<Found> classify(String text, Annotations ann, PlaceLookup places, OutletHome outletHome, MentionRules rules) {
        return classify(text, ann, places, outletHome, rules, "");
    }

    /**
     * As {@link #classify(String, Annotations, PlaceLookup, OutletHome, MentionRules)}, for an article in this language
     * (ISO 639-1; empty when unknown), which tells the resolver how to read inflected names.
     */
    static List<Found> classify(String text, Annotations ann, PlaceLookup places, OutletHome outletHome, MentionRules rules,
                                String language) {
        Map<Long, Span> spans = new java.util.LinkedHashMap<>();
        for (Mention m : ann.mentions()) {
            Span s = spans.computeIfAbsent(((long) m.start() << 32) | m.end(), k -> new Span(m));
            if (m.type().equals(Mention.PROPER)) s.proper = true;
            else if (s.typed == null) s.typed = m.type();
        }
        // The words of the people named in full ("Steven Tyler", "Wesley Clark"): a later "Tyler" or "Clark" the
        // annotator also calls a person is that person, not the town so named.
        Set<String> personWords = new HashSet<>();
        for (Span s : spans.values()) {
            if (!"PERSON".equals(s.typed)) continue;
            String[] words = s.first.text().strip().split("\\s+");
            if (words.length > 1) for (String w : words) personWords.add(w.toLowerCase(Locale.ROOT));
        }
        List<Span> candidates = new ArrayList<>();
        List<PlaceMention> asked = new ArrayList<>();
        for (Span s : spans.values()) {
            String nerType = s.typed != null ? s.typed : overlappingType(s.first, ann.mentions());
            boolean namedPerson = "PERSON".equals(s.typed) && personWords.contains(s.first.text().strip().toLowerCase(Locale.ROOT));
            boolean ask = s.typed != null && PLACE_TYPES.contains(s.typed)
                    || s.proper && !namedPerson
                    || "PERSON".equals(s.typed) && !s.first.text().strip().contains(" ") && !namedPerson
                    || "ORGANIZATION".equals(s.typed) && REGION_NAME.matcher(s.first.text()).find()
                    || rules.actingPlaces() && !namedPerson && actingPlace(s, places);
            if (!ask) continue;
            candidates.add(s);
            Sentence sentence = ann.sentences().get(s.first.sentence());
            asked.add(new PlaceMention(s.first.text(), s.first.start(), s.first.end(),
                    sentenceText(text, sentence), nerType == null ? "" : nerType, language));
        }
        Map<Span, PlaceResolution> resolved = new HashMap<>();
        if (places.resolver().isPresent() && !asked.isEmpty()) {
            List<PlaceResolution> rs = places.resolver().get().resolve(asked, outletHome);
            for (int i = 0; i < rs.size(); i++) resolved.put(candidates.get(i), rs.get(i));
        }
        List<Found> out = new ArrayList<>();
        Map<String, GazetteerPlace> placeByKey = new HashMap<>();
        List<Span> untypedDeclined = new ArrayList<>();
        for (Span s : spans.values()) {
            Mention m = s.first;
            PlaceResolution r = resolved.get(s);
            if (r instanceof PlaceResolution.Resolved ok) {
                out.add(new Found(m.start(), m.end(), m.text(), typeOf(s), Kind.PLACE, m.sentence(), ok.place(),
                        ok.guess() ? GUESSED : "resolved", ok.why(), m.text(), ok.confidence(), evidence(ok.evidence())));
                if (!ok.guess()) placeByKey.putIfAbsent(TransliterationKey.of(EntityNames.clean(m.text())), ok.place());
                continue;
            }
            boolean placeTyped = s.typed != null && PLACE_TYPES.contains(s.typed);
            if (r instanceof PlaceResolution.Unresolved u) {
                String status = u.reason().name().toLowerCase(Locale.ROOT);
                // Ambiguous or missing from the gazetteer means the resolver saw a place in the context: it is one,
                // whatever CoreNLP typed it (Lyman, Pervomaiske as PERSON).
                if (placeTyped || u.reason() != PlaceResolution.Reason.NOT_A_PLACE) {
                    out.add(new Found(m.start(), m.end(), m.text(), typeOf(s), Kind.PLACE, m.sentence(), null, status, u.detail()));
                    continue;
                }
            } else if (placeTyped) {
                out.add(new Found(m.start(), m.end(), m.text(), typeOf(s), Kind.PLACE, m.sentence(), null, "no_gazetteer",
                        places.unavailable().orElse("not asked")));
                continue;
            }
            if ("PERSON".equals(s.typed)) {
                out.add(new Found(m.start(), m.end(), m.text(), "PERSON", Kind.PERSON, m.sentence(), null, null, null));
            } else if ("ORGANIZATION".equals(s.typed)) {
                out.add(new Found(m.start(), m.end(), m.text(), "ORGANIZATION", Kind.ORGANIZATION, m.sentence(), null, null, null));
            } else if (s.typed == null && r != null) {
                untypedDeclined.add(s);
            }
        }
        // NER correction by consistency: a "person" spelt like a place resolved elsewhere in the article is that place
        // (CoreNLP tags Kupiansk as PERSON in one sentence and LOCATION in the next, "Chasiv Yar" too). A one-word
        // person is not when the article names a person in full with that word ("Steven Tyler" ... "Tyler").
        for (int i = 0; i < out.size(); i++) {
            Found f = out.get(i);
            if (f.kind() != Kind.PERSON) continue;
            String words = f.text().strip();
            if (!words.contains(" ") && personWords.contains(words.toLowerCase(Locale.ROOT))) continue;
            GazetteerPlace p = placeByKey.get(TransliterationKey.of(EntityNames.clean(f.text())));
            if (p != null) {
                out.set(i, placedElsewhere(f.start(), f.end(), f.text(), f.nerType(), f.sentence(), p));
            }
        }
        // ... and so is a name the annotator left untyped, which the resolver turned down for want of evidence around
        // it ("the two targets would be Bakhmut and Crimea", after "Bakhmut" was placed as a location).
        for (Span s : untypedDeclined) {
            Mention m = s.first;
            GazetteerPlace p = placeByKey.get(TransliterationKey.of(EntityNames.clean(m.text())));
            if (p == null || personWords.contains(m.text().strip().toLowerCase(Locale.ROOT))) continue;
            if (out.stream().anyMatch(f -> f.start() < m.end() && m.start() < f.end())) continue;
            out.add(placedElsewhere(m.start(), m.end(), m.text(), Mention.PROPER, m.sentence(), p));
        }
        out.addAll(demonyms(text, ann, out, places));
        out.addAll(Abbreviations.countries(text, ann, out, places));
        out.addAll(Abbreviations.initials(text, ann, out, places, outletHome));
        List<Found> kept = withBases(withoutOverlaps(doubtForeignStrays(out)), ann.mentions());
        if (!rules.nestedPlaces()) return kept;
        List<Found> names = kept;
        if (rules.insideUntypedNames()) {
            names = new ArrayList<>(kept);
            names.addAll(untypedNames(ann, kept));
        }
        List<Found> nested = NestedPlaces.find(text, ann, names, asked, places, outletHome, rules, language);
        if (nested.isEmpty()) return kept;
        List<Found> all = new ArrayList<>(NestedPlaces.namedAfterPlaces(kept, nested, rules));
        all.addAll(nested);
        // The enclosing name before the place inside it.
        all.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        return all;
    }

    /** A name read as the place the article resolved (not guessed) under that spelling elsewhere. */
    private static Found placedElsewhere(int start, int end, String text, String nerType, int sentence, GazetteerPlace p) {
        return new Found(start, end, text, nerType, Kind.PLACE, sentence, p, "resolved",
                "spelt like " + p.name() + ", resolved elsewhere in the article");
    }

    /**
     * The names of two or more words the annotator left untyped that nothing found covers ("Muscat International Film
     * Festival", "Asian Tribune", "New York Attorney"): read for places inside them as organisations' names are, as
     * {@link Kind#ORGANIZATION} names of type {@link Mention#PROPER}; never kept themselves.
     */
    private static List<Found> untypedNames(Annotations ann, List<Found> kept) {
        List<Found> out = new ArrayList<>();
        for (Mention m : ann.mentions()) {
            if (!m.type().equals(Mention.PROPER) || !m.text().strip().contains(" ")) continue;
            boolean covered = kept.stream().anyMatch(f -> f.start() < m.end() && m.start() < f.end())
                    || ann.mentions().stream().anyMatch(x -> !x.type().equals(Mention.PROPER) && x.start() < m.end() && m.start() < x.end());
            if (covered || out.stream().anyMatch(f -> f.start() < m.end() && m.start() < f.end())) continue;
            out.add(new Found(m.start(), m.end(), m.text(), Mention.PROPER, Kind.ORGANIZATION, m.sentence(), null, null, null));
        }
        return out;
    }

    /** Whether a mention of this type names a place that says who or what ({@link #NOT_WHERE}), so places no event. */
    public static boolean placesNothing(String nerType) {
        return NOT_WHERE.contains(nerType);
    }

    /**
     * "Russian forces", "American officials": a demonym used as a modifier is a mention of its country, as GeoWebNews
     * annotates it (a non-literal modifier with the country's coordinates); CoreNLP calls it MISC and keeps no span.
     * Only where no name the annotator found overlaps it ("the Russian Defence Ministry" stays an organisation), and
     * only when the gazetteer has the country.
     */
    private static List<Found> demonyms(String text, Annotations ann, List<Found> found, PlaceLookup places) {
        List<Found> out = new ArrayList<>();
        for (Demonyms.Found d : Demonyms.shipped().find(text)) {
            boolean named = ann.mentions().stream().anyMatch(m -> m.start() < d.end() && d.start() < m.end())
                    || found.stream().anyMatch(f -> f.start() < d.end() && d.start() < f.end());
            if (named) continue;
            Optional<GazetteerPlace> p = places.byId(d.geonameId());
            if (p.isEmpty()) continue;
            out.add(new Found(d.start(), d.end(), d.text(), DEMONYM, Kind.PLACE, sentenceAt(ann, d.start()), p.get(),
                    "resolved", "a demonym of " + p.get().name()));
        }
        return out;
    }

    /**
     * A name typed as an organisation or a person that is, exactly, a country, a region or a big city ("Russia said",
     * "Washington denied", "Tamil Nadu will appeal": {@link org.sitrep.geo.PlaceResolver#namesProminentPlace}): a
     * place acting, asked of the resolver like any place-like name. The resolver still wants its usual evidence, and
     * makes no guess among namesakes for a name so typed.
     */
    private static boolean actingPlace(Span s, PlaceLookup places) {
        if (!"ORGANIZATION".equals(s.typed) && !"PERSON".equals(s.typed)) return false;
        return places.resolver().map(r -> r.namesProminentPlace(s.first.text())).orElse(false);
    }

    static String evidence(Set<PlaceEvidence> kinds) {
        return String.join(",", kinds.stream().map(Enum::name).toList());
    }

    /** The index of the sentence holding {@code offset} (the last one past the end). */
    static int sentenceAt(Annotations ann, int offset) {
        for (Sentence s : ann.sentences()) if (s.start() <= offset && offset < s.end()) return s.index();
        return ann.sentences().isEmpty() ? 0 : ann.sentences().get(ann.sentences().size() - 1).index();
    }

    /** Each name with the base form its annotator gave the span (a PERSON reading before a PROPER one). */
    private static List<Found> withBases(List<Found> found, List<Mention> mentions) {
        Map<Long, String> bases = new HashMap<>();
        for (Mention m : mentions) {
            if (!m.base().equals(m.text())) bases.merge(((long) m.start() << 32) | m.end(), m.base(), (a, b) -> a);
        }
        if (bases.isEmpty()) return found;
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String b = bases.get(((long) f.start() << 32) | f.end());
            out.add(b == null ? f : f.withBase(b));
        }
        return out;
    }

    /**
     * A small place matched under a name that is not its own, in a country no other place of the article is in, is
     * more likely a place the gazetteer lacks than that place ("Severna" near Avdiivka is not Severka in Russia):
     * it is left unresolved ({@code out_of_context}) rather than put on the map in the wrong country.
     */
    private static boolean ownName(Found f, GazetteerPlace p) {
        String k = TransliterationKey.of(EntityNames.clean(f.text()));
        return k.equals(TransliterationKey.of(p.name())) || k.equals(TransliterationKey.of(p.asciiName()));
    }

    /**
     * The nearest other place resolved in the same sentence, when every such place lies more than 50 km away: a list
     * of villages "near Avdiivka, Severna and Pervomaiske" names neighbours, not a town 120 km off that once bore the name.
     */
    private static GazetteerPlace farFromItsSentence(Found f, List<Found> all) {
        GazetteerPlace nearest = null;
        double best = Double.MAX_VALUE;
        for (Found o : all) {
            if (o == f || o.place() == null || o.sentence() != f.sentence() || !"P".equals(o.place().featureClass())) continue;
            double d = f.place().distanceKm(o.place());
            if (d < best) {
                best = d;
                nearest = o.place();
            }
        }
        return nearest != null && best > 50 ? nearest : null;
    }

    private static List<Found> doubtForeignStrays(List<Found> found) {
        Map<String, Integer> countries = new HashMap<>();
        for (Found f : found) {
            // Countries themselves do not count: "Russia's invasion" says nothing about where a village lies.
            if (f.place() != null && !f.place().featureCode().startsWith("PCL")) countries.merge(f.place().countryCode(), 1, Integer::sum);
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            GazetteerPlace p = f.place();
            if (p != null && p.population() < SMALL && "P".equals(p.featureClass()) && !ownName(f, p)) {
                GazetteerPlace far = farFromItsSentence(f, found);
                if (far != null) {
                    out.add(new Found(f.start(), f.end(), f.text(), f.nerType(), Kind.PLACE, f.sentence(), null, "out_of_context",
                            "the fit, " + p.name() + " (" + p.countryCode() + ", population " + p.population() + "), has another name and lies "
                                    + Math.round(p.distanceKm(far)) + " km from " + far.name() + ", named in the same sentence"));
                    continue;
                }
            }
            if (p != null && p.population() < SMALL && "P".equals(p.featureClass()) && countries.getOrDefault(p.countryCode(), 0) <= 1
                    && !TransliterationKey.of(EntityNames.clean(f.text())).equals(TransliterationKey.of(p.name()))
                    && !TransliterationKey.of(EntityNames.clean(f.text())).equals(TransliterationKey.of(p.asciiName()))
                    && countries.size() > 1) {
                out.add(new Found(f.start(), f.end(), f.text(), f.nerType(), Kind.PLACE, f.sentence(), null, "out_of_context",
                        "the only fit, " + p.name() + " (" + p.countryCode() + ", population " + p.population()
                                + "), has another name and lies in a country the article names nowhere else"));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** The sentence's text; CoreNLP's offsets can run past a trailing character it deleted, so they are clamped. */
    static String sentenceText(String text, Sentence s) {
        return sentenceText(text, s.start(), s.end());
    }

    /** The text between these offsets, clamped to the text (a stored sentence span read back). */
    static String sentenceText(String text, int start, int end) {
        int to = Math.min(text.length(), end);
        return text.substring(Math.min(Math.max(0, start), to), to);
    }

    private static String typeOf(Span s) {
        return s.typed != null ? s.typed : Mention.PROPER;
    }

    /** The CoreNLP type of a typed mention overlapping this proper-noun span, or null. */
    private static String overlappingType(Mention p, List<Mention> all) {
        for (Mention m : all) {
            if (!m.type().equals(Mention.PROPER) && m.start() < p.end() && p.start() < m.end()) return m.type();
        }
        return null;
    }

    /** Keeps one mention where spans overlap: a resolved place first, then the longer span, then the earlier. */
    private static List<Found> withoutOverlaps(List<Found> all) {
        List<Found> ranked = new ArrayList<>(all);
        ranked.sort(Comparator.comparing((Found f) -> f.place() == null)
                .thenComparing(Comparator.comparingInt(Found::length).reversed())
                .thenComparingInt(Found::start));
        List<Found> kept = new ArrayList<>();
        for (Found f : ranked) {
            boolean clash = false;
            for (Found k : kept) {
                if (f.start() < k.end() && k.start() < f.end()) {
                    clash = true;
                    break;
                }
            }
            if (!clash) kept.add(f);
        }
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }
}
