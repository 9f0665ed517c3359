package org.sitrep.copies;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.embed.SentenceEmbedder;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Published;
import org.sitrep.outlets.OutletKeys;

/**
 * Decides whether one article copies another, how, and in which direction, from evidence it can show: equal
 * normalized text (exact), shingle Jaccard (near-duplicate), and for rewrites sentence-to-sentence alignment, shared
 * names and numbers, and attribution cues. Direction: a copy that credits an outlet the other article does not
 * cite is the copy; else the later publication; else the one whose facts are a subset; else arrival order.
 * How pairs are found is not decided here ({@link CopyKeys}, {@link CopyDetection}); the knobs are in
 * {@link CopyParams}. Immutable and thread-safe.
 */
public final class CopyJudge {
    private final CopyParams params;
    private final TranslationJudge translations;

    /** A judge with the {@linkplain CopyParams#defaults() default} parameters. */
    public CopyJudge() {
        this(CopyParams.defaults());
    }

    public CopyJudge(CopyParams params) {
        this.params = Objects.requireNonNull(params, "params");
        this.translations = new TranslationJudge(params);
    }

    /**
     * The copy relation between {@code a} and {@code b}, or empty when neither copies the other.
     *
     * @param arrivedFirst the id of the one ingested first, for when nothing else tells the direction
     */
    public Optional<CopyRelation> judge(Article a, CopySketch sa, Article b, CopySketch sb, String arrivedFirst) {
        return judge(a, new Fingerprint(sa, null, null, CandidateKeys.NONE, null), b, new Fingerprint(sb, null, null, CandidateKeys.NONE, null),
                arrivedFirst);
    }

    /** As {@link #judge(Article, CopySketch, Article, CopySketch, String)}, with the leads' embeddings as evidence. */
    public Optional<CopyRelation> judge(Article a, Fingerprint fa, Article b, Fingerprint fb, String arrivedFirst) {
        return verdict(a, fa, b, fb, arrivedFirst).relation();
    }

    /**
     * What the judge decided about a pair: the copy relation, or none; and when none because the two share wording but
     * not their report, the slots they fill differently (the evidence an analyst reads: "Sumy ≠ Balakliia").
     */
    public record Verdict(Optional<CopyRelation> relation, List<Lookalike.Slot> differs) {
        static final Verdict NONE = new Verdict(Optional.empty(), List.of());

        public Verdict {
            differs = List.copyOf(differs);
        }

        /** Alike in wording, different reports. */
        public boolean template() {
            return relation.isEmpty() && !differs.isEmpty();
        }
    }

    /** As {@link #judge(Article, Fingerprint, Article, Fingerprint, String)}, with why a look-alike is no copy. */
    public Verdict verdict(Article a, Fingerprint fa, Article b, Fingerprint fb, String arrivedFirst) {
        return verdict(a, fa, b, fb, arrivedFirst, false);
    }

    /**
     * As {@link #verdict(Article, Fingerprint, Article, Fingerprint, String)}; {@code standingHeadline} when the
     * later article's headline is one its outlet prints day after day ("The week around the world in 20 pictures",
     * see {@link CopyDetection}): then between two items of that outlet only the same text again is a copy.
     */
    public Verdict verdict(Article a, Fingerprint fa, Article b, Fingerprint fb, String arrivedFirst, boolean standingHeadline) {
        // A paywall, a login prompt or an error page carries no report: two of them are alike and copy nothing.
        if (a.noArticle() != null || b.noArticle() != null) return Verdict.NONE;
        CopyView va = fa.view() != null && fa.view().isOf(a, params) ? fa.view() : new CopyView(a, params);
        CopyView vb = fb.view() != null && fb.view().isOf(b, params) ? fb.view() : new CopyView(b, params);
        Optional<CopyRelation> r = decide(va, fa, vb, fb, arrivedFirst, standingHeadline);
        // Two languages share no wording: what the rules above did not find may still be a translation.
        if (r.isEmpty() && TranslationJudge.applies(a, b)) {
            double cos = fa.hasVector() && fb.hasVector() ? SentenceEmbedder.cosine(fa.vector(), fb.vector()) : Double.NaN;
            return translations.judge(va, vb, arrivedFirst, cos).map(t -> new Verdict(Optional.of(t), List.of())).orElse(Verdict.NONE);
        }
        if (r.isEmpty() || r.get().kind() == CopyKind.EXACT || params.allowedSlots() >= ALL_SLOTS) return r.isEmpty() ? Verdict.NONE : new Verdict(r, List.of());
        Differences d = differs(va, vb, r.get());
        // A later version of the same page (one outlet, one address) updates its figures and stays one report.
        if (!d.decisive() || d.slots().size() <= params.allowedSlots() || samePage(a, b)) return new Verdict(r, List.of());
        return new Verdict(Optional.empty(), d.slots());
    }

