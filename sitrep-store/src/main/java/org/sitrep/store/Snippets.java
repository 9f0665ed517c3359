package org.sitrep.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** A short window of text around the first place a query term occurs. Stateless. */
final class Snippets {
    static final int RADIUS = 90;

    private Snippets() {
    }

    static String around(String text, Set<String> terms) {
        if (text == null || text.isEmpty()) return "";
        String folded = fold(text);
        int at = -1;
        for (String t : terms) {
            int i = indexOfWord(folded, fold(t));
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        if (at < 0) at = 0;
        int start = Math.max(0, at - RADIUS);
        int end = Math.min(text.length(), at + RADIUS);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
        return (start > 0 ? "…" : "") + text.substring(start, end).replaceAll("\\s+", " ").strip() + (end < text.length() ? "…" : "");
    }

    /** Lower case without accents, the same length as the input so offsets carry over. */
    private static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String c = Normalizer.normalize(String.valueOf(s.charAt(i)), Normalizer.Form.NFD);
            sb.append(Character.toLowerCase(c.charAt(0)));
        }
        return sb.toString().toLowerCase(Locale.ROOT).length() == s.length() ? sb.toString() : s.toLowerCase(Locale.ROOT);
    }

    private static int indexOfWord(String text, String word) {
        if (word.isEmpty()) return -1;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (startOk) return i;
        }
        return -1;
    }
}
