package org.sitrep.events;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What the clusterer knows of one article. {@code terms} (content words) and {@code names} (entities, places,
 * numbers) are weighted and L2-normalised by the caller, which owns the document frequencies; {@code embedding} is a
 * unit vector or null; {@code date} is the day of what the article reports (or of its publication), null when
 * unknown; {@code originEvent} is the event of the article this one copies, when there is one; {@code places} are
 * the specific places it names (towns, villages, districts: not countries or first-level regions) with how
 * prominently (mentions, more for the headline and lead); {@code replaces}, for the original of a copy that is
 * already in an event with its own vectors, are that copy's vectors (weighted as this article's), to take out: the
 * original stands for the pair from then on; {@code termsInformation} and {@code namesInformation} say how much
 * each vector carries (see {@link EventVectors.Weighted}); {@code originArticle} is the article behind
 * {@code originEvent} (the original this one copies, or the copy this original replaces), null when unknown.
 */
public record EventFeatures(String articleId, String outlet, String title, Map<String, Float> terms,
                            Map<String, Float> names, LocalDate date, float[] embedding, String originEvent,
                            Map<String, Integer> places, Vectors replaces, double termsInformation,
                            double namesInformation, String originArticle, String language) {
    public EventFeatures {
        Objects.requireNonNull(articleId, "articleId");
        terms = Map.copyOf(terms);
        names = Map.copyOf(names);
        places = places == null ? Map.of() : Map.copyOf(places);
    }

    /** Features of an article whose language is not known. */
    public EventFeatures(String articleId, String outlet, String title, Map<String, Float> terms, Map<String, Float> names,
                         LocalDate date, float[] embedding, String originEvent, Map<String, Integer> places,
                         Vectors replaces, double termsInformation, double namesInformation, String originArticle) {
        this(articleId, outlet, title, terms, names, date, embedding, originEvent, places, replaces, termsInformation,
                namesInformation, originArticle, null);
    }

    /** Features without the article behind the origin event. */
    public EventFeatures(String articleId, String outlet, String title, Map<String, Float> terms, Map<String, Float> names,
                         LocalDate date, float[] embedding, String originEvent, Map<String, Integer> places,
                         Vectors replaces, double termsInformation, double namesInformation) {
        this(articleId, outlet, title, terms, names, date, embedding, originEvent, places, replaces, termsInformation,
                namesInformation, null, null);
    }

    /** Whether the language is known ("und" and null are not). */
    public boolean knownLanguage() {
        return language != null && !language.equals("und");
    }

    /** An article's vectors alone. */
    public record Vectors(Map<String, Float> terms, Map<String, Float> names, float[] embedding) {
    }
}
