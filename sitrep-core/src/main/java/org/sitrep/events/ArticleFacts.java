package org.sitrep.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a store knows of one article that the event stage needs, as loaded, before any rule is applied (the rules are
 * {@link EventInputs}'). Immutable apart from the arrays.
 *
 * @param id            the article's id
 * @param outlet        its outlet; null when unknown
 * @param title         its headline as stored; null or blank when it has none
 * @param text          its clean text; null when none
 * @param published     the day (UTC) it was published; null when unknown (a fetch time says nothing of when things
 *                      happened)
 * @param annotated     whether the annotation pass read it (else it has no entities, places nor time mentions)
 * @param entities      the entity ids of its mentions, one per occurrence, when its names are to be its entities;
 *                      null when they are to be its capitalised words (not annotated, or words chosen)
 * @param places        its mentions of resolved places (with a GeoNames id), one per occurrence; empty when not
 *                      annotated
 * @param reportedDays  the days it names at day precision, read against its publication date (not its own date, not
 *                      against the fetch time), one per mention; empty when not annotated
 * @param embedding     its sentence embedding as stored (any length); null when none
 * @param originEvent   the event of the article it has a copy relation with, when that one is placed
 * @param originArticle the article behind {@code originEvent}
 * @param replaces      for an original whose copy already sits in {@code originEvent} with its own vectors: that copy's
 *                      vectors, to take out; else null
 * @param language      its language (ISO 639-1, "und"); null when unknown
 * @param entityNames   its mentions linked to entities, in text order, each with its entity's own name (whatever the
 *                      article's spelling, script or case ending); empty when not annotated
 */
public record ArticleFacts(String id, String outlet, String title, String text, LocalDate published, boolean annotated,
                           List<Long> entities, List<PlaceMention> places, List<LocalDate> reportedDays, float[] embedding,
                           String originEvent, String originArticle, EventFeatures.Vectors replaces, String language,
                           List<NamedSpan> entityNames) {
    public ArticleFacts {
        Objects.requireNonNull(id, "id");
        entityNames = entityNames == null ? List.of() : List.copyOf(entityNames);
        entities = entities == null ? null : List.copyOf(entities);
        places = places == null ? List.of() : List.copyOf(places);
        reportedDays = reportedDays == null ? List.of() : List.copyOf(reportedDays);
    }

    /** Facts without a language and without entity names. */
    public ArticleFacts(String id, String outlet, String title, String text, LocalDate published, boolean annotated, List<Long> entities,
                        List<PlaceMention> places, List<LocalDate> reportedDays, float[] embedding, String originEvent, String originArticle,
                        EventFeatures.Vectors replaces) {
        this(id, outlet, title, text, published, annotated, entities, places, reportedDays, embedding, originEvent, originArticle, replaces,
                null, List.of());
    }

    /**
     * A mention linked to an entity: offsets into the text and the entity's own name.
     *
     * @param start char offset of the mention in the text
     * @param end   char offset after it
     * @param name  its entity's name ("Kupiansk" for "у Купʼянську")
     */
    public record NamedSpan(int start, int end, String name) {
    }

    /**
     * One mention of a resolved place.
     *
     * @param entityId    the place's entity id
     * @param sentence    the index of the sentence it is in (0: the first, the headline's lead)
     * @param featureCode its GeoNames feature code ({@code PPL}, {@code ADM1}, {@code PCLI}…); null when unknown
     */
    public record PlaceMention(long entityId, int sentence, String featureCode) {
    }
}
