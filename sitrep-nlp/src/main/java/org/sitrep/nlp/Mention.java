package org.sitrep.nlp;

import java.util.Objects;

/**
 * A name in the text: a CoreNLP entity mention of type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
 * {@code CITY}, {@code STATE_OR_PROVINCE} or {@code COUNTRY} (CoreNLP's own type, kept), or a capitalised
 * proper-noun span of type {@link #PROPER} that CoreNLP left untyped or typed oddly (it tags Kupiansk as PERSON).
 * A span may appear twice, once with CoreNLP's type and once as {@code PROPER}: place resolution reads both.
 *
 * @param text     the span's text
 * @param start    char offset in the input text
 * @param end      char offset after the span
 * @param type     the type, as above
 * @param sentence index of its sentence
 * @param base     the name in its dictionary form, for languages that inflect names ("Куп'янську" → "Куп'янськ",
 *                 "Сирського" → "Сирський", "w Kupiańsku" → "Kupiańsk"); the text itself where nothing is inflected
 */
public record Mention(String text, int start, int end, String type, int sentence, String base) {
    /** The type of a proper-noun span that may be a place, whatever CoreNLP called it. */
    public static final String PROPER = "PROPER";

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (base == null || base.isBlank()) base = text;
    }

    /** A mention whose base form is its text (English). */
    public Mention(String text, int start, int end, String type, int sentence) {
        this(text, start, end, type, sentence, text);
    }
}
