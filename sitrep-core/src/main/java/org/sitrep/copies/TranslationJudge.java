package org.sitrep.copies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * Decides whether one article translates another written in a different language. Words cannot be compared across
 * languages, so each sentence is reduced to the anchors a translation keeps ({@link TranslationKeys}: numbers, names
 * folded across scripts, calendar days, weekdays) and the two texts are aligned in order, one sentence to one or one
 * to two (a translator splits and joins sentences, reorders clauses, writes "1 200" for "1,200"). A translation when:
 * the lengths are in proportion, enough of the shorter text's anchored sentences align with strong anchor overlap, the
 * aligned sentences share two or more figures or days (names alone recur in every report about the same people), and
 * the numbers agree. A text without figures or days is never called a translation: precision first. Two independent reports of one event share the place, the day and the side; they differ in their
 * sentences and their figures, and fail the share or the numbers.
 *
 * <p>Direction: the earlier publication is the original; when the dates are missing or equal, a translation credit
 * ("за матеріалами", "перевод", "tłumaczenie", "translated from") or naming the other's outlet marks the copy; else
 * arrival order. Immutable and thread-safe.
 */
public final class TranslationJudge {
    /** Anchors a pair of sentences must share: names and weekdays count 1, numbers of 2+ digits and days 2. */
    static final int PAIR_WEIGHT = 3;
    /** Distinct figures and days the aligned sentences must share ({@link #specific}). */
    static final int SPECIFIC = 2;
    /** Anchors a sentence needs to count as one a translation must retell. */
    static final int ANCHORED = 2;
    private static final Pattern CREDIT = Pattern.compile(
            "за матеріалами|переклад|в перекладі|за даними видання|по материалам|перевод|в переводе|tłumaczeni|przetłumacz|na podstawie|"
                    + "translated from|translation by|translated by|originally published|first published in",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final CopyParams params;

    public TranslationJudge(CopyParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    /** Whether the pair is one this judge decides: two known, different languages. */
    public static boolean applies(Article a, Article b) {
        return known(a.language()) && known(b.language()) && !a.language().equals(b.language());
    }

    /** Whether the language is known: an ISO code, not "und". */
    static boolean known(String language) {
        return language != null && !language.isBlank() && !language.equals("und");
    }

    /**
     * The translation relation between {@code a} and {@code b}, or empty.
     *
     * @param arrivedFirst the id of the one ingested first, for when nothing else tells the direction
     * @param similarity   cosine of the two leads' embeddings, NaN when unknown (shown as evidence, not used)
     */
    public Optional<CopyRelation> judge(Article a, Article b, String arrivedFirst, double similarity) {
        return judge(new CopyView(a, params), new CopyView(b, params), arrivedFirst, similarity);
    }

    /** As {@link #judge(Article, Article, String, double)}, with the articles' views (their anchors are kept there). */
    Optional<CopyRelation> judge(CopyView va, CopyView vb, String arrivedFirst, double similarity) {
        Article a = va.article;
        Article b = vb.article;
        if (!applies(a, b)) return Optional.empty();
        double la = a.text().length();
        double lb = b.text().length();
        if (Math.min(la, lb) == 0 || Math.max(la, lb) / Math.min(la, lb) > params.translationLength()) return Optional.empty();
        TranslationKeys.Anchors xa = va.anchors();
        TranslationKeys.Anchors xb = vb.anchors();
        int anchoredA = anchored(xa);
        int anchoredB = anchored(xb);
        boolean aShorter = anchoredA <= anchoredB;
        int shorter = Math.min(anchoredA, anchoredB);
        if (shorter < params.translationMinAligned()) return Optional.empty();
        List<int[]> pairs = align(xa.keys(), xb.keys());
        int covered = 0;
        for (int[] p : pairs) covered += aShorter ? anchored(xa, p[0], p[1]) : anchored(xb, p[2], p[3]);
        double share = Math.min(1.0, covered / (double) shorter);
        if (pairs.size() < params.translationMinAligned() || share < params.translationShare()) return Optional.empty();
        if (!numbersAgree(xa.spelling(), xb.spelling()) || specific(pairs, xa, xb) < SPECIFIC) return Optional.empty();
        return Optional.of(relation(a, xa, b, xb, pairs, share, similarity, arrivedFirst));
    }

    /**
     * Distinct figures and calendar days (numbers of two digits or more, {@code d} keys) the aligned sentences share.
     * Names recur in every report about the same people (Lavrov, Truss, NATO); a report's figures and days are its
     * own, and a translation keeps them.
     */
    static int specific(List<int[]> pairs, TranslationKeys.Anchors xa, TranslationKeys.Anchors xb) {
        Set<String> out = new HashSet<>();
        for (int[] p : pairs) {
            Set<String> y = new HashSet<>();
            for (int i = p[2]; i < p[3]; i++) y.addAll(xb.keys().get(i));
            for (int i = p[0]; i < p[1]; i++) {
                for (String k : xa.keys().get(i)) if (y.contains(k) && (k.startsWith("d") || k.startsWith("#") && k.length() >= 3)) out.add(k);
            }
        }
        return out.size();
    }

    /** Sentences with at least {@link #ANCHORED} anchors. */
    private static int anchored(TranslationKeys.Anchors x) {
        return anchored(x, 0, x.keys().size());
    }

    /** Sentences {@code from} (inclusive) to {@code to} with at least {@link #ANCHORED} anchors; 1 at least for a pair. */
    private static int anchored(TranslationKeys.Anchors x, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (x.keys().get(i).size() >= ANCHORED) n++;
        return from < to ? Math.max(n, 1) : 0;
    }

    /**
     * Whether the numbers agree: when both texts carry two or more numbers of two digits or more, at least half of
     * those of the text with fewer must be in the other. A translation keeps its figures; another report has its own.
     */
    static boolean numbersAgree(java.util.Map<String, String> ka, java.util.Map<String, String> kb) {
        Set<String> na = numbers(ka.keySet());
        Set<String> nb = numbers(kb.keySet());
        if (na.size() < 2 || nb.size() < 2) return true;
        Set<String> small = na.size() <= nb.size() ? na : nb;
        Set<String> large = small == na ? nb : na;
        int in = 0;
        for (String n : small) if (large.contains(n)) in++;
        return in * 2 >= small.size();
    }

    private static Set<String> numbers(Set<String> keys) {
        Set<String> out = new HashSet<>();
        for (String k : keys) if (k.startsWith("#") && k.length() >= 3) out.add(k);
        return out;
    }

    /** What two sentences (or a sentence and two joined) share, weighted; 0 when too little to say they are one. */
    static int weight(Set<String> x, Set<String> y) {
        int inter = 0;
        int w = 0;
        for (String k : x) {
            if (!y.contains(k)) continue;
            inter++;
            w += k.startsWith("d") || k.startsWith("#") && k.length() >= 3 ? 2 : 1;
        }
        if (inter < 2 || inter * 2 < Math.min(x.size(), y.size())) return 0;
        return w >= PAIR_WEIGHT || inter == Math.min(x.size(), y.size()) ? w : 0;
    }

    /**
     * Monotone alignment of two texts' sentences by anchors (dynamic programming over one-to-one, two-to-one and
     * one-to-two steps, maximising the shared weight). Each pair as {from a, to a, from b, to b} (ends exclusive).
     */
    static List<int[]> align(List<Set<String>> a, List<Set<String>> b) {
        int n = a.size();
        int m = b.size();
        int[][] best = new int[n + 1][m + 1];
        int[][] step = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) continue;
                int v = -1;
                int s = 0;
                if (i > 0 && best[i - 1][j] > v) { v = best[i - 1][j]; s = 1; }
                if (j > 0 && best[i][j - 1] > v) { v = best[i][j - 1]; s = 2; }
                if (i > 0 && j > 0) {
                    int w = weight(a.get(i - 1), b.get(j - 1));
                    if (w > 0 && best[i - 1][j - 1] + w > v) { v = best[i - 1][j - 1] + w; s = 3; }
                }
                if (i > 1 && j > 0) {
                    int w = joined(a.get(i - 2), a.get(i - 1), b.get(j - 1));
                    if (w > 0 && best[i - 2][j - 1] + w > v) { v = best[i - 2][j - 1] + w; s = 4; }
                }
                if (i > 0 && j > 1) {
                    int w = joined(b.get(j - 2), b.get(j - 1), a.get(i - 1));
                    if (w > 0 && best[i - 1][j - 2] + w > v) { v = best[i - 1][j - 2] + w; s = 5; }
                }
                best[i][j] = v;
                step[i][j] = s;
            }
        }
        List<int[]> out = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (step[i][j]) {
                case 1 -> i--;
                case 2 -> j--;
                case 3 -> { out.add(new int[] {i - 1, i, j - 1, j}); i--; j--; }
                case 4 -> { out.add(new int[] {i - 2, i, j - 1, j}); i -= 2; j--; }
                case 5 -> { out.add(new int[] {i - 1, i, j - 2, j}); i--; j -= 2; }
                default -> throw new IllegalStateException("alignment step " + step[i][j]);
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * The weight of two sentences joined against one ({@link #weight}), or 0 unless each of the two brings an anchor
     * of its own and the pair reaches {@link #PAIR_WEIGHT}: a sentence split in two by a translator, not a pair that
     * takes a neighbour along for free (two reports of one day have short sentences whose names all recur nearby).
     */
    static int joined(Set<String> x1, Set<String> x2, Set<String> y) {
        boolean own1 = false;
        boolean own2 = false;
        for (String k : y) {
            own1 |= x1.contains(k) && !x2.contains(k);
            own2 |= x2.contains(k) && !x1.contains(k);
        }
        if (!own1 || !own2) return 0;
        int w = weight(union(x1, x2), y);
        return w >= PAIR_WEIGHT ? w : 0;
    }

    private static Set<String> union(Set<String> x, Set<String> y) {
        Set<String> u = new HashSet<>(x);
        u.addAll(y);
        return u;
    }

    private static CopyRelation relation(Article a, TranslationKeys.Anchors xa, Article b, TranslationKeys.Anchors xb, List<int[]> pairs,
                                         double share, double similarity, String arrivedFirst) {
        boolean aIsCopy;
        String why;
        boolean aCredits = credits(a, b);
        boolean bCredits = credits(b, a);
        if (a.published() != null && b.published() != null && !a.published().instant().equals(b.published().instant())) {
            aIsCopy = a.published().instant().isAfter(b.published().instant());
            why = "earlier publication";
        } else if (aCredits != bCredits) {
            aIsCopy = aCredits;
            why = "attribution";
        } else {
            aIsCopy = !a.id().equals(arrivedFirst);
            why = "arrival order";
        }
        Article original = aIsCopy ? b : a;
        Article copy = aIsCopy ? a : b;
        // The shared names, days and numbers as the original spells them (weekdays and "yesterday" tell nothing).
        TranslationKeys.Anchors xo = aIsCopy ? xb : xa;
        TranslationKeys.Anchors xc = aIsCopy ? xa : xb;
        Set<String> shared = new LinkedHashSet<>();
        for (String k : xo.all()) if (xc.spelling().containsKey(k) && !k.startsWith("w") && !k.startsWith("r")) shared.add(xo.spelling().get(k));
        String credited = original.outlet() != null && namesOutlet(copy.text(), original.outlet()) ? original.outlet() : null;
        List<CopyRelation.AlignedPair> aligned = new ArrayList<>();
        for (int[] p : pairs) {
            String sa = String.join(" ", xa.sentences().subList(p[0], p[1]));
            String sb = String.join(" ", xb.sentences().subList(p[2], p[3]));
            double sim = Math.round(overlap(xa, p[0], p[1], xb, p[2], p[3]) * 1000) / 1000.0;
            aligned.add(aIsCopy ? new CopyRelation.AlignedPair(sb, sa, sim) : new CopyRelation.AlignedPair(sa, sb, sim));
        }
        return new CopyRelation(original.id(), copy.id(), CopyKind.TRANSLATION, share, 0, similarity, why, credited, aligned, List.copyOf(shared));
    }

    /** Dice overlap of the anchors of two aligned spans: the similarity shown with each pair. */
    private static double overlap(TranslationKeys.Anchors xa, int a0, int a1, TranslationKeys.Anchors xb, int b0, int b1) {
        Set<String> x = new HashSet<>();
        for (int i = a0; i < a1; i++) x.addAll(xa.keys().get(i));
        Set<String> y = new HashSet<>();
        for (int i = b0; i < b1; i++) y.addAll(xb.keys().get(i));
        int inter = 0;
        for (String k : x) if (y.contains(k)) inter++;
        return x.isEmpty() && y.isEmpty() ? 0 : 2.0 * inter / (x.size() + y.size());
    }

    /** Whether {@code text} says it is a translation or names {@code other}'s outlet. */
    static boolean credits(Article text, Article other) {
        return CREDIT.matcher(text.text()).find() || other.outlet() != null && namesOutlet(text.text(), other.outlet());
    }

    /** Whether the text names the outlet ("Kyiv Independent" for kyivindependent.com), in any case and spacing. */
    static boolean namesOutlet(String text, String outlet) {
        String o = outlet.toLowerCase(Locale.ROOT).replaceAll("^www\\.", "").replaceAll("\\.(com|net|org|info|co\\.uk|ua|pl|ru|by)$", "")
                .replaceAll("[^\\p{L}\\d]", "");
        if (o.length() < 5) return false;
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
        return t.contains(o);
    }
}
