package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Facet;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContext;

/**
 * Mends words that mix Latin and Cyrillic letters, a common typo (a Latin "a" typed on the wrong keyboard layout
 * inside "Купянськ") and a common trick (a name that looks right but matches nothing). A word written mostly in one
 * script whose other-script letters all look alike in both ({@code a/а, c/с, e/е, i/і, o/о, p/р, x/х, y/у} and the
 * capitals {@code A B C E H I K M O P T X}) is rewritten in its main script, so names resolve and search finds it;
 * any other mixed word is left as written. Either way a {@code mixed-script} problem lists the words (the first few),
 * saying which were mended. Letters are replaced one for one, so no offset moves; the source text keeps what was
 * received. Applies to the cleaned text and the title. Stateless and thread-safe.
 */
public final class MixedScript implements Stage {
    /** Words listed in the problem; the count covers the rest. */
    static final int LISTED = 5;
    private static final Map<Character, Character> LATIN_TO_CYRILLIC = Map.ofEntries(
            Map.entry('a', 'а'), Map.entry('c', 'с'), Map.entry('e', 'е'), Map.entry('i', 'і'), Map.entry('o', 'о'),
            Map.entry('p', 'р'), Map.entry('x', 'х'), Map.entry('y', 'у'), Map.entry('A', 'А'), Map.entry('B', 'В'),
            Map.entry('C', 'С'), Map.entry('E', 'Е'), Map.entry('H', 'Н'), Map.entry('I', 'І'), Map.entry('K', 'К'),
            Map.entry('M', 'М'), Map.entry('O', 'О'), Map.entry('P', 'Р'), Map.entry('T', 'Т'), Map.entry('X', 'Х'));
    private static final Map<Character, Character> CYRILLIC_TO_LATIN = inverse();

    @Override
    public String name() {
        return "mixed-script";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.CLEAN_TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of();
    }

    @Override
    public Article apply(Article a, StageContext context) {
        List<String> mended = new ArrayList<>();
        List<String> left = new ArrayList<>();
        String text = mend(a.text(), mended, left);
        String title = mend(a.title(), mended, left);
        if (mended.isEmpty() && left.isEmpty()) return a;
        Article out = new Article(a.id(), a.origin(), a.outlet(), a.url(), title, a.published(), a.fetched(), a.language(),
                a.languageConfidence(), a.sourceText(), text, a.removed(), a.fields(), a.problems());
        return out.withProblem(name(), "mixed-script", describe(mended, left));
    }

    static String describe(List<String> mended, List<String> left) {
        StringBuilder b = new StringBuilder();
        if (!mended.isEmpty()) b.append(mended.size()).append(mended.size() == 1 ? " word" : " words")
                .append(" mixing Latin and Cyrillic look-alike letters written in one script: ").append(listed(mended));
        if (!left.isEmpty()) {
            if (!b.isEmpty()) b.append("; ");
            b.append(left.size()).append(left.size() == 1 ? " word" : " words").append(" mixing Latin and Cyrillic left as written: ")
                    .append(listed(left));
        }
        return b.toString();
    }

    private static String listed(List<String> words) {
        String shown = String.join(", ", words.subList(0, Math.min(LISTED, words.size())));
        return words.size() > LISTED ? shown + " and " + (words.size() - LISTED) + " more" : shown;
    }

    /**
     * {@code s} with each mixed word that can be written in its main script so written; the words (as received) go
     * to {@code mended} or {@code left}. Null stays null; a string without mixed words is returned as is.
     */
    static String mend(String s, List<String> mended, List<String> left) {
        if (s == null) return null;
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int latin = 0, cyrillic = 0;
            while (i < s.length() && (Character.isLetter(s.charAt(i)) || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK)) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
                if (sc == Character.UnicodeScript.LATIN) latin++;
                else if (sc == Character.UnicodeScript.CYRILLIC) cyrillic++;
                i++;
            }
            if (latin == 0 || cyrillic == 0) continue;
            String word = s.substring(start, i);
            String fixed = rewrite(word, cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN);
            if (fixed == null) {
                left.add(word);
                continue;
            }
            mended.add(word);
            if (out == null) out = new StringBuilder(s);
            out.replace(start, i, fixed);
        }
        return out == null ? s : out.toString();
    }

    /** The word with every letter of the map's source script replaced, or null when one has no look-alike. */
    private static String rewrite(String word, Map<Character, Character> map) {
        Character.UnicodeScript from = map == LATIN_TO_CYRILLIC ? Character.UnicodeScript.LATIN : Character.UnicodeScript.CYRILLIC;
        StringBuilder b = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.UnicodeScript.of(c) != from) {
                b.append(c);
                continue;
            }
            Character to = map.get(c);
            if (to == null) return null;
            b.append(to.charValue());
        }
        return b.toString();
    }

    private static Map<Character, Character> inverse() {
        Map<Character, Character> m = new java.util.HashMap<>();
        LATIN_TO_CYRILLIC.forEach((l, c) -> m.put(c, l));
        return Map.copyOf(m);
    }
}
