package org.sitrep.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.geo.GeoNames;
import org.sitrep.geo.PlaceParams;
import org.sitrep.nlp.Quantity;
import org.sitrep.nlp.TimeMention;
import org.sitrep.store.EntityReads;

/**
 * The stable JSON shapes of entities and annotations, shared by {@code sitrep entities|show --annotations --json} and
 * the HTTP API. snake_case names, never renamed; new fields may be added. Wherever GeoNames data shows, {@code
 * attribution} carries {@link GeoNames#ATTRIBUTION}.
 */
public final class EntityJson {
    private EntityJson() {
    }

    /**
     * id, type (person, organization, place), name, mentions, articles, spellings [{text, count}], geonames_id (null
     * unless a place with a GeoNames id), latitude, longitude, country, admin1, feature_code (null unless a resolved
     * place).
     */
    public static Map<String, Object> entity(EntityReads.Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type().toLowerCase(Locale.ROOT));
        m.put("name", e.name());
        m.put("mentions", e.mentions());
        m.put("articles", e.articles());
        List<Map<String, Object>> spellings = new ArrayList<>();
        for (EntityReads.Spelling s : e.spellings()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("text", s.text());
            x.put("count", s.count());
            spellings.add(x);
        }
        m.put("spellings", spellings);
        // Negative ids are Sitrep's own (countries derived from cities500, places of a postal file): not GeoNames ids.
        m.put("geonames_id", e.geonameId() != null && e.geonameId() > 0 ? e.geonameId() : null);
        m.put("latitude", e.latitude());
        m.put("longitude", e.longitude());
        m.put("country", e.country());
        m.put("admin1", e.admin1());
        m.put("feature_code", e.featureCode());
        return m;
    }

    /** {total, limit, offset, attribution, items: [entity]}. */
    public static Map<String, Object> page(EntityReads.EntityPage p, int limit, int offset) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", p.total());
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("attribution", GeoNames.ATTRIBUTION);
        m.put("items", p.items().stream().map(EntityJson::entity).toList());
        return m;
    }

    /** The entity plus attribution and article_list [{id, title, published, outlet, mentions}]. */
    public static Map<String, Object> detail(EntityReads.EntityDetail d) {
        Map<String, Object> m = entity(d.entity());
        m.put("attribution", d.entity().latitude() == null ? null : GeoNames.ATTRIBUTION);
        List<Map<String, Object>> articles = new ArrayList<>();
        for (EntityReads.EntityArticle a : d.articles()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", a.id());
            x.put("title", a.title());
            x.put("published", a.published());
            x.put("outlet", a.outlet());
            x.put("mentions", a.mentions());
            articles.add(x);
        }
        m.put("article_list", articles);
        return m;
    }

    /**
     * article_id, status (annotated, skipped, pending), reason, reference, reference_is_fetch_time, tokens,
     * places_note, attribution, mentions[], dates[], quantities[], quotes[] (each quantity and quote with its
     * sentence's text).
     */
    public static Map<String, Object> annotations(EntityReads.StoredAnnotations a, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", a.articleId());
        m.put("status", a.status());
        m.put("reason", a.reason());
        m.put("reference", a.reference() == null ? null : a.reference().toString());
        m.put("reference_is_fetch_time", a.referenceIsFetchTime());
        m.put("tokens", a.tokens());
        m.put("places_note", a.placesNote());
        m.put("attribution", GeoNames.ATTRIBUTION);
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (EntityReads.StoredMention x : a.mentions()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("start", x.start());
            y.put("end", x.end());
            y.put("text", x.text());
            y.put("kind", x.kind().toLowerCase(Locale.ROOT));
            y.put("ner_type", x.nerType());
            y.put("entity_id", x.entityId());
            y.put("place_status", x.placeStatus());
            y.put("place_detail", x.placeDetail());
            // How sure the resolver was, and why; a guess (below PlaceParams' confidentAt) is shown as one.
            y.put("place_confidence", x.placeConfidence());
            y.put("place_evidence", x.placeEvidence() == null ? null : x.placeEvidence().isEmpty() ? List.of()
                    : List.of(x.placeEvidence().split(",")));
            y.put("place_guess", "guessed".equals(x.placeStatus())
                    || x.placeConfidence() != null && x.placeConfidence() < PlaceParams.defaults().confidentAt());
            y.put("geonames_id", x.geonameId() != null && x.geonameId() > 0 ? x.geonameId() : null);
            y.put("latitude", x.latitude());
            y.put("longitude", x.longitude());
            y.put("sentence", x.sentence());
            mentions.add(y);
        }
        m.put("mentions", mentions);
        List<Map<String, Object>> dates = new ArrayList<>();
        for (TimeMention t : a.times()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("start", t.start());
            y.put("end", t.end());
            y.put("text", t.text());
            y.put("value", t.value());
            y.put("precision", t.precision().name().toLowerCase(Locale.ROOT));
            y.put("begin", t.begin().toString());
            y.put("until", t.until().toString());
            y.put("relative", t.relative());
            y.put("against_fetch_time", t.againstFetchTime());
            y.put("own_date", t.ownDate());
            y.put("sentence", t.sentence());
            dates.add(y);
        }
        m.put("dates", dates);
        List<Map<String, Object>> quantities = new ArrayList<>();
        for (Quantity q : a.quantities()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("start", q.start());
            y.put("end", q.end());
            y.put("text", q.text());
            y.put("value", q.value());
            y.put("counted", q.counted());
            y.put("sentence", q.sentence());
            y.put("sentence_text", sentence(a, text, q.sentence()));
            quantities.add(y);
        }
        m.put("quantities", quantities);
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (EntityReads.StoredQuote q : a.quotes()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("start", q.quote().start());
            y.put("end", q.quote().end());
            y.put("text", q.quote().text());
            y.put("speaker", q.quote().speaker());
            y.put("speaker_entity_id", q.speakerEntityId());
            y.put("sentence", q.quote().sentence());
            y.put("sentence_text", sentence(a, text, q.quote().sentence()));
            quotes.add(y);
        }
        m.put("quotes", quotes);
        return m;
    }

    /** The text of sentence {@code i}, or null when out of range. */
    public static String sentence(EntityReads.StoredAnnotations a, String text, int i) {
        if (text == null || i < 0 || i >= a.sentences().size()) return null;
        int[] s = a.sentences().get(i);
        if (s[1] > text.length() || s[0] > s[1]) return null;
        return text.substring(s[0], s[1]);
    }
}
