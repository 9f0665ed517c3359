package org.sitrep.clean;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.RemovedSpan;
import org.sitrep.pipeline.Facet;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContext;

/**
 * Bounds the work every later step does for one article: a cleaned text longer than {@link #MAX_CHARS} is cut at the
 * last paragraph, sentence or word end before the bound. What is cut stays in the source text as a removed span
 * (rule {@code text-limit}), and the article records the problem {@code text-truncated}, so nothing is silently lost:
 * the audit view shows it. Language identification, the content id, copy detection and annotation then see at most
 * the bound. Stateless.
 *
 * <p>The bound, 100,000 characters (about 16,000 words), is nearly four times the longest of the 447 news articles in
 * ../shared/data/real-news/gdelt-outlets-447 (27,176 characters): a real article is never cut; a book, a log dump or
 * a hostile post is.
 */
public final class TextBudget implements Stage {
    public static final int MAX_CHARS = 100_000;
    /** How far back from the bound a paragraph or sentence end is looked for. */
    private static final int LOOK_BACK = 2_000;

    private final int max;

    public TextBudget() {
        this(MAX_CHARS);
    }

    /** With another bound (tests). */
    public TextBudget(int max) {
        if (max < 100) throw new IllegalArgumentException("a text bound below 100 characters: " + max);
        this.max = max;
    }

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.CLEAN_TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.CLEAN_TEXT);
    }

    @Override
    public Article apply(Article a, StageContext context) {
        if (a.text().length() <= max) return a;
        String source = a.sourceText();
        int cut = cut(source, sourceOffset(a.removed(), max));
        List<RemovedSpan> spans = Lines.add(a.removed(), cut, source.length(), "text-limit");
        String text = Lines.without(source, spans);
        return a.withText(text, spans).withProblem(name(), "text-truncated", "the text was cut at " + text.length() + " of "
                + a.text().length() + " characters (at most " + max + " are kept, so that no article makes the work after "
                + "cleaning unbounded); the rest is kept in the source text");
    }

    /** Where in the source the kept text (the source less the removed spans, in order) reaches {@code kept} characters. */
    static int sourceOffset(List<RemovedSpan> removed, int kept) {
        List<RemovedSpan> spans = removed.stream().sorted(java.util.Comparator.comparingInt(RemovedSpan::start)).toList();
        int pos = 0;
        int count = 0;
        for (RemovedSpan s : spans) {
            if (s.end() <= pos) continue;
            int run = Math.max(0, s.start() - pos);
            if (count + run >= kept) break;
            count += run;
            pos = Math.max(pos, s.end());
        }
        return pos + (kept - count);
    }

    /** The last paragraph end, else sentence end, else space within {@link #LOOK_BACK} before {@code at}; else {@code at}. */
    static int cut(String s, int at) {
        at = Math.min(at, s.length());
        int from = Math.max(0, at - LOOK_BACK);
        int p = s.lastIndexOf("\n\n", at - 1);
        if (p >= from) return p;
        for (int i = at - 1; i > from; i--) {
            char c = s.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(s.charAt(i))) return i;
        }
        int sp = s.lastIndexOf(' ', at - 1);
        if (sp >= from) return sp;
        return at > 0 && Character.isHighSurrogate(s.charAt(at - 1)) ? at - 1 : at;
    }
}
