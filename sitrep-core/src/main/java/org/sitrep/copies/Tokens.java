package org.sitrep.copies;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word tokens for comparing texts across outlets: NFKD, accents and case dropped, letters and digits only. */
public final class Tokens {
    /** Words that carry no content for alignment (English; other languages fall back to length ≥ 3). */
    static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "been",
            "from", "this", "its", "his", "her", "their", "they", "them", "which", "who", "said", "says", "also", "not", "but", "into",
            "over", "after", "before", "about", "than", "then", "there", "here", "will", "would", "could", "can", "did", "does", "all",
            "any", "more", "most", "some", "such", "only", "other", "our", "out", "one", "two", "per", "yet", "may", "while", "since");

    private Tokens() {
    }

    /** The word tokens of {@code text}, in order. */
    public static List<String> of(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '’') {
                // accents vanish; apostrophes join (Kyiv's → kyivs)
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) out.add(w.toString());
        return out;
    }

    /** Whether a token carries content: three characters or more and not a stop word. */
    public static boolean isContent(String token) {
        return token.length() >= 3 && !STOP.contains(token);
    }
}
