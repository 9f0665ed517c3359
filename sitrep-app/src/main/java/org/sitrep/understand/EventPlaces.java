package org.sitrep.understand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.geo.OutletHome;
import org.sitrep.geo.PlaceEvidence;
import org.sitrep.geo.PlaceMention;
import org.sitrep.geo.PlaceResolution;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.geo.TransliterationKey;
import org.sitrep.nlp.Mention;
import org.sitrep.store.EventPlaceRows.ArticleText;
import org.sitrep.store.EventPlaceRows.PlaceRow;
import org.sitrep.store.EventPlaceRows.Settled;

/**
 * The event's other places (issue 16): a place one report leaves doubtful, "Ivanivka" with nothing near it in the
 * article, is often named beside a place another report of the same event puts on the map ("Ivanivka, near
 * Kupiansk"). A reader of both settles it; so does this. An article's doubtful mentions (ambiguous, or a guess among
 * namesakes) are read again with its other place mentions, as at annotation, and with the places the event's other
 * articles named with confidence as context ({@link PlaceResolver#resolve(List, OutletHome, List)}: closeness to them
 * is evidence {@link PlaceEvidence#EVENT_PLACES}; countries and first-level regions among them are not). A mention is settled only
 * where that evidence took part in the new reading and the reading is surer than the stored one: ambiguous becomes a
 * guess or a place, a guess becomes a place; nothing is ever made less sure, and a place already chosen stays.
 */
public final class EventPlaces {
    private EventPlaces() {
    }

    /** Whether a stored place mention is one an event could settle: ambiguous, or a guess among namesakes. */
    public static boolean doubtful(PlaceRow r) {
        return "ambiguous".equals(r.status()) || ArticleAnalysis.GUESSED.equals(r.status());
    }

    /**
     * The GeoNames ids of the places an article's mentions chose with at least {@code confidentAt}, where they say where
     * (a demonym's or a name's nested country says who, not where: {@link ArticleAnalysis#NOT_WHERE}), in text order.
     */
    public static Set<Long> confidentPlaces(List<PlaceRow> article, double confidentAt) {
        Set<Long> out = new LinkedHashSet<>();
        for (PlaceRow r : article) {
            if (!"resolved".equals(r.status()) || r.geonameId() == null || ArticleAnalysis.NOT_WHERE.contains(r.nerType())) continue;
            if (r.confidence() != null && r.confidence() < confidentAt) continue;
            out.add(r.geonameId());
        }
        return out;
    }

    /**
     * What the event's other places settle among one article's doubtful mentions.
     *
     * @param article     the article's stored place mentions
     * @param text        its text and sentences, to read each mention in its sentence again
     * @param eventPlaces the places other articles of its event named with confidence
     * @param home        the outlet's home as the annotation pass would take it; null when unknown
     */
    public static List<Settled> settle(List<PlaceRow> article, ArticleText text, List<GazetteerPlace> eventPlaces,
                                       PlaceResolver resolver, OutletHome home) {
        if (eventPlaces.isEmpty() || article.stream().noneMatch(EventPlaces::doubtful)) return List.of();
        List<PlaceRow> asked = new ArrayList<>();
        List<PlaceMention> mentions = new ArrayList<>();
        for (PlaceRow r : article) {
            if (ArticleAnalysis.NOT_WHERE.contains(r.nerType())) continue;
            if (r.sentence() < 0 || r.sentence() >= text.sentences().size()) continue;
            int[] s = text.sentences().get(r.sentence());
            String nerType = Mention.PROPER.equals(r.nerType()) ? "" : r.nerType();
            asked.add(r);
            mentions.add(new PlaceMention(r.text(), r.start(), r.end(), ArticleAnalysis.sentenceText(text.text(), s[0], s[1]), nerType,
                    text.language()));
        }
        List<PlaceResolution> read = resolver.resolve(mentions, home, eventPlaces);
        List<Settled> out = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            PlaceRow r = asked.get(i);
            if (!doubtful(r) || !(read.get(i) instanceof PlaceResolution.Resolved ok)) continue;
            if (!ok.evidence().contains(PlaceEvidence.EVENT_PLACES)) continue;
            boolean surer = !ok.guess() || "ambiguous".equals(r.status());
            if (!surer) continue;
            GazetteerPlace p = ok.place();
            String spelling = EntityNames.clean(r.text());
            out.add(new Settled(r.articleId(), r.start(), r.end(), EntityLinker.newPlace(p), ok.guess() ? ArticleAnalysis.GUESSED : "resolved",
                    ok.confidence(), ArticleAnalysis.evidence(ok.evidence()), ok.why(), spelling, TransliterationKey.of(spelling)));
        }
        return out;
    }
}
