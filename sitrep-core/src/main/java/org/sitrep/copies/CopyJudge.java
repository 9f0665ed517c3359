package org.sitrep.copies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * Decides whether one article copies another, how, and in which direction, from evidence it can show: equal
 * normalized text (exact), shingle Jaccard (near-duplicate), and for rewrites sentence-to-sentence alignment, shared
 * names and numbers, and attribution cues. Direction: a copy that credits an outlet the other article does not
 * cite is the copy; else the later publication; else the one whose facts are a subset; else arrival order.
 * Stateless and thread-safe.
 */
public final class CopyJudge {
    /** Shingle Jaccard at or above which two texts are near-duplicates. */
    public static final double NEAR = 0.5;
    /** Content-word Jaccard at or above which two sentences say the same thing. */
    static final double SENTENCE = 0.3;
    /** Share of the copy's sentences that must align for a rewrite. */
    static final double REWRITE_SHARE = 0.4;
    static final int MIN_ALIGNED = 2;

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?…”\"])\\s+(?=[\\p{Lu}“\"‘(–-])|\\n+");
    private static final Pattern FACT = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]{2,}|\\d[\\d,.]*\\d|\\d)\\b");
    private static final Set<String> COMMON_CAPS = Set.of("the", "this", "that", "these", "in", "on", "at", "a", "an", "and", "but",
            "he", "she", "it", "they", "we", "his", "her", "their", "as", "according", "meanwhile", "however", "also", "there",
            "here", "after", "before", "since", "when", "while", "for", "from", "with", "saturday", "sunday", "monday", "tuesday",
            "wednesday", "thursday", "friday", "russian", "ukrainian", "russia", "ukraine");

    /**
     * The copy relation between {@code a} and {@code b}, or empty when neither copies the other.
     *
     * @param arrivedFirst the id of the one ingested first, for when nothing else tells the direction
     */
    public Optional<CopyRelation> judge(Article a, CopySketch sa, Article b, CopySketch sb, String arrivedFirst) {
        double jac = sa.jaccard(sb);
        if (sa.textHash().equals(sb.textHash())) {
            return Optional.of(relation(a, b, CopyKind.EXACT, 1.0, 1.0, List.of(), arrivedFirst));
        }
        if (jac >= NEAR) {
            return Optional.of(relation(a, b, CopyKind.NEAR, jac, jac, List.of(), arrivedFirst));
        }
        List<String> sa1 = sentences(a.text());
        List<String> sb1 = sentences(b.text());
        if (sa1.size() < MIN_ALIGNED || sb1.size() < MIN_ALIGNED) return Optional.empty();
        // Align the shorter onto the longer: a rewrite usually retells most of what it copies.
        boolean aShorter = sa1.size() <= sb1.size();
        List<CopyRelation.AlignedPair> pairs = align(aShorter ? sa1 : sb1, aShorter ? sb1 : sa1);
        int shorter = Math.min(sa1.size(), sb1.size());
        double share = pairs.size() / (double) shorter;
        if (pairs.size() < MIN_ALIGNED || share < REWRITE_SHARE) return Optional.empty();
        // Pairs are (shorter, longer); relation() orients them once the direction is known.
        List<CopyRelation.AlignedPair> asAB = new ArrayList<>();
        for (CopyRelation.AlignedPair p : pairs) {
            asAB.add(aShorter ? p : new CopyRelation.AlignedPair(p.copy(), p.original(), p.similarity()));
        }
        return Optional.of(relation(a, b, CopyKind.REWRITE, share, jac, asAB, arrivedFirst));
    }

    /** Builds the relation with its direction; {@code pairsAB} hold (sentence of a, sentence of b). */
    private static CopyRelation relation(Article a, Article b, CopyKind kind, double score, double jac, List<CopyRelation.AlignedPair> pairsAB,
                                         String arrivedFirst) {
        Set<String> factsA = factSet(a.text());
        Set<String> factsB = factSet(b.text());
        Set<String> shared = new LinkedHashSet<>(factsA);
        shared.retainAll(factsB);
        Map<String, Integer> creditsA = Attribution.credited(a.text());
        Map<String, Integer> creditsB = Attribution.credited(b.text());
        String creditB = newCredit(creditsB, a);
        String creditA = newCredit(creditsA, b);
        boolean aIsCopy;
        String why;
        String credited = null;
        // A wire marker ("(Eastwire) -", "(MENAFN- Ukrinform)") naming the other article's outlet settles it.
        String wireA = a.fields().get("credited");
        String wireB = b.fields().get("credited");
        boolean bCreditsA = wireB != null && Attribution.names(wireB, a.outlet());
        boolean aCreditsB = wireA != null && Attribution.names(wireA, b.outlet());
        if (bCreditsA != aCreditsB) {
            aIsCopy = aCreditsB;
            why = "attribution";
            credited = aCreditsB ? wireA : wireB;
        } else if (creditB != null && creditA == null) {
            aIsCopy = false;
            why = "attribution";
            credited = creditB;
        } else if (creditA != null && creditB == null) {
            aIsCopy = true;
            why = "attribution";
            credited = creditA;
        } else if (a.published() != null && b.published() != null && !a.published().instant().equals(b.published().instant())) {
            aIsCopy = a.published().instant().isAfter(b.published().instant());
            why = "earlier publication";
        } else {
            if (factsA.size() != factsB.size() && (factsB.containsAll(factsA) || factsA.containsAll(factsB))) {
                aIsCopy = factsA.size() < factsB.size();
                why = "containment";
            } else {
                aIsCopy = !a.id().equals(arrivedFirst);
                why = "arrival order";
            }
        }
        Article original = aIsCopy ? b : a;
        Article copy = aIsCopy ? a : b;
        if (credited == null && copy.fields().get("credited") != null && !copy.fields().get("credited").equals(original.fields().get("credited"))) {
            credited = copy.fields().get("credited");
        }
        if (credited == null) {
            String c = newCredit(aIsCopy ? creditsA : creditsB, original);
            if (c != null && original.outlet() != null && Attribution.names(c, original.outlet())) credited = c;
        }
        List<CopyRelation.AlignedPair> oriented = new ArrayList<>();
        for (CopyRelation.AlignedPair p : pairsAB) {
            oriented.add(aIsCopy ? new CopyRelation.AlignedPair(p.copy(), p.original(), p.similarity()) : p);
        }
        return new CopyRelation(original.id(), copy.id(), kind, score, jac, why, credited, oriented, List.copyOf(shared));
    }

    /**
     * The name a text credits most that points away from {@code other}: either {@code other}'s own outlet, or a
     * name {@code other} never mentions (a copy credits its original; the original does not cite itself).
     */
    private static String newCredit(Map<String, Integer> credits, Article other) {
        String otherText = other.text().toLowerCase();
        for (String name : credits.keySet()) {
            if (other.outlet() != null && Attribution.names(name, other.outlet())) return name;
            if (!otherText.contains(name.toLowerCase())) return name;
        }
        return null;
    }

    /** Greedy one-to-one alignment of each sentence of {@code from} to its most similar sentence of {@code to}. */
    static List<CopyRelation.AlignedPair> align(List<String> from, List<String> to) {
        List<Set<String>> toWords = new ArrayList<>();
        for (String s : to) toWords.add(content(s));
        Set<Integer> used = new HashSet<>();
        List<CopyRelation.AlignedPair> out = new ArrayList<>();
        for (String f : from) {
            Set<String> fw = content(f);
            if (fw.size() < 4) continue;
            int best = -1;
            double bestSim = 0;
            for (int j = 0; j < to.size(); j++) {
                if (used.contains(j)) continue;
                Set<String> tw = toWords.get(j);
                int inter = 0;
                for (String w : fw) if (tw.contains(w)) inter++;
                double sim = inter / (double) (fw.size() + tw.size() - inter);
                if (inter >= 3 && sim > bestSim) {
                    bestSim = sim;
                    best = j;
                }
            }
            if (best >= 0 && bestSim >= SENTENCE) {
                used.add(best);
                out.add(new CopyRelation.AlignedPair(f, to.get(best), Math.round(bestSim * 1000) / 1000.0));
            }
        }
        return out;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCES.split(text == null ? "" : text)) {
            String t = s.strip();
            if (t.length() >= 20) out.add(t);
        }
        return out;
    }

    private static Set<String> content(String sentence) {
        Set<String> out = new HashSet<>();
        for (String t : Tokens.of(sentence)) if (Tokens.isContent(t)) out.add(skeleton(t));
        return out;
    }

    /**
     * A spelling-tolerant key for words of 6+ letters: consonants only, doubled letters once, "kh"/"ch" as "h".
     * Transliterations differ mostly in vowels and in the rendering of х (Synkivka/Sinkovka, Ivanivka/Ivanovka,
     * Kharkiv/Charkiw stay apart only in vowels). Short words keep their spelling: their skeletons collide.
     */
    static String skeleton(String token) {
        if (token.length() < 6) return token;
        String t = token.replace("kh", "h").replace("ch", "h").replace('w', 'v').replace('j', 'y');
        StringBuilder sb = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) continue;
            if (c != prev) sb.append(c);
            prev = c;
        }
        return sb.length() >= 3 ? sb.toString() : token;
    }

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
