package org.sitrep.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.geo.Demonyms;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.geo.NestedPlaceNames;
import org.sitrep.geo.PlaceMention;
import org.sitrep.geo.PlaceResolution;
import org.sitrep.nlp.Annotations;
import org.sitrep.understand.ArticleAnalysis.Found;
import org.sitrep.understand.ArticleAnalysis.Kind;

/**
 * The place mentions named inside the names of organisations, for {@link ArticleAnalysis}: each of type {@link
 * ArticleAnalysis#NESTED}, beside the organisation's mention, which stays. Pure, like the class it serves.
 */
final class NestedPlaces {
    private NestedPlaces() {
    }

    /**
     * "New York" in "New York Times", "Louisville" in "Louisville Metro Police": the places named inside the names of
     * organisations ({@link NestedPlaceNames}, tested by {@link org.sitrep.geo.PlaceResolver#namesProminentPlace}),
     * each resolved among the article's other place mentions (whose own resolutions are kept as they were: the second
     * call's answers for them are not read) and kept only when resolved without a guess; type {@link ArticleAnalysis#NESTED}.
     * With {@link MentionRules#oneSense}, a run (or an organisation's whole name) spelt as a place the article places
     * confidently elsewhere is that place, unasked ({@link ArticleSenses}); with {@link MentionRules#nestedCounties},
     * a county the gazetteer holds under its full name is asked too ("Daviess County Public Schools"); with {@link
     * MentionRules#insideUnknownPlaces}, a place-typed name the gazetteer lacks is read as an organisation's is
     * ("Air Zimbabwe").
     */
    static List<Found> find(String text, Annotations ann, List<Found> kept, List<PlaceMention> asked, PlaceLookup places,
                                            org.sitrep.geo.OutletHome outletHome, MentionRules rules, String language) {
        if (places.resolver().isEmpty()) return List.of();
        var resolver = places.resolver().get();
        ArticleSenses senses = rules.oneSense() ? ArticleSenses.of(kept, resolver.params().confidentAt()) : ArticleSenses.none();
        java.util.function.Predicate<String> namesPlace = t -> resolver.namesProminentPlace(t) || senses.names(t)
                || rules.nestedCounties() && resolver.namesCounty(t);
        List<PlaceMention> all = new ArrayList<>(asked);
        List<Found> organisations = new ArrayList<>();
        List<NestedPlaceNames.Run> runs = new ArrayList<>();
        List<Found> out = new ArrayList<>();
        for (Found f : kept) {
            if (f.end() > text.length() || f.start() < 0) continue;
            boolean organisation = f.kind() == Kind.ORGANIZATION;
            if (!organisation && !(rules.insideUnknownPlaces() && unknownPlace(f))) continue;
            String name = text.substring(f.start(), f.end());
            Optional<Found> whole = organisation ? senses.of(name) : Optional.empty();
            if (whole.isPresent()) {
                out.add(sameSense(f, 0, name.length(), name, whole.get(), "the name of “" + f.text() + "”"));
                continue;
            }
            String type = organisation ? NestedPlaceNames.ORGANIZATION : f.nerType();
            // An untyped name (a title, an event, a product) is read more strictly: a country only under its main name
            // ("Indie Series Awards"), no first-level region ("Nord Stream"), and a place only first or after "of"
            // ("Muscat International Film Festival", not "Butterball Turkey Talk Line").
            boolean untyped = org.sitrep.nlp.Mention.PROPER.equals(f.nerType());
            java.util.function.Predicate<String> test = untyped ? t -> resolver.namesProminentPlaceStrictly(t) || senses.names(t) : namesPlace;
            boolean anywhere = rules.nestedAnywhere() && !untyped;
            for (NestedPlaceNames.Run r : NestedPlaceNames.find(name, type, test, anywhere)) {
                Optional<Found> known = senses.of(r.text());
                if (known.isPresent()) {
                    out.add(sameSense(f, r.start(), r.end(), r.text(), known.get(), "named inside “" + f.text() + "”"));
                    continue;
                }
                int start = f.start() + r.start();
                int end = f.start() + r.end();
                organisations.add(f);
                runs.add(r);
                all.add(new PlaceMention(r.text(), start, end, ArticleAnalysis.sentenceText(text, ann.sentences().get(f.sentence())), f.nerType(),
                        language));
            }
        }
        if (rules.nestedDemonyms()) {
            // A demonym read as the place the article names elsewhere ("Polish" in "Polish Armed Forces") is found once.
            for (Found d : demonyms(text, organisations, runs, kept, places)) {
                if (out.stream().noneMatch(o -> o.start() == d.start() && o.end() == d.end())) out.add(d);
            }
        }
        if (runs.isEmpty()) return out;
        List<PlaceResolution> rs = resolver.resolve(all, outletHome);
        for (int i = 0; i < runs.size(); i++) {
            if (!(rs.get(asked.size() + i) instanceof PlaceResolution.Resolved ok) || ok.guess()) continue;
            Found org = organisations.get(i);
            NestedPlaceNames.Run r = runs.get(i);
            out.add(new Found(org.start() + r.start(), org.start() + r.end(), r.text(), ArticleAnalysis.NESTED, Kind.PLACE, org.sentence(), ok.place(),
                    "resolved", "named inside “" + org.text() + "”; " + ok.why(), r.text(), ok.confidence(), ArticleAnalysis.evidence(ok.evidence())));
        }
        return out;
    }

