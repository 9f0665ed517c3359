package org.sitrep.nlp.slavic;

/**
 * One token of a text: a word (letters, with apostrophes and hyphens inside), a number, an abbreviation or initial
 * with its dot ("вул.", "В."), or one punctuation character (quotes «» „“ are tokens of their own).
 *
 * @param text     the token as written
 * @param start    char offset in the text
 * @param end      char offset after the token
 * @param sentence index of its sentence
 * @param index    position among all tokens of the text
 */
public record SlavicToken(String text, int start, int end, int sentence, int index) {
    /** Whether the token starts with a letter. */
    public boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    /** Whether it starts with a digit. */
    public boolean isNumber() {
        return Character.isDigit(text.codePointAt(0));
    }

    /** Whether it starts with an upper-case letter. */
    public boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether it is written in capitals, two letters or more ("ЗСУ", "NATO", "ПАТ"): an acronym. */
    public boolean isAcronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c != '-' && !Character.isDigit(c)) return false;
        }
        return letters >= 2;
    }

    /** Whether it is one capital letter and a dot: an initial ("В.", or "В ." in text tokenized with spaces). */
    public boolean isInitial() {
        return Character.isUpperCase(text.charAt(0)) && (text.length() == 2 && text.charAt(1) == '.'
                || text.length() == 3 && text.charAt(1) == ' ' && text.charAt(2) == '.');
    }

    /** The token in lower case. */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
