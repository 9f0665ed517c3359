package org.sitrep.copies;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tuning knobs of copy detection, in one place: how articles are fingerprinted ({@link Fingerprinter}), which
 * keys find candidates ({@link CopyKeys}), how many candidates are judged ({@link CopyDetection}) and the rules of the
 * pair decision ({@link CopyJudge}). {@link #defaults()} are the values every figure in BENCHMARKS.md was measured
 * with. Immutable and validated; build variants with {@link #toBuilder()} or, from configuration, {@link #fromMap}.
 *
 * <p>Not here, on purpose: the sketch's shape ({@link CopySketch#HASHES} bins, {@link CopySketch#BANDS} bands,
 * {@link CopySketch#SHINGLE}-word shingles) and its {@link CopySketch#MIN_TOKENS}, which decide the band keys and
 * signatures written into the search index; changing them means re-indexing every stored article, so they are
 * constants of the index format, not knobs.
 *
 * @param near                  shingle Jaccard at or above which two texts are near-duplicates
 * @param sentence              content-word Jaccard at or above which two sentences say the same thing
 * @param rewriteShare          share of the shorter text's sentences that must align for a rewrite
 * @param minAligned            sentences each text needs, and aligned pairs a rewrite needs
 * @param judgeShingle          words per shingle in the judge's exact comparisons (the sketch uses 4: fewer, rarer
 *                              shingles for LSH)
 * @param contained             share of the shorter text's shingles found in the longer at or above which it is a cut
 *                              or extended copy
 * @param minContainedShingles  ... when the shorter text has at least this many shingles (8 words: a headline-length
 *                              text)
 * @param bodyNear              body shingle Jaccard (titles left out) at or above which two bodies are one text edited:
 *                              wire teasers re-cut by each outlet. Chosen on the labelled RSS set (0.5: R 0.811, 0.35:
 *                              R 0.826, both P 0.988; 0.3: P 0.982)
 * @param bodyMinTokens         words a body needs before "the same body under another headline" means anything; also
 *                              the shortest body that gets lead keys
 * @param editedTitle           headline similarity at or above which a headline is a copy's headline (equal by key,
 *                              or edited by one word; see {@link CopyJudge})
 * @param editedTitleMinTokens  words each headline needs before one edited word still makes it the same headline;
 *                              also the shortest headline that gets word-pair search terms
 * @param sameTitleBody         under the same headline, body shingle Jaccard (or containment) at or above which the
 *                              bodies are one text edited
 * @param minTitleTokens        headlines shorter than this are too generic to find copies by ("Ukraine war: live")
 * @param leadSpan              opening words of a body that its lead keys cover (a feed teaser whole, a full
 *                              article's first lines)
 * @param leadGram              words per hashed run in the lead keys
 * @param leadWindow            runs per winnowing window: two bodies sharing leadGram + leadWindow - 1 words in a row
 *                              share a key
 * @param embedMinWords         words a text needs before its lead is embedded (a retold feed teaser cannot be told from
 *                              an independent report by anything we can show, and the model is the costliest step)
 * @param maxCandidates         near-duplicate candidates per article (those sharing LSH bands with the best estimated
 *                              Jaccard)
 * @param exactCandidates       candidates per article with the same text (estimated Jaccard 1)
 * @param titleCandidates       candidates per article found by headline, and as many by lead keys
 * @param minEstimate           band matches whose estimated Jaccard is below this are not judged: no near-duplicate
 *                              rule can fire for them
 * @param factCandidates        rewrite candidates per article sharing the most rare names and numbers
 * @param factMinChars          characters a text needs before the names-and-numbers query (the costliest) is asked
 * @param neighbours            rewrite candidates per article by nearest lead embedding
 * @param minCosine             cosine below which an embedding neighbour is not worth judging
 * @param recent                articles kept at hand between batches (copies are mostly published within days of their
 *                              original); a cache: it changes speed, not results
 * @param allowedSlots          slots two alike texts may fill differently (another place, person, figure or day, see
 *                              {@link ReportDifference}) and still be one report: 0, a copy does not change facts (a
 *                              large number turns the rule off, for measuring what it does)
 * @param standingDays          days on which one outlet must have printed a headline for it to be a standing one (a
 *                              weekly gallery, a daily digest: a template, see {@link CopyDetection}); 0 turns the
 *                              rule off
 * @param translationShare      share of the shorter text's anchored sentences that must align, in order, for a
 *                              translation ({@link TranslationJudge})
 * @param translationMinAligned anchored sentences each text needs, and aligned pairs a translation needs
 * @param translationLength     longest text over shortest, in characters, beyond which two texts are not one
 *                              translated
 * @param translationKeys       translation keys ({@link TranslationKeys}: names, days, numbers) an earlier article in
 *                              another language must share to be judged as a translation; also the fewest an article
 *                              needs to ask
 * @param translationCandidates translation candidates per article (other languages, sharing the most keys)
 */
public record CopyParams(double near, double sentence, double rewriteShare, int minAligned, int judgeShingle, double contained,
                         int minContainedShingles, double bodyNear, int bodyMinTokens, double editedTitle, int editedTitleMinTokens,
                         double sameTitleBody, int minTitleTokens, int leadSpan, int leadGram, int leadWindow, int embedMinWords,
                         int maxCandidates, int exactCandidates, int titleCandidates, double minEstimate, int factCandidates,
                         int factMinChars, int neighbours, double minCosine, int recent, int allowedSlots, int standingDays,
                         double translationShare, int translationMinAligned, double translationLength, int translationKeys,
                         int translationCandidates) {

    private static final CopyParams DEFAULTS = new Builder().build();

    public CopyParams {
        positive("minAligned", minAligned);
        positive("judgeShingle", judgeShingle);
        positive("minContainedShingles", minContainedShingles);
        positive("bodyMinTokens", bodyMinTokens);
        positive("editedTitleMinTokens", editedTitleMinTokens);
        positive("minTitleTokens", minTitleTokens);
        positive("leadSpan", leadSpan);
        positive("leadGram", leadGram);
        positive("leadWindow", leadWindow);
        positive("embedMinWords", embedMinWords);
        positive("maxCandidates", maxCandidates);
        positive("exactCandidates", exactCandidates);
        positive("titleCandidates", titleCandidates);
        positive("factCandidates", factCandidates);
        positive("factMinChars", factMinChars);
        positive("neighbours", neighbours);
        positive("recent", recent);
        positive("translationMinAligned", translationMinAligned);
        positive("translationKeys", translationKeys);
        positive("translationCandidates", translationCandidates);
        if (!(translationLength >= 1)) throw new IllegalArgumentException("copy parameter translationLength must be at least 1, not " + translationLength);
        if (standingDays < 0) throw new IllegalArgumentException("copy parameter standingDays must be 0 or more, not " + standingDays);
        if (allowedSlots < 0) throw new IllegalArgumentException("copy parameter allowedSlots must be 0 or more, not " + allowedSlots);
        share("near", near);
        share("sentence", sentence);
        share("rewriteShare", rewriteShare);
        share("contained", contained);
        share("bodyNear", bodyNear);
        share("editedTitle", editedTitle);
        share("sameTitleBody", sameTitleBody);
        share("minEstimate", minEstimate);
        share("translationShare", translationShare);
        if (!(minCosine >= -1 && minCosine <= 1)) throw new IllegalArgumentException("copy parameter minCosine must be in [-1, 1], not " + minCosine);
    }

    /** The values BENCHMARKS.md was measured with. */
    public static CopyParams defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The defaults with the given values instead (keys are the component names, e.g. {@code near=0.55}). An unknown
     * key or a value that is not a number of the component's type is rejected, so a misspelt knob never goes unnoticed.
     */
    public static CopyParams fromMap(Map<String, String> values) {
        RecordComponent[] components = CopyParams.class.getRecordComponents();
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        for (RecordComponent c : components) byName.put(c.getName(), c);
        for (String key : values.keySet()) {
            if (!byName.containsKey(key)) {
                throw new IllegalArgumentException("unknown copy parameter '" + key + "'; known: " + String.join(", ", byName.keySet()));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                String v = values.get(c.getName());
                args[i] = v == null ? c.getAccessor().invoke(DEFAULTS) : parse(c.getName(), c.getType(), v.strip());
            }
            return CopyParams.class.getDeclaredConstructor(types).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) throw iae;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every knob by name, in declaration order: for logs and for a parameter search to replay. */
    public Map<String, String> toMap() {
        return Arrays.stream(CopyParams.class.getRecordComponents()).collect(Collectors.toMap(RecordComponent::getName, c -> {
            try {
                return String.valueOf(c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }, (a, b) -> a, LinkedHashMap::new));
    }

    private static Object parse(String name, Class<?> type, String v) {
        try {
            return type == int.class ? (Object) Integer.parseInt(v) : (Object) Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("copy parameter " + name + " must be " + (type == int.class ? "a whole number" : "a number")
                    + ", not '" + v + "'");
        }
    }

    private static void positive(String name, int v) {
        if (v < 1) throw new IllegalArgumentException("copy parameter " + name + " must be at least 1, not " + v);
    }

    private static void share(String name, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("copy parameter " + name + " must be in [0, 1], not " + v);
    }

    /** Starts from the defaults (or from a record); each setter names one knob. Not thread-safe. */
    public static final class Builder {
        private double near = 0.5;
        private double sentence = 0.3;
        private double rewriteShare = 0.4;
        private int minAligned = 2;
        private int judgeShingle = 3;
        private double contained = 0.8;
        private int minContainedShingles = 5;
        private double bodyNear = 0.35;
        private int bodyMinTokens = 12;
        private double editedTitle = 1;
        private int editedTitleMinTokens = 8;
        private double sameTitleBody = 0.3;
        private int minTitleTokens = 5;
        private int leadSpan = 60;
        private int leadGram = 5;
        private int leadWindow = 8;
        private int embedMinWords = 80;
        private int maxCandidates = 20;
        private int exactCandidates = 3;
        private int titleCandidates = 5;
        private double minEstimate = 0.15;
        private int factCandidates = 8;
        private int factMinChars = 300;
        private int neighbours = 10;
        private double minCosine = 0.6;
        private int recent = 4096;
        private int allowedSlots = 0;
        private int standingDays = 3;
        private double translationShare = 0.6;
        private int translationMinAligned = 3;
        private double translationLength = 2.0;
        private int translationKeys = 4;
        private int translationCandidates = 5;

        private Builder() {
        }

        private Builder(CopyParams p) {
            near = p.near;
            sentence = p.sentence;
            rewriteShare = p.rewriteShare;
            minAligned = p.minAligned;
            judgeShingle = p.judgeShingle;
            contained = p.contained;
            minContainedShingles = p.minContainedShingles;
            bodyNear = p.bodyNear;
            bodyMinTokens = p.bodyMinTokens;
            editedTitle = p.editedTitle;
            editedTitleMinTokens = p.editedTitleMinTokens;
            sameTitleBody = p.sameTitleBody;
            minTitleTokens = p.minTitleTokens;
            leadSpan = p.leadSpan;
            leadGram = p.leadGram;
            leadWindow = p.leadWindow;
            embedMinWords = p.embedMinWords;
            maxCandidates = p.maxCandidates;
            exactCandidates = p.exactCandidates;
            titleCandidates = p.titleCandidates;
            minEstimate = p.minEstimate;
            factCandidates = p.factCandidates;
            factMinChars = p.factMinChars;
            neighbours = p.neighbours;
            minCosine = p.minCosine;
            recent = p.recent;
            allowedSlots = p.allowedSlots;
            standingDays = p.standingDays;
            translationShare = p.translationShare;
            translationMinAligned = p.translationMinAligned;
            translationLength = p.translationLength;
            translationKeys = p.translationKeys;
            translationCandidates = p.translationCandidates;
        }

        public Builder near(double v) { near = v; return this; }
        public Builder sentence(double v) { sentence = v; return this; }
        public Builder rewriteShare(double v) { rewriteShare = v; return this; }
        public Builder minAligned(int v) { minAligned = v; return this; }
        public Builder judgeShingle(int v) { judgeShingle = v; return this; }
        public Builder contained(double v) { contained = v; return this; }
        public Builder minContainedShingles(int v) { minContainedShingles = v; return this; }
        public Builder bodyNear(double v) { bodyNear = v; return this; }
        public Builder bodyMinTokens(int v) { bodyMinTokens = v; return this; }
        public Builder editedTitle(double v) { editedTitle = v; return this; }
        public Builder editedTitleMinTokens(int v) { editedTitleMinTokens = v; return this; }
        public Builder sameTitleBody(double v) { sameTitleBody = v; return this; }
        public Builder minTitleTokens(int v) { minTitleTokens = v; return this; }
        public Builder leadSpan(int v) { leadSpan = v; return this; }
        public Builder leadGram(int v) { leadGram = v; return this; }
        public Builder leadWindow(int v) { leadWindow = v; return this; }
        public Builder embedMinWords(int v) { embedMinWords = v; return this; }
        public Builder maxCandidates(int v) { maxCandidates = v; return this; }
        public Builder exactCandidates(int v) { exactCandidates = v; return this; }
        public Builder titleCandidates(int v) { titleCandidates = v; return this; }
        public Builder minEstimate(double v) { minEstimate = v; return this; }
        public Builder factCandidates(int v) { factCandidates = v; return this; }
        public Builder factMinChars(int v) { factMinChars = v; return this; }
        public Builder neighbours(int v) { neighbours = v; return this; }
        public Builder minCosine(double v) { minCosine = v; return this; }
        public Builder recent(int v) { recent = v; return this; }
        public Builder allowedSlots(int v) { allowedSlots = v; return this; }
        public Builder standingDays(int v) { standingDays = v; return this; }
        public Builder translationShare(double v) { translationShare = v; return this; }
        public Builder translationMinAligned(int v) { translationMinAligned = v; return this; }
        public Builder translationLength(double v) { translationLength = v; return this; }
        public Builder translationKeys(int v) { translationKeys = v; return this; }
        public Builder translationCandidates(int v) { translationCandidates = v; return this; }

        public CopyParams build() {
            return new CopyParams(near, sentence, rewriteShare, minAligned, judgeShingle, contained, minContainedShingles, bodyNear,
                    bodyMinTokens, editedTitle, editedTitleMinTokens, sameTitleBody, minTitleTokens, leadSpan, leadGram, leadWindow,
                    embedMinWords, maxCandidates, exactCandidates, titleCandidates, minEstimate, factCandidates, factMinChars,
                    neighbours, minCosine, recent, allowedSlots, standingDays, translationShare, translationMinAligned, translationLength,
                    translationKeys, translationCandidates);
        }
    }
}