    /** {@link CopyParams#allowedSlots()} at or above which slots are not even looked for. */
    static final int ALL_SLOTS = 1000;

    /** The slots two alike texts fill differently, and whether they make them two reports. */
    record Differences(List<Lookalike.Slot> slots, boolean decisive) {
    }

    /**
     * The slots in which two texts the judge found alike differ: in their headlines, in the sentence pairs that say
     * the same thing, and, for one-sentence texts, in the whole texts. They are decisive when one is in the headline
     * or the lead (the first {@value #LEAD_SENTENCES} sentences: where a report says where, who, how many and when),
     * or when a third or more of the sentence pairs have one. A long retelling (two translations of one speech) has
     * a few slots deep in its body, where translators differ ("Izolyatsia ≠ Isolation"); a template's slots are in
     * its lead.
     */
    Differences differs(CopyView va, CopyView vb, CopyRelation r) {
        List<Lookalike.Slot> out = new ArrayList<>(ReportDifference.slots(va.article.title(), vb.article.title()));
        boolean decisive = !out.isEmpty();
        List<String> sa = va.sentences();
        List<String> sb = vb.sentences();
        List<CopyRelation.AlignedPair> pairs = r.aligned();
        if (pairs.isEmpty()) pairs = sa.size() <= sb.size() ? align(sa, sb) : align(sb, sa);
        int withSlots = 0;
        for (CopyRelation.AlignedPair p : pairs) {
            // Each pair as (sentence of a, sentence of b), so that each slot reads a's words first.
            boolean aFirst = sa.contains(p.original());
            String x = aFirst ? p.original() : p.copy();
            String y = aFirst ? p.copy() : p.original();
            List<Lookalike.Slot> slots = ReportDifference.slots(x, y);
            if (slots.isEmpty()) continue;
            withSlots++;
            if (sa.indexOf(x) < LEAD_SENTENCES || sb.indexOf(y) < LEAD_SENTENCES) decisive = true;
            out.addAll(slots);
        }
        if (pairs.isEmpty()) {
            List<Lookalike.Slot> whole = ReportDifference.slots(va.article.text(), vb.article.text());
            decisive |= !whole.isEmpty();
            out.addAll(whole);
        } else if (withSlots * 3 >= pairs.size() && withSlots > 0) {
            decisive = true;
        }
        List<Lookalike.Slot> slots = ReportDifference.unshared(List.copyOf(new LinkedHashSet<>(out)), CopyView.full(va.article), CopyView.full(vb.article));
        return new Differences(slots, decisive && !slots.isEmpty());
    }

    /** Under a standing headline, the shingle Jaccard at or above which two texts are one item re-fed. */
    static final double STANDING_NEAR = 0.9;

    /** Sentences of a text that make its lead. */
    static final int LEAD_SENTENCES = 2;

    /** One outlet's page under one address (its path, or the article number in it): versions of one report. */
    static boolean samePage(Article a, Article b) {
        if (a.url() == null || b.url() == null || !OutletKeys.sameOutlet(a.outlet(), b.outlet())) return false;
        String pa = path(a.url());
        String pb = path(b.url());
        if (pa.equals(pb)) return true;
        java.util.regex.Matcher ma = PAGE_NUMBER.matcher(pa);
        java.util.regex.Matcher mb = PAGE_NUMBER.matcher(pb);
        return ma.find() && mb.find() && ma.group().equals(mb.group());
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?<![\\d])\\d{6,}(?![\\d])");

