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
     */
    static List<Found> find(String text, Annotations ann, List<Found> kept, List<PlaceMention> asked, PlaceLookup places,
                                            org.sitrep.geo.OutletHome outletHome, MentionRules rules) {
        if (places.resolver().isEmpty()) return List.of();
        var resolver = places.resolver().get();
        List<PlaceMention> all = new ArrayList<>(asked);
        List<Found> organisations = new ArrayList<>();
        List<NestedPlaceNames.Run> runs = new ArrayList<>();
        for (Found f : kept) {
            if (f.kind() != Kind.ORGANIZATION || f.end() > text.length() || f.start() < 0) continue;
            String name = text.substring(f.start(), f.end());
            for (NestedPlaceNames.Run r : NestedPlaceNames.find(name, f.nerType(), resolver::namesProminentPlace, rules.nestedAnywhere())) {
                int start = f.start() + r.start();
                int end = f.start() + r.end();
                organisations.add(f);
                runs.add(r);
                all.add(new PlaceMention(r.text(), start, end, ArticleAnalysis.sentenceText(text, ann.sentences().get(f.sentence())), f.nerType()));
            }
        }
        List<Found> out = new ArrayList<>();
        if (rules.nestedDemonyms()) out.addAll(demonyms(text, organisations, runs, kept, places));
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
     * "the Russian Defence Ministry", "Tamil National Alliance": a demonym inside the name of an organisation is a
     * mention of its country named inside that name ({@link ArticleAnalysis#NESTED}), where no place found inside the name covers it.
     */
    private static List<Found> demonyms(String text, List<Found> withPlaces, List<NestedPlaceNames.Run> runs, List<Found> kept,
                                              PlaceLookup places) {
        List<Found> out = new ArrayList<>();
        for (Found f : kept) {
            if (f.kind() != Kind.ORGANIZATION || f.end() > text.length() || f.start() < 0) continue;
            for (Demonyms.Found d : Demonyms.shipped().find(text.substring(f.start(), f.end()))) {
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
