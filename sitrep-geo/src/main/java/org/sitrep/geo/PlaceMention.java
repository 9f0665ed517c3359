package org.sitrep.geo;

import java.util.Objects;

/**
 * A place-like mention in an article, as a recogniser found it.
 *
 * @param text     the surface text ("Kupyansk", "Kupiansk's", "Kharkiv region")
 * @param start    character offset of the mention in the article text
 * @param end      end offset (exclusive)
 * @param sentence the sentence (or a window of text) that contains the mention; gives the words around it
 * @param nerType  the recogniser's type ("LOCATION", "GPE", "PERSON", "ORGANIZATION", "MISC"…), which may be wrong;
 *                 empty when unknown
 * @param language the language of the article (ISO 639-1), empty when unknown: a mention in a Polish article is read
 *                 as Polish ("z Rosji" → Rosja) even where its sentence has no letter only Polish uses
 */
public record PlaceMention(String text, int start, int end, String sentence, String nerType, String language) {
    public PlaceMention {
        Objects.requireNonNull(text, "text");
        sentence = sentence == null ? "" : sentence;
        nerType = nerType == null ? "" : nerType;
        language = language == null ? "" : language;
    }

    /** A mention in an article of unknown language. */
    public PlaceMention(String text, int start, int end, String sentence, String nerType) {
        this(text, start, end, sentence, nerType, "");
    }
}