    private static String path(String url) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        int q = u.indexOf('?');
        if (q >= 0) u = u.substring(0, q);
        int h = u.indexOf("://");
        if (h >= 0) u = u.substring(h + 3);
        int s = u.indexOf('/');
        u = s >= 0 ? u.substring(s) : "";
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u;
    }

    private Optional<CopyRelation> decide(CopyView va, Fingerprint fa, CopyView vb, Fingerprint fb, String arrivedFirst, boolean standingHeadline) {
        Article a = va.article;
        Article b = vb.article;
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
        int inter = Shingles.intersection(sha, shb);
        double jac = sha.length + shb.length == 0 ? 0 : inter / (double) (sha.length + shb.length - inter);
        int smaller = Math.min(sha.length, shb.length);
        double containment = smaller == 0 ? 0 : inter / (double) smaller;
        if (template(va, vb)) return Optional.empty();
        // An outlet's standing headline comes with its standing standfirst: between two of its own items only the same
        // text again (a re-fed item, a typo fixed) is a copy; the rules below would take the template for a report.
        // Another outlet's report retold in a digest is judged as any text is.
        if (standingHeadline && sameOutlet(va, vb)) {
            return jac >= STANDING_NEAR ? Optional.of(relation(va, vb, CopyKind.NEAR, jac, jac, cos, List.of(), arrivedFirst)) : Optional.empty();
        }
        // Nor does an outlet rewrite itself with other figures: "day 308" and "day 373" of one live page share their
        // boilerplate teaser sentence for sentence, and they are two reports.
        boolean figuresDiffer = numbersDiffer(va.numbers(), vb.numbers());
        if (sameOutlet(va, vb) && figuresDiffer) return Optional.empty();
        if (!figuresDiffer) {
            if (jac >= params.near()) return Optional.of(relation(va, vb, CopyKind.NEAR, jac, jac, cos, List.of(), arrivedFirst));
            // A cut or extended version: a teaser cut short, a story extended. Both must have a body: a bare
            // headline found inside another text is a quoted sentence as often as a copy (title-only copies are
            // matched on headlines below).
            if (containment >= params.contained() && smaller >= params.minContainedShingles() && !a.text().isBlank() && !b.text().isBlank()) {
                return Optional.of(relation(va, vb, CopyKind.NEAR, containment, jac, cos, List.of(), arrivedFirst));
            }
            // The same body under an edited headline, or the same headline over an edited body: syndication edits
            // one and keeps the other.
            double body = bodySimilarity(va.body(), vb.body());
            if (body >= params.bodyNear() && va.bodyTokens() >= params.bodyMinTokens() && vb.bodyTokens() >= params.bodyMinTokens()) {
                return Optional.of(relation(va, vb, CopyKind.NEAR, body, jac, cos, List.of(), arrivedFirst));
            }
            // The same headline, or one edited by a word or two ("Surprise Kyiv Trip" / "Surprise Trip"), over the
            // same or no body.
            double titles = titleSimilarity(va, vb);
            if (titles >= params.editedTitle() && (a.text().isBlank() || b.text().isBlank() || body >= params.sameTitleBody())) {
                return Optional.of(relation(va, vb, CopyKind.NEAR, Math.max(body, titles), jac, cos, List.of(), arrivedFirst));
            }
        }
        List<String> sa1 = va.sentences();
        List<String> sb1 = vb.sentences();
        if (sa1.size() < params.minAligned() || sb1.size() < params.minAligned()) return Optional.empty();
        // Align the shorter onto the longer: a rewrite usually retells most of what it copies.
        boolean aShorter = sa1.size() <= sb1.size();
        List<CopyRelation.AlignedPair> pairs = align(aShorter ? sa1 : sb1, aShorter ? sb1 : sa1);
        int shorter = Math.min(sa1.size(), sb1.size());
        double share = pairs.size() / (double) shorter;
        if (pairs.size() < params.minAligned() || share < params.rewriteShare()) return Optional.empty();
        // Pairs are (shorter, longer); relation() orients them once the direction is known.
        List<CopyRelation.AlignedPair> asAB = new ArrayList<>();
        for (CopyRelation.AlignedPair p : pairs) {
            asAB.add(aShorter ? p : new CopyRelation.AlignedPair(p.copy(), p.original(), p.similarity()));
        }
        return Optional.of(relation(va, vb, CopyKind.REWRITE, share, jac, cos, asAB, arrivedFirst));
    }

    /**
     * Two items of one outlet under different headlines that share text share a template (a daily digest's
     * standfirst, a live page's teaser), not a report: an outlet does not copy itself under another headline.
     */
    static boolean template(CopyView a, CopyView b) {
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

    /** One outlet in any of its spellings ("Kyiv Post", "KyivPost", "kyivpost.com"): {@link OutletKeys#sameOutlet}. */
    static boolean sameOutlet(CopyView a, CopyView b) {
        return OutletKeys.sameOutlet(a.article.outlet(), b.article.outlet());
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
    double titleSimilarity(CopyView a, CopyView b) {
        if (a.titleKey() != null && a.titleKey().equals(b.titleKey())) return 1;
        List<String> ta = a.titleList();
        List<String> tb = b.titleList();
        if (ta.size() < params.editedTitleMinTokens() || tb.size() < params.editedTitleMinTokens()
                || Math.abs(ta.size() - tb.size()) > 1) return 0;
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

    /** The larger of Jaccard and containment of the two bodies' shingles (titles left out). */
    double bodySimilarity(long[] x, long[] y) {
        if (x.length == 0 || y.length == 0) return 0;
        int inter = Shingles.intersection(x, y);
        double jac = inter / (double) (x.length + y.length - inter);
        double cont = inter / (double) Math.min(x.length, y.length);
        return Math.max(jac, cont >= params.contained() ? cont : 0);
    }

    /** Builds the relation with its direction; {@code pairsAB} hold (sentence of a, sentence of b). */
    private static CopyRelation relation(CopyView va, CopyView vb, CopyKind kind, double score, double jac, double cos, List<CopyRelation.AlignedPair> pairsAB,
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
    List<CopyRelation.AlignedPair> align(List<String> from, List<String> to) {
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
            if (best >= 0 && bestSim >= params.sentence()) {
                used.add(best);
                out.add(new CopyRelation.AlignedPair(f, to.get(best), Math.round(bestSim * 1000) / 1000.0));
            }
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
}
