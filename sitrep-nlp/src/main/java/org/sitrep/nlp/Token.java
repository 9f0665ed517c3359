package org.sitrep.nlp;

/**
 * One CoreNLP token, copied out of CoreNLP's maps so the rules in this package read plain fields.
 *
 * @param index    position among all tokens of the text
 * @param sentence index of its sentence
 */
record Token(String word, String tag, String lemma, String ner, String normalized, int start, int end, int sentence, int index) {
    boolean isNoun() {
        return tag.startsWith("NN");
    }

    boolean isProperNoun() {
        return tag.equals("NNP") || tag.equals("NNPS");
    }

    boolean isNumber() {
        return tag.equals("CD");
    }

    boolean isPunctuation() {
        return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
    }

    String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }
}
