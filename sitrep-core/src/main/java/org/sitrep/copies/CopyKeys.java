package org.sitrep.copies;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * The keys that FIND copy candidates, as opposed to the rules that judge them ({@link CopyJudge}): a headline key, the
 * headline's word pairs and the body's winnowed lead keys, which the search index files with each article
 * ({@link CandidateKeys}), and the names and numbers by which rewrites are looked for. Finding is not judging: every
 * pair found so must still pass the judge. Pure and thread-safe.
 */
public final class CopyKeys {
    private static final Pattern FACT = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]{2,}|\\d[\\d,.]*\\d|\\d)\\b");
    private static final Set<String> COMMON_CAPS = Set.of("the", "this", "that", "these", "in", "on", "at", "a", "an", "and", "but",
            "he", "she", "it", "they", "we", "his", "her", "their", "as", "according", "meanwhile", "however", "also", "there",
            "here", "after", "before", "since", "when", "while", "for", "from", "with", "saturday", "sunday", "monday", "tuesday",
            "wednesday", "thursday", "friday", "russian", "ukrainian", "russia", "ukraine");

    private final CopyParams params;

    public CopyKeys(CopyParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    /** Translation keys filed per article at most: a long text's first names, days and numbers are enough. */
    static final int MAX_TRANSLATION_KEYS = 40;

    /** The keys the search index files with the article. */
    public CandidateKeys of(Article a) {
        String language = TranslationJudge.known(a.language()) ? a.language() : null;
        return new CandidateKeys(titleKey(a.title()), titlePairTerms(a.title()), leadKeys(a.text()), language,
                language == null ? List.of() : TranslationKeys.indexKeys(a.title(), a.text(), language, MAX_TRANSLATION_KEYS));
    }

    /**
     * A key for finding items under the same headline (a title-only copy of a syndicated item), or null when the
     * title is shorter than {@link CopyParams#minTitleTokens} words: too short to tell one report from another.
     */
    public String titleKey(String title) {
        return titleKey(title, params);
    }

    static String titleKey(String title, CopyParams params) {
        if (title == null) return null;
        List<String> t = Tokens.of(title);
        if (t.size() < params.minTitleTokens()) return null;
        return "title:" + Long.toHexString(CopySketch.fnv(String.join(" ", t)));
    }

    /**
     * Keys for finding items whose bodies share a run of 12+ words in their first {@link CopyParams#leadSpan} words: a
     * wire teaser that each outlet re-headlines and re-cuts ("Zatwierdziliśmy polski program…" / "Komisja Europejska
     * zatwierdziła polski program…"), too short for the MinHash bands to find, since a 30-word teaser under two
     * different headlines shares too few 4-word shingles. Winnowing (Schleimer, Wilkerson, Aiken 2003): of each
     * window of {@link CopyParams#leadWindow} hashed {@link CopyParams#leadGram}-word runs the smallest hash is kept,
     * ~13 keys for 60 words. Empty when the body is shorter than {@link CopyParams#bodyMinTokens} words. Finding is
     * not judging: a pair found so must still pass the body rule.
     */
    public List<String> leadKeys(String text) {
        if (text == null) return List.of();
        List<String> t = Tokens.of(text);
        if (t.size() < params.bodyMinTokens()) return List.of();
        t = t.subList(0, Math.min(params.leadSpan(), t.size()));
        int gram = params.leadGram();
        int runs = t.size() - gram + 1;
        long[] h = new long[runs];
        for (int i = 0; i < runs; i++) h[i] = CopySketch.fnv(String.join(" ", t.subList(i, i + gram)));
        Set<String> keys = new LinkedHashSet<>();
        int window = Math.min(params.leadWindow(), runs);
        for (int w = 0; w + window <= runs; w++) {
            int min = w;
            for (int i = w + 1; i < w + window; i++) if (Long.compareUnsigned(h[i], h[min]) <= 0) min = i;
            keys.add("lead:" + Long.toHexString(h[min]));
        }
        return List.copyOf(keys);
    }

    /**
     * Search terms for headlines that may be one edited: hashes of the headline's word pairs, for headlines of
     * {@link CopyParams#editedTitleMinTokens}+ words (empty otherwise). Two headlines sharing half their pairs are
     * worth judging.
     */
    public List<String> titlePairTerms(String title) {
        if (title == null) return List.of();
        List<String> t = Tokens.of(title);
        if (t.size() < params.editedTitleMinTokens()) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < t.size(); i++) out.add("tp:" + Long.toHexString(CopySketch.fnv(t.get(i) + " " + t.get(i + 1))));
        return List.copyOf(out);
    }

    /** A text's names and numbers, each joined into one token: the facts two reports share. */
    static Set<String> factSet(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FACT.matcher(text == null ? "" : text);
        while (m.find()) {
            List<String> t = Tokens.of(m.group(1));
            if (t.isEmpty()) continue;
            String f = String.join("", t);
            if (!COMMON_CAPS.contains(f)) out.add(f);
        }
        return out;
    }

    /** The words of a text's names and numbers, lower-cased and accent-free: search terms for rewrite candidates. */
    public static Set<String> factTerms(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FACT.matcher(text == null ? "" : text);
        while (m.find()) {
            for (String t : Tokens.of(m.group(1))) if (!COMMON_CAPS.contains(t) && (t.length() > 2 || Character.isDigit(t.charAt(0)))) out.add(t);
        }
        return out;
    }
}
