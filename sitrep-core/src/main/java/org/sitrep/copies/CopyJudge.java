package org.sitrep.copies;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.embed.SentenceEmbedder;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Published;

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
    public static final int MIN_ALIGNED = 2;
    /** Words per shingle in the judge's exact comparisons (the sketch uses 4: fewer, rarer shingles for LSH). */
    static final int JUDGE_SHINGLE = 3;
    /** Share of the shorter text's shingles found in the longer at or above which it is a cut or extended copy. */
    public static final double CONTAINED = 0.8;
    /** ... when the shorter text has at least this many shingles (8 words): a headline-length text. */
    static final int MIN_CONTAINED_SHINGLES = 5;
    /**
     * Body shingle Jaccard (titles left out, 12+ words each) at or above which two bodies are one text edited: wire
     * teasers re-cut by each outlet. Chosen on the labelled RSS set (0.5: R 0.811, 0.35: R 0.826, both P 0.988;
     * 0.3: P 0.982).
     */
    static final double BODY_NEAR = 0.35;
    /** A body needs this many words before "the same body under another headline" means anything. */
    static final int BODY_MIN_TOKENS = 12;
    /** A headline edited by one word is a copy's headline (see {@link #titleSimilarity}). */
    static final double EDITED_TITLE = 1;
    static final int EDITED_TITLE_MIN_TOKENS = 8;
    /** Under the same headline, body shingle Jaccard (or containment) at or above which the bodies are one text edited. */
    static final double SAME_TITLE_BODY = 0.3;
    /** Titles shorter than this many words are too generic to find copies by ("Ukraine war: live"). */
    public static final int MIN_TITLE_TOKENS = 5;

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
        return judge(a, new Fingerprint(sa, null, null, null), b, new Fingerprint(sb, null, null, null), arrivedFirst);
    }

    /** As {@link #judge(Article, CopySketch, Article, CopySketch, String)}, with the leads' embeddings as evidence. */
    public Optional<CopyRelation> judge(Article a, Fingerprint fa, Article b, Fingerprint fb, String arrivedFirst) {
        View va = fa.view() != null && fa.view().article == a ? fa.view() : new View(a);
        View vb = fb.view() != null && fb.view().article == b ? fb.view() : new View(b);
        CopySketch sa = fa.sketch();
        CopySketch sb = fb.sketch();
        double cos = fa.hasVector() && fb.hasVector() ? SentenceEmbedder.cosine(fa.vector(), fb.vector()) : Double.NaN;
        if (sa.textHash().equals(sb.textHash())) {
            return Optional.of(relation(va, vb, CopyKind.EXACT, 1.0, 1.0, cos, List.of(), arrivedFirst));
        }
        // The sketches found the pair; the decision is made on the texts themselves: exact shingle Jaccard and
        // containment, which on a feed item's 30 words is far steadier than a 128-bin estimate.
        long[] sha = va.shingles();
        long[] shb = vb.shingles();
        int inter = intersection(sha, shb);
        double jac = sha.length + shb.length == 0 ? 0 : inter / (double) (sha.length + shb.length - inter);
        int smaller = Math.min(sha.length, shb.length);
        double containment = smaller == 0 ? 0 : inter / (double) smaller;
        if (template(va, vb)) return Optional.empty();
        // Nor does an outlet rewrite itself with other figures: "day 308" and "day 373" of one live page share their
        // boilerplate teaser sentence for sentence, and they are two reports.
        boolean figuresDiffer = numbersDiffer(va.numbers(), vb.numbers());
        if (sameOutlet(va, vb) && figuresDiffer) return Optional.empty();
        if (!figuresDiffer) {
            if (jac >= NEAR) return Optional.of(relation(va, vb, CopyKind.NEAR, jac, jac, cos, List.of(), arrivedFirst));
            // A cut or extended version: a teaser cut short, a story extended. Both must have a body: a bare
            // headline found inside another text is a quoted sentence as often as a copy (title-only copies are
            // matched on headlines below).
            if (containment >= CONTAINED && smaller >= MIN_CONTAINED_SHINGLES && !a.text().isBlank() && !b.text().isBlank()) {
                return Optional.of(relation(va, vb, CopyKind.NEAR, containment, jac, cos, List.of(), arrivedFirst));
            }
            // The same body under an edited headline, or the same headline over an edited body: syndication edits
            // one and keeps the other.
            double body = bodySimilarity(va.body(), vb.body());
            if (body >= BODY_NEAR && va.bodyTokens() >= BODY_MIN_TOKENS && vb.bodyTokens() >= BODY_MIN_TOKENS) {
                return Optional.of(relation(va, vb, CopyKind.NEAR, body, jac, cos, List.of(), arrivedFirst));
            }
            // The same headline, or one edited by a word or two ("Surprise Kyiv Trip" / "Surprise Trip"), over the
            // same or no body.
            double titles = titleSimilarity(va, vb);
            if (titles >= EDITED_TITLE && (a.text().isBlank() || b.text().isBlank() || body >= SAME_TITLE_BODY)) {
                return Optional.of(relation(va, vb, CopyKind.NEAR, Math.max(body, titles), jac, cos, List.of(), arrivedFirst));
            }
        }
        List<String> sa1 = va.sentences();
        List<String> sb1 = vb.sentences();
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
        return Optional.of(relation(va, vb, CopyKind.REWRITE, share, jac, cos, asAB, arrivedFirst));
    }

    /**
     * What the judge reads of one article, each part computed on first use and kept: an article is judged against
     * up to ~25 candidates, and tokenizing, shingling and splitting it again for each pair was most of the judge's
     * time. Thread-safe: the parts are pure functions of the article, so a race only computes one twice.
     */
    public static final class View {
        final Article article;
        private volatile long[] shingles;
        private volatile long[] body;
        private volatile int bodyTokens = -1;
        private volatile Set<String> numbers;
        private volatile Set<String> titleTokens;
        private volatile List<String> titleList;
        private volatile String titleKey;
        private volatile boolean titleKeyDone;
        private volatile List<String> sentences;
        private volatile Set<String> facts;
        private volatile Map<String, Integer> credits;

        public View(Article article) {
            this.article = article;
        }

        long[] shingles() {
            long[] s = shingles;
            if (s == null) {
                List<String> t = Tokens.of(full(article));
                Set<String> n = new HashSet<>();
                for (String x : t) if (Character.isDigit(x.charAt(0))) n.add(x);
                numbers = n;
                shingles = s = CopyJudge.shingles(t);
            }
            return s;
        }

        Set<String> numbers() {
            if (numbers == null) shingles();
            return numbers;
        }

        long[] body() {
            long[] s = body;
            if (s == null) {
                List<String> t = Tokens.of(article.text() == null ? "" : article.text());
                bodyTokens = t.size();
                body = s = CopyJudge.shingles(t);
            }
            return s;
        }

        int bodyTokens() {
            if (bodyTokens < 0) body();
            return bodyTokens;
        }

        List<String> titleList() {
            List<String> s = titleList;
            if (s == null) titleList = s = Tokens.of(article.title() == null ? "" : article.title());
            return s;
        }

        Set<String> titleTokens() {
            Set<String> s = titleTokens;
            if (s == null) titleTokens = s = new HashSet<>(Tokens.of(article.title() == null ? "" : article.title()));
            return s;
        }

        String titleKey() {
            if (!titleKeyDone) {
                titleKey = CopyJudge.titleKey(article.title());
                titleKeyDone = true;
            }
            return titleKey;
        }

        List<String> sentences() {
            List<String> s = sentences;
            if (s == null) sentences = s = CopyJudge.sentences(article.text());
            return s;
        }

        /** How many sentences of 20+ characters the text has. */
        public int sentenceCount() {
            return sentences().size();
        }

        Set<String> facts() {
            Set<String> s = facts;
            if (s == null) facts = s = factSet(article.text());
            return s;
        }

        Map<String, Integer> credits() {
            Map<String, Integer> s = credits;
            if (s == null) credits = s = Attribution.credited(article.text());
            return s;
        }
    }

    /** Title and text, as the sketch sees them. */
    static String full(Article a) {
        return (a.title() == null ? "" : a.title() + "\n") + (a.text() == null ? "" : a.text());
    }

    /**
     * A key for finding items under the same headline (a title-only copy of a syndicated item), or null when the
     * title is too short to tell one report from another.
     */
    public static String titleKey(String title) {
        if (title == null) return null;
        List<String> t = Tokens.of(title);
        if (t.size() < MIN_TITLE_TOKENS) return null;
        return "title:" + Long.toHexString(CopySketch.fnv(String.join(" ", t)));
    }

    /** How many opening words of a body its lead keys cover (a feed teaser whole, a full article's first lines). */
    static final int LEAD_SPAN = 60;
    /** Words per hashed run in the lead keys. */
    static final int LEAD_GRAM = 5;
    /** Runs per winnowing window: two bodies sharing LEAD_GRAM + LEAD_WINDOW - 1 words in a row share a key. */
    static final int LEAD_WINDOW = 8;

    /**
     * Keys for finding items whose bodies share a run of 12+ words in their first {@value #LEAD_SPAN}: a wire teaser
     * that each outlet re-headlines and re-cuts ("Zatwierdziliśmy polski program…" / "Komisja Europejska
     * zatwierdziła polski program…"), too short for the MinHash bands to find, since a 30-word teaser under two
     * different headlines shares too few 4-word shingles. Winnowing (Schleimer, Wilkerson, Aiken 2003): of each
     * window of {@value #LEAD_WINDOW} hashed {@value #LEAD_GRAM}-word runs the smallest hash is kept, ~13 keys for
     * 60 words. Empty when the body is shorter than {@link #BODY_MIN_TOKENS} words. Finding is not judging: a pair
     * found so must still pass the body rule.
     */
    public static List<String> leadKeys(String text) {
        if (text == null) return List.of();
        List<String> t = Tokens.of(text);
        if (t.size() < BODY_MIN_TOKENS) return List.of();
        t = t.subList(0, Math.min(LEAD_SPAN, t.size()));
        int runs = t.size() - LEAD_GRAM + 1;
        long[] h = new long[runs];
        for (int i = 0; i < runs; i++) h[i] = CopySketch.fnv(String.join(" ", t.subList(i, i + LEAD_GRAM)));
        Set<String> keys = new java.util.LinkedHashSet<>();
        int window = Math.min(LEAD_WINDOW, runs);
        for (int w = 0; w + window <= runs; w++) {
            int min = w;
            for (int i = w + 1; i < w + window; i++) if (Long.compareUnsigned(h[i], h[min]) <= 0) min = i;
            keys.add("lead:" + Long.toHexString(h[min]));
        }
        return List.copyOf(keys);
    }

    /**
     * Two items of one outlet under different headlines that share text share a template (a daily digest's
     * standfirst, a live page's teaser), not a report: an outlet does not copy itself under another headline.
     */
    static boolean template(View a, View b) {
        if (!sameOutlet(a, b) || republished(a.article, b.article)) return false;
        Set<String> ta = a.titleTokens();
        Set<String> tb = b.titleTokens();
        if (ta.isEmpty() || tb.isEmpty()) return false;
        Set<String> inter = new HashSet<>(ta);
        inter.retainAll(tb);
        return inter.size() / (double) (ta.size() + tb.size() - inter.size()) < 0.5;
    }

    /**
     * Whether two items carry the same publication minute, read from the items themselves (not a capture time): an
     * outlet that re-headlines a story has its feed list it again under the new headline with the original time,
     * while a standing standfirst goes out with each new story at that story's time.
     */
    static boolean republished(Article a, Article b) {
        Published pa = a.published();
        Published pb = b.published();
        if (pa == null || pb == null || pa.precision() == DatePrecision.DAY || pb.precision() == DatePrecision.DAY) return false;
        if (!ownTime(pa.evidence()) || !ownTime(pb.evidence())) return false;
        if (!pa.instant().truncatedTo(ChronoUnit.MINUTES).equals(pb.instant().truncatedTo(ChronoUnit.MINUTES))) return false;
        return !livePage(a) && !livePage(b);
    }

    /**
     * A live page keeps its first publication time while its headline follows the latest post ("Biden and Meloni
     * missed each other in Rzeszów", then "The presidential jumbo jet landed in Warsaw"): each headline is another
     * report, not the same one re-headlined. Known from its address.
     */
    static boolean livePage(Article a) {
        if (a.url() == null) return false;
        String u = a.url().toLowerCase(java.util.Locale.ROOT);
        int q = u.indexOf('?');
        if (q >= 0) u = u.substring(0, q);
        return LIVE_URL.matcher(u).find();
    }

    private static final Pattern LIVE_URL = Pattern.compile(
            "/live/|[/-]live-?(updates?|blog|news|coverage)|liveblog|/ticker|newsticker|na-?zywo|en-direct|en-vivo|v-realnom-vremeni|onlayn|online-relacja");

    private static boolean ownTime(DateEvidence e) {
        return e == DateEvidence.FIELD || e == DateEvidence.FEED || e == DateEvidence.HTML_META || e == DateEvidence.JSON_LD
                || e == DateEvidence.TIME_ELEMENT;
    }

    static boolean sameOutlet(View a, View b) {
        return a.article.outlet() != null && a.article.outlet().equals(b.article.outlet());
    }

    /**
     * Whether each text has a number the other lacks ("day 364" against "day 365"): the same template with other
     * figures is another report. A copy may drop figures, not change them.
     */
    static boolean numbersDiffer(Set<String> na, Set<String> nb) {
        return !na.isEmpty() && !nb.isEmpty() && !na.containsAll(nb) && !nb.containsAll(na);
    }

    /**
     * 1 when the headlines are equal (by key) or one is the other with a single word changed, added or dropped and
     * both have 8+ words; else 0. Looser similarity is no evidence: independent reports quote the same sentence in
     * their headlines ("Biden: 'Ukraine will never be a victory for Russia'" / "Biden in Warsaw: '…'").
     */
    static double titleSimilarity(View a, View b) {
        if (a.titleKey() != null && a.titleKey().equals(b.titleKey())) return 1;
        List<String> ta = a.titleList();
        List<String> tb = b.titleList();
        if (ta.size() < EDITED_TITLE_MIN_TOKENS || tb.size() < EDITED_TITLE_MIN_TOKENS || Math.abs(ta.size() - tb.size()) > 1) return 0;
        return wordEdits(ta, tb) <= 1 ? 1 : 0;
    }

    /** Word-level Levenshtein distance. */
    static int wordEdits(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) prev[j] = j;
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    /**
     * Search terms for headlines that may be one edited: hashes of the headline's word pairs, for headlines of 8+
     * words (empty otherwise). Two headlines sharing half their pairs are worth judging.
     */
    public static List<String> titlePairTerms(String title) {
        if (title == null) return List.of();
        List<String> t = Tokens.of(title);
        if (t.size() < EDITED_TITLE_MIN_TOKENS) return List.of();
        Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 1 < t.size(); i++) out.add("tp:" + Long.toHexString(CopySketch.fnv(t.get(i) + " " + t.get(i + 1))));
        return List.copyOf(out);
    }

    /** The larger of Jaccard and containment of the two bodies' shingles (titles left out). */
    static double bodySimilarity(long[] x, long[] y) {
        if (x.length == 0 || y.length == 0) return 0;
        int inter = intersection(x, y);
        double jac = inter / (double) (x.length + y.length - inter);
        double cont = inter / (double) Math.min(x.length, y.length);
        return Math.max(jac, cont >= CONTAINED ? cont : 0);
    }

    /** Sorted, distinct hashes of the word 4-shingles (or of the whole text when it is shorter than 4 words). */
    static long[] shingles(List<String> tokens) {
        if (tokens.isEmpty()) return new long[0];
        long[] th = new long[tokens.size()];
        for (int i = 0; i < th.length; i++) th[i] = CopySketch.fnv(tokens.get(i));
        int n = Math.max(1, th.length - JUDGE_SHINGLE + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int k = i; k < Math.min(th.length, i + JUDGE_SHINGLE); k++) h = h * 0x100000001B3L + th[k];
            out[i] = h;
        }
        return java.util.Arrays.stream(out).sorted().distinct().toArray();
    }

    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Builds the relation with its direction; {@code pairsAB} hold (sentence of a, sentence of b). */
    private static CopyRelation relation(View va, View vb, CopyKind kind, double score, double jac, double cos, List<CopyRelation.AlignedPair> pairsAB,
                                         String arrivedFirst) {
        Article a = va.article;
        Article b = vb.article;
        Set<String> factsA = va.facts();
        Set<String> factsB = vb.facts();
        Set<String> shared = new LinkedHashSet<>(factsA);
        shared.retainAll(factsB);
        Map<String, Integer> creditsA = va.credits();
        Map<String, Integer> creditsB = vb.credits();
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
        // A copy carrying a wire credit ("(Reuters) -") names its source, also when the original carries the same one.
        if (credited == null && copy.fields().get("credited") != null) {
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
        return new CopyRelation(original.id(), copy.id(), kind, score, jac, cos, why, credited, oriented, List.copyOf(shared));
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
