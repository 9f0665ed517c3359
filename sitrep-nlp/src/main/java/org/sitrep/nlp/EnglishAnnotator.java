package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Annotates English text with Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner with SUTime and numeric
 * normalization, quote) and turns CoreNLP's maps into this package's records: sentences, entity mentions, normalized
 * dates, quantities with what they count, quotes with their speaker.
 *
 * <p>The CoreNLP pipeline is built once per process, on first use (about 10 s and 1-2 GB of heap), and shared.
 * Thread-safety: {@link #annotate} may be called from many threads at once. CoreNLP's annotators for this
 * pipeline hold only read-only models after loading, and CoreNLP itself annotates with one pipeline object from
 * several threads ({@code StanfordCoreNLP.annotate(Iterable, int)}, its server); {@code EnglishAnnotatorIT} checks
 * that concurrent calls give the same results as sequential ones.
 *
 * <p>Relative expressions ("Saturday", "last week") are resolved against the reference time given to each call,
 * never the clock: the article's publication time, or its fetch time (say so with {@code referenceIsFetchTime}).
 */
public final class EnglishAnnotator implements Annotator {
    /**
     * Which NER models CoreNLP runs. {@link #DEFAULT} is what the module's README chose and measured; the others are
     * for comparisons (a benchmark reads them at its edge).
     *
     * @param nerModels   CoreNLP's {@code ner.model} (comma-separated model paths), or null for CoreNLP's default three
     * @param fineGrained CoreNLP's fine-grained NER (CITY, COUNTRY, NATIONALITY, TITLE…)
     */
    public record Options(String nerModels, boolean fineGrained) {
        public static final Options DEFAULT = new Options(null, false);
    }

    private static final EnglishAnnotator SHARED = new EnglishAnnotator(Options.DEFAULT);

    private final Options options;
    private volatile StanfordCoreNLP pipeline;
    private volatile StanfordCoreNLP noQuotes;

    private EnglishAnnotator(Options options) {
        this.options = options;
    }

    /** The process-wide annotator. Cheap: the pipeline is loaded on the first {@link #annotate} or {@link #load}. */
    public static EnglishAnnotator shared() {
        return SHARED;
    }

    /** An annotator with other options: the shared one for the defaults, else one with a pipeline of its own. */
    public static EnglishAnnotator with(Options options) {
        return options.equals(Options.DEFAULT) ? SHARED : new EnglishAnnotator(options);
    }

    /** Loads the shared pipeline now if it is not loaded, and returns how long that took (zero when it was loaded). */
    public static Duration load() {
        long t0 = System.nanoTime();
        SHARED.pipeline();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) pipeline = new StanfordCoreNLP(properties(options));
                p = pipeline;
            }
        }
        return p;
    }

    /** The same pipeline without the quote annotator; CoreNLP's annotator pool shares the loaded models. */
    private StanfordCoreNLP noQuotes() {
        StanfordCoreNLP p = noQuotes;
        if (p == null) {
            synchronized (this) {
                if (noQuotes == null) {
                    Properties props = properties(options);
                    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
                    noQuotes = new StanfordCoreNLP(props);
                }
                p = noQuotes;
            }
        }
        return p;
    }

    /**
     * Annotates one text.
     *
     * @param text                 the text (the article's cleaned text); offsets in the result point into it
     * @param reference            the time relative expressions are resolved against (its UTC date is used)
     * @param referenceIsFetchTime whether {@code reference} is the fetch time because the publication time is unknown
     */
    @Override
    public Annotations annotate(String text, Instant reference, boolean referenceIsFetchTime) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
        if (text.isBlank()) return new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(), reference, referenceIsFetchTime);
        return fromCoreNlp(text, coreNlpOf(text, reference), reference, referenceIsFetchTime);
    }

    /** Our part of {@link #annotate}: CoreNLP's annotation of {@code text} to this package's records. */
    static Annotations fromCoreNlp(String text, Annotation a, Instant reference, boolean referenceIsFetchTime) {
        Doc doc = read(text, a);
        List<Mention> mentions = ProperNouns.find(doc);
        List<Mention> persons = new ArrayList<>();
        for (Mention m : mentions) if (m.type().equals("PERSON")) persons.add(m);
        return new Annotations(doc.sentences(), mentions,
                Times.find(doc, LocalDate.ofInstant(reference, ZoneOffset.UTC), referenceIsFetchTime),
                Quantities.find(doc), Speakers.find(doc, quotes(text, a), persons), reference, referenceIsFetchTime);
    }

    /** CoreNLP alone on a text, as the shared annotator's {@link #annotate} runs it: the baseline of {@code NlpBench}. */
    static Annotation coreNlp(String text, Instant reference) {
        return SHARED.coreNlpOf(text, reference);
    }

    /** CoreNLP alone on a text, as {@link #annotate} runs it. */
    Annotation coreNlpOf(String text, Instant reference) {
        Annotation a = new Annotation(text);
        a.set(CoreAnnotations.DocDateAnnotation.class, LocalDate.ofInstant(reference, ZoneOffset.UTC).toString());
        try {
            pipeline().annotate(a);
            return a;
        } catch (StringIndexOutOfBoundsException e) {
            // CoreNLP 4.5.10's quote annotator fails on some texts whose tokens overlap after tokenization
            // (QuoteAnnotator.xmlFreeText: "Range [159, 158) out of bounds"; e.g. a text ending "…, a 65-g" after a
            // "Va." dateline). Annotate such a text again without quotes rather than lose the whole article.
            Annotation again = new Annotation(text);
            again.set(CoreAnnotations.DocDateAnnotation.class, LocalDate.ofInstant(reference, ZoneOffset.UTC).toString());
            noQuotes().annotate(again);
            return again;
        }
    }

    /**
     * The pipeline's configuration. Why each choice is in the module's README; in short: newlines end sentences
     * (articles are one paragraph per line, and headlines have no final stop); no fine-grained NER (CITY, COUNTRY,
     * NATIONALITY, TITLE…: it made the whole stage 2.3 times slower, load 2.6 times longer and memory twice as large,
     * and places are resolved with a gazetteer anyway, so LOCATION is enough); SUTime without holiday binders (slow to load, rare in war news), quotes without
     * CoreNLP's attribution (it needs the parser and coreference, many times slower; {@code Speakers} does it).
     */
    static Properties properties(Options options) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,quote");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("sutime.binders", "0");
        p.setProperty("sutime.rules", "edu/stanford/nlp/models/sutime/defs.sutime.txt,edu/stanford/nlp/models/sutime/english.sutime.txt");
        p.setProperty("quote.attributeQuotes", "false");
        if (options.nerModels() != null) p.setProperty("ner.model", options.nerModels());
        if (options.fineGrained()) p.setProperty("ner.applyFineGrained", "true");
        return p;
    }

    private static Doc read(String text, Annotation a) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> cs = a.get(CoreAnnotations.SentencesAnnotation.class);
        List<Integer> base = new ArrayList<>();
        if (cs != null) {
            for (CoreMap s : cs) {
                List<CoreLabel> ts = s.get(CoreAnnotations.TokensAnnotation.class);
                base.add(tokens.size());
                int si = sentences.size();
                for (CoreLabel t : ts) {
                    tokens.add(new Token(t.word(), t.tag(), t.lemma(), t.ner() == null ? "O" : t.ner(),
                            t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), t.beginPosition(), t.endPosition(), si, tokens.size()));
                }
                sentences.add(new Sentence(si, s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), ts.size()));
            }
        }
        List<Span> spans = new ArrayList<>();
        List<CoreMap> ms = a.get(CoreAnnotations.MentionsAnnotation.class);
        if (ms != null) {
            for (CoreMap m : ms) {
                List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                if (mt == null || mt.isEmpty()) continue;
                int s = mt.get(0).sentIndex();
                int first = base.get(s) + mt.get(0).index() - 1;
                int last = base.get(s) + mt.get(mt.size() - 1).index() - 1;
                Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
                spans.add(new Span(m.get(CoreAnnotations.NamedEntityTagAnnotation.class), first, last,
                        m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class), m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                        s, tx == null ? null : tx.value()));
            }
        }
        spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return new Doc(text, tokens, sentences, mergeTimes(spans));
    }

    /**
     * CoreNLP's entity mentions cut one SUTime expression into pieces ("late on" / "Friday" / "night", all
     * 2023-06-23TNI): adjacent DATE or TIME pieces with the same TIMEX value are one expression again.
     */
    private static List<Span> mergeTimes(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Span prev = out.isEmpty() ? null : out.getLast();
            if (prev != null && s.timex() != null && s.timex().equals(prev.timex()) && s.first() <= prev.last() + 1
                    && (s.type().equals("DATE") || s.type().equals("TIME")) && (prev.type().equals("DATE") || prev.type().equals("TIME"))) {
                out.set(out.size() - 1, new Span(prev.type().equals("TIME") || s.type().equals("TIME") ? "TIME" : "DATE",
                        prev.first(), s.last(), prev.start(), s.end(), prev.sentence(), prev.timex()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** CoreNLP's top-level quotes as {innerStart, innerEnd, outerStart, outerEnd}, leaving out short scare quotes. */
    private static List<int[]> quotes(String text, Annotation a) {
        List<int[]> out = new ArrayList<>();
        List<CoreMap> qs = a.get(CoreAnnotations.QuotationsAnnotation.class);
        if (qs == null) return out;
        for (CoreMap q : qs) {
            int os = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int oe = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int is = os, ie = oe;
            while (is < ie && isQuoteMark(text.charAt(is))) is++;
            while (ie > is && isQuoteMark(text.charAt(ie - 1))) ie--;
            if (words(text, is, ie) < 3) continue; // "victories", "political bonuses": scare quotes, not speech
            out.add(new int[] {is, ie, os, oe});
        }
        return out;
    }

    private static boolean isQuoteMark(char c) {
        return "\"'`“”„‟«»‘’‚‛".indexOf(c) >= 0;
    }

    private static int words(String text, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
}
