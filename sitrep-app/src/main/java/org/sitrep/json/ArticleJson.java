package org.sitrep.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.RemovedSpan;

/**
 * The stable JSON shape of an article, shared by {@code sitrep … --json} and the HTTP API so both say the same
 * thing with the same names. Field names are snake_case and never renamed; new fields may be added.
 */
public final class ArticleJson {
    private ArticleJson() {
    }

    /**
     * id, title, outlet, url, published (ISO-8601 date or instant), published_precision, published_evidence,
     * fetched, language, language_confidence, snippet (the text's start: {@link #snippet}), text_length. Lists and
     * search results carry this, never the whole text, so a page of them stays small whatever was ingested.
     */
    public static Map<String, Object> summary(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("outlet", a.outlet());
        m.put("url", a.url());
        m.put("published", a.published() == null ? null : a.published().iso());
        m.put("published_precision", a.published() == null ? null : a.published().precision().name().toLowerCase());
        m.put("published_evidence", a.published() == null ? null : a.published().evidence().name().toLowerCase());
        m.put("fetched", a.fetched().toString());
        m.put("language", a.language());
        m.put("language_confidence", a.languageConfidence());
        m.put("snippet", snippet(a.text(), SNIPPET_CHARS));
        m.put("text_length", a.text().length());
        return m;
    }

    /** At most about this many characters of each removed span's text are given (the span is in source_text). */
    static final int REMOVED_CHARS = 2_000;

    /** About how many characters of an article's text a summary carries. */
    public static final int SNIPPET_CHARS = 300;

    /**
     * The start of {@code text} with its whitespace collapsed: all of it when it fits in {@code max} characters, else
     * cut at the last space before {@code max} (or at {@code max} when a word is longer) with an ellipsis.
     */
    public static String snippet(String text, int max) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && b.length() <= max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        if (b.length() <= max) return b.toString();
        int cut = b.lastIndexOf(" ", max);
        if (cut < max / 2) cut = max;
        if (cut > 0 && Character.isHighSurrogate(b.charAt(cut - 1))) cut--;
        return b.substring(0, cut).stripTrailing() + "…";
    }

    /** The summary plus text, source_text, removed [{start,end,rule,text (at most about 2,000 characters)}], problems, fields and origin. */
    public static Map<String, Object> full(Article a) {
        Map<String, Object> m = summary(a);
        m.put("text", a.text());
        m.put("source_text", a.sourceText());
        List<Map<String, Object>> removed = new ArrayList<>();
        for (RemovedSpan s : a.removed()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("start", s.start());
            r.put("end", s.end());
            r.put("rule", s.rule());
            // The span itself is in source_text; its text here is for lists of removals, so a long one is shortened.
            r.put("text", s.end() - s.start() > REMOVED_CHARS ? snippet(s.text(a.sourceText()), REMOVED_CHARS) : s.text(a.sourceText()));
            removed.add(r);
        }
        m.put("removed", removed);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem p : a.problems().items()) {
            problems.add(Map.of("stage", p.stage(), "code", p.code(), "message", p.message()));
        }
        m.put("problems", problems);
        m.put("problems_dropped", a.problems().dropped());
        m.put("fields", a.fields());
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("input", a.origin().input());
        origin.put("record", a.origin().record());
        origin.put("format", a.origin().format().name().toLowerCase());
        m.put("origin", origin);
        return m;
    }
}
