package org.sitrep.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.RemovedSpan;
import org.sitrep.pipeline.Facet;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContext;

/**
 * Removes control characters from every text an article stores: its source text (and cleaned text, if any), title,
 * URL, outlet and fields (names and values). Removed are the C0 controls except tab, line feed and carriage return,
 * DEL, the C1 controls, and lone surrogates (a JSON escape such as {@code \ud800} makes one); none is text a reader
 * can see, and a terminal or a browser may act on them. Vertical tab, form feed and next line (U+0085) separate
 * words, so each becomes a space rather than joining two words. Runs right after the extractor, before any offset is
 * derived from the source text; the removed spans the extractor made are moved to the offsets of the stripped text.
 * When anything was removed, a {@code control-characters} problem says how many. Stateless and thread-safe.
 */
public final class ControlCharacters implements Stage {
    @Override
    public String name() {
        return "control-characters";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.SOURCE_TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of();
    }

    @Override
    public Article apply(Article a, StageContext context) {
        int[] count = new int[1];
        String source = a.sourceText();
        List<RemovedSpan> spans = a.removed();
        if (source != null && needsWork(source)) {
            int[] removedBefore = new int[source.length() + 1];
            String stripped = strip(source, removedBefore);
            count[0] += controls(source);
            spans = moved(spans, removedBefore);
            source = stripped;
        }
        String text = counted(a.text(), count);
        String title = counted(a.title(), count);
        String url = counted(a.url(), count);
        String outlet = counted(a.outlet(), count);
        Map<String, String> fields = a.fields();
        if (fields.entrySet().stream().anyMatch(e -> needsWork(e.getKey()) || needsWork(e.getValue()))) {
            Map<String, String> clean = new LinkedHashMap<>();
            fields.forEach((k, v) -> clean.merge(counted(k, count), counted(v, count), (x, y) -> x));
            fields = clean;
        }
        if (count[0] == 0) return a;
        Article out = new Article(a.id(), a.origin(), outlet, url, title, a.published(), a.fetched(), a.language(),
                a.languageConfidence(), source, text, spans, fields, a.problems());
        return out.withProblem(name(), "control-characters", count[0] + " control character" + (count[0] == 1 ? "" : "s")
                + " (or lone surrogate" + (count[0] == 1 ? "" : "s") + ") removed from the stored text");
    }

    /** {@code s} without the characters this stage removes, the word-separating ones as spaces; null stays null. */
    public static String strip(String s) {
        return s == null || !needsWork(s) ? s : strip(s, null);
    }

    /** True for a character that is removed or replaced at {@code i} (a lone surrogate counts as one character). */
    static boolean isControl(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
        if (c >= 0x7F && c <= 0x9F) return true;
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }

    private static boolean separatesWords(char c) {
        return c == 0x0B || c == 0x0C || c == 0x85;
    }

    private static boolean needsWork(String s) {
        if (s == null) return false;
        for (int i = 0; i < s.length(); i++) if (isControl(s, i)) return true;
        return false;
    }

    /**
     * Strips {@code s}; when {@code removedBefore} is given (length {@code s.length() + 1}), fills it with how many
     * characters were dropped before each offset of {@code s}, so that offset {@code o} becomes {@code o - removedBefore[o]}.
     */
    private static String strip(String s, int[] removedBefore) {
        StringBuilder out = new StringBuilder(s.length());
        int dropped = 0;
        for (int i = 0; i < s.length(); i++) {
            if (removedBefore != null) removedBefore[i] = dropped;
            char c = s.charAt(i);
            if (!isControl(s, i)) {
                out.append(c);
            } else if (separatesWords(c)) {
                out.append(' ');
            } else {
                dropped++;
            }
        }
        if (removedBefore != null) removedBefore[s.length()] = dropped;
        return out.toString();
    }

    /** The spans at the offsets of the stripped text; a span left empty is kept (its rule still applied there). */
    private static List<RemovedSpan> moved(List<RemovedSpan> spans, int[] removedBefore) {
        List<RemovedSpan> out = new ArrayList<>(spans.size());
        for (RemovedSpan sp : spans) {
            out.add(new RemovedSpan(sp.start() - removedBefore[sp.start()], sp.end() - removedBefore[sp.end()], sp.rule()));
        }
        return out;
    }

    /** Strips {@code s} and adds the number of characters removed or replaced to {@code count[0]}. */
    private static String counted(String s, int[] count) {
        if (!needsWork(s)) return s;
        count[0] += controls(s);
        return strip(s, null);
    }

    private static int controls(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (isControl(s, i)) n++;
        return n;
    }
}
