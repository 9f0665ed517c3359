package org.sitrep.nlp;

import java.util.Objects;

/**
 * Words the text quotes, with who said them. Short scare quotes ("victories") are not quotes in this sense and are
 * not reported.
 *
 * @param text     the quoted words, without the quotation marks
 * @param speaker  who said them as the text names them ("Fityo", "the spokesman", "a regional official"); a pronoun
 *                 is replaced by the nearest person named before; null when the text does not say
 * @param start    char offset of the quoted words in the input text
 * @param end      char offset after them
 * @param sentence index of the sentence where the quote begins
 */
public record Quote(String text, String speaker, int start, int end, int sentence) {
    public Quote {
        Objects.requireNonNull(text, "text");
    }
}