    /**
     * The names after {@code kept}, where a place-typed name the gazetteer lacks has a place found inside it: that name
     * is one named after the place ("Air Zimbabwe" the airline, "Birmingham City" the club), an organisation as a
     * reader takes it, beside the place inside it, which the name no longer hides. Every other name as it was.
     */
    static List<Found> namedAfterPlaces(List<Found> kept, List<Found> nested, MentionRules rules) {
        if (!rules.insideUnknownPlaces()) return kept;
        List<Found> out = new ArrayList<>(kept.size());
        for (Found f : kept) {
            boolean namedAfter = unknownPlace(f) && nested.stream().anyMatch(n -> f.start() <= n.start() && n.end() <= f.end());
            out.add(namedAfter ? new Found(f.start(), f.end(), f.text(), NestedPlaceNames.ORGANIZATION, Kind.ORGANIZATION, f.sentence(), null,
                    null, null, f.base()) : f);
        }
        return out;
    }

    /**
     * A name written as a kind of place ("Washington Township", "Borno State", "Oskil River", "Royal Street"): still a
     * place the gazetteer lacks, never an organisation named after the place inside it.
     */
    private static final java.util.regex.Pattern PLACE_DESIGNATION = java.util.regex.Pattern.compile(
            "(?i).*\\s(?:township|county|parish|state|province|region|oblast|raion|district|municipality|borough|town|"
                    + "village|city|river|lake|sea|ocean|bay|island|islands|valley|mountains?|street|avenue|road|square|"
                    + "direction|axis|front)$");

    /** A place-typed name that the resolver found in no gazetteer entry ("Air Zimbabwe", "Birmingham City"). */
    static boolean unknownPlace(Found f) {
        return f.kind() == Kind.PLACE && f.place() == null && NestedPlaceNames.READ.contains(f.nerType())
                && !PLACE_DESIGNATION.matcher(f.text().strip()).matches()
                && !NestedPlaceNames.ORGANIZATION.equals(f.nerType())
                && PlaceResolution.Reason.NOT_IN_GAZETTEER.name().toLowerCase(java.util.Locale.ROOT).equals(f.placeStatus());
    }

    /** The place {@code known} (placed confidently elsewhere in the article) named at {@code start..end} of {@code name}'s span. */
    private static Found sameSense(Found name, int start, int end, String text, Found known, String where) {
        return new Found(name.start() + start, name.start() + end, text, ArticleAnalysis.NESTED, Kind.PLACE, name.sentence(), known.place(),
                "resolved", where + "; spelt like " + known.place().name() + ", resolved elsewhere in the article", text,
                known.placeConfidence(), known.placeEvidence());
    }

    /**
     * "the Russian Defence Ministry", "Tamil National Alliance": a demonym inside the name of an organisation is a
     * mention of its country named inside that name ({@link ArticleAnalysis#NESTED}), where no place found inside the name covers it.
     */
    private static List<Found> demonyms(String text, List<Found> withPlaces, List<NestedPlaceNames.Run> runs, List<Found> kept,
                                              PlaceLookup places) {
        List<Found> out = new ArrayList<>();
        for (Found f : kept) {
            if (f.kind() != Kind.ORGANIZATION || f.end() > text.length() || f.start() < 0) continue;
            for (Demonyms.Found d : Demonyms.shipped().find(text.substring(f.start(), f.end()))) {
                // In an untyped name, only a demonym that opens it ("Asian Tribune", not "the Hot Russian Summer").
                if (org.sitrep.nlp.Mention.PROPER.equals(f.nerType()) && d.start() != 0) continue;
                int start = f.start() + d.start();
                int end = f.start() + d.end();
                boolean covered = start == f.start() && end == f.end();
                for (int i = 0; i < runs.size(); i++) {
                    Found o = withPlaces.get(i);
                    if (o == f && o.start() + runs.get(i).start() < end && start < o.start() + runs.get(i).end()) covered = true;
                }
                if (covered) continue;
                Optional<GazetteerPlace> p = places.byId(d.geonameId());
                if (p.isEmpty()) continue;
                out.add(new Found(start, end, d.text(), ArticleAnalysis.NESTED, Kind.PLACE, f.sentence(), p.get(), "resolved",
                        "a demonym of " + p.get().name() + " named inside “" + f.text() + "”"));
            }
        }
        return out;
    }
}
