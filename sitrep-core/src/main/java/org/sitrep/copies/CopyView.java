package org.sitrep.copies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * What the judge reads of one article, each part computed on first use and kept: an article is judged against up to
 * ~25 candidates, and tokenizing, shingling and splitting it again for each pair was most of the judge's time.
 * Carried in the article's {@link Fingerprint}; the parts depend on the {@link CopyParams} it was made with, so a
 * judge with other parameters makes its own. Thread-safe: the parts are pure functions of the article, so a race only
 * computes one twice.
 */
public final class CopyView {
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?…”\"])\\s+(?=[\\p{Lu}“\"‘(–-])|\\n+");

    final Article article;
    final CopyParams params;
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
    private volatile TranslationKeys.Anchors anchors;

    public CopyView(Article article, CopyParams params) {
        this.article = Objects.requireNonNull(article, "article");
        this.params = Objects.requireNonNull(params, "params");
    }

    /** Whether this view is of {@code a} (the same object) and was made with {@code p}. */
    boolean isOf(Article a, CopyParams p) {
        return article == a && (params == p || params.equals(p));
    }

    long[] shingles() {
        long[] s = shingles;
        if (s == null) {
            List<String> t = Tokens.of(full(article));
            Set<String> n = new HashSet<>();
            for (String x : t) if (Character.isDigit(x.charAt(0))) n.add(x);
            numbers = n;
            shingles = s = Shingles.of(t, params.judgeShingle());
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
            body = s = Shingles.of(t, params.judgeShingle());
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
            titleKey = CopyKeys.titleKey(article.title(), params);
            titleKeyDone = true;
        }
        return titleKey;
    }

    List<String> sentences() {
        List<String> s = sentences;
        if (s == null) sentences = s = sentences(article.text());
        return s;
    }

    /** How many sentences of 20+ characters the text has. */
    public int sentenceCount() {
        return sentences().size();
    }

    Set<String> facts() {
        Set<String> s = facts;
        if (s == null) facts = s = CopyKeys.factSet(article.text());
        return s;
    }

    Map<String, Integer> credits() {
        Map<String, Integer> s = credits;
        if (s == null) credits = s = Attribution.credited(article.text());
        return s;
    }

    /** The text's sentences with their translation anchors ({@link TranslationJudge}). */
    TranslationKeys.Anchors anchors() {
        TranslationKeys.Anchors s = anchors;
        if (s == null) anchors = s = TranslationKeys.of(article.text(), article.language());
        return s;
    }

    /** Title and text, as the sketch sees them. */
    static String full(Article a) {
        return (a.title() == null ? "" : a.title() + "\n") + (a.text() == null ? "" : a.text());
    }

    /** The text's sentences of 20+ characters. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCES.split(text == null ? "" : text)) {
            String t = s.strip();
            if (t.length() >= 20) out.add(t);
        }
        return out;
    }
}
