package org.sitrep.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.RemovedSpan;
import org.sitrep.pipeline.Facet;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContext;

/**
 * Removes the boilerplate that publishing systems put around and inside an article's text, line by line, each
 * removal with a stable rule name: {@code comments}, {@code correction-notice}, {@code teaser}, {@code disclaimer},
 * {@code view-counter}, {@code image-credit}, {@code self-promotion}, {@code bonus-video}, {@code repeated-headline},
 * {@code aggregator-footer}, {@code read-more-link} (the last within a line: a feed teaser's closing link).
 * The rules describe kinds of boilerplate (in English and the languages common in this domain), never one site's
 * strings. Then writes the cleaned text. Stateless and thread-safe.
 */
public final class BoilerplateStripper implements Stage {
    /**
     * The line patterns are written in lower case and matched against the line lower-cased once ({@link Lines#lower},
     * which keeps every offset): several times faster than case-insensitive matching, the bulk of this stage's time.
     */
    private static final int FLAGS = 0;

    /*
     * Runs of white space are taken possessively (*+) wherever the next part may also match white space: with two
     * greedy quantifiers over the same spaces, a line of spaces that ends otherwise is tried at every split, so one
     * line of 20,000 spaces took minutes (found in the fuzzing work of issue 15). The lines matched are the same.
     */
    /** A comment section header: from here to the end is readers' comments. */
    private static final Pattern COMMENTS_HEADER = Pattern.compile(
            "^\\s*(?:(?:reader )?comments?|komentari|komentarze|коментарі|комментарии|kommentare|commentaires)\\s*+[(:\\[]?\\s*+\\d*\\s*+[)\\]]?\\s*$"
                    + "|^\\s*\\d+\\s+(?:comments?|komentar\\w*|коментар\\w*|комментар\\w*)\\s*$"
                    + "|^\\s*(?:leave a (?:comment|reply)|add (?:a|your) comment|join the (?:discussion|conversation)|show comments|this comment contains spoilers\\b.*)\\s*$",
            FLAGS);
    private static final Pattern CORRECTION = Pattern.compile(
            "(?:^\\s*|\\bto )(?:suggest a correction|if you (?:spot|notice|see|found) (?:an? )?(?:error|mistake|typo)|you can also highlight the text and press"
                    + "|found a (?:typo|mistake|error)|report an? (?:error|typo)|spotted an? (?:error|mistake)|select the text and press ctrl"
                    + "|zauważyłeś błąd|primijetili ste grešku|помітили помилку|нашли ошибку)",
            FLAGS);
    private static final Pattern TEASER_MARKER = Pattern.compile(
            "^\\s*(?:other topics of interest|related(?: posts| articles| stories| news| coverage| content)?|read (?:also|more|next)|see also|more on (?:this|the topic)"
                    + "|recommended(?: for you)?|you (?:may|might) (?:also )?(?:like|be interested in)|most read|trending now|editor'?s picks"
                    + "|czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|pročitajte (?:još|i|takođe)|vezane vijesti|povezane vesti"
                    + "|читайте також|читайте также|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|leer también)\\s*+[:.]?\\s*$",
            FLAGS);
    private static final Pattern TEASER_INLINE = Pattern.compile(
            "^\\s*(?:read (?:also|more)|see also|czytaj (?:też|także)|zobacz (?:też|także)|pročitajte (?:još|i)|читайте також|читайте также|lesen sie auch|à lire aussi)\\s*:\\s*\\S.{0,200}$",
            FLAGS);
    private static final Pattern DISCLAIMER = Pattern.compile(
            "^\\s*disclaimer\\b|translations? (?:is|are|was|were|has been|have been)? ?(?:mostly |mainly |automatically |partly )?(?:done |made |produced )?(?:by|through|with|using) (?:an? )?(?:ai|machine|automatic|google|deepl)"
                    + "|\\bmachine[- ]translated\\b|\\bthis (?:article|text|story) (?:was|has been) (?:automatically |machine[- ])?translated"
                    + "|\\bthe views expressed (?:in this|here)|\\bdoes not necessarily reflect the (?:views|position)",
            FLAGS);
    private static final Pattern VIEW_COUNTER = Pattern.compile(
            "^\\s*+[\\d.,\\s]*\\d\\s*(?:views?|reads?|pregleda|prikaza|wyświetleń|wyświetlenia|переглядів|просмотров|просмотра)\\b[\\s\\d]*+(?:comments?(?:\\(s\\))?|komentar\\w*)?\\s*$"
                    + "|^\\s*\\d+\\s*comment\\(s\\)\\s*$",
            FLAGS);
    private static final Pattern IMAGE_CREDIT = Pattern.compile(
            "^\\s*(?:image|images|photo|photos|photograph|picture|pictures|foto|fot\\.|illustration|illustrative (?:photo|image)|cover photo|source of (?:the )?(?:photo|image)|photo credit|credit|zdjęcie|фото|ілюстрація)\\s*[:|/-]"
                    + "|(?:photo|image|foto|picture|фото)\\s*:\\s*[\\p{L}][\\p{L}\\d .,&/'()-]{1,80}$"
                    + "|\\bvia wikimedia commons\\b|\\bcc by(?:-sa|-nd|-nc)*\\s*\\d"
                    + "|^(?=.{0,160}$).*\\b(?:getty images|shutterstock|ap photo|afp photo|reuters/|epa-efe|anadolu agency via getty)\\b.*$",
            FLAGS);
    private static final Pattern PROMOTION = Pattern.compile(
            "(?:share (?:it|this(?: article| story)?) with your (?:friends|family)|if you (?:have )?learned something from (?:my|our|this) article|we put a lot of heart"
                    + "|you would encourage us|it is always my pleasure to provide|subscribe to (?:our|the) (?:newsletter|channel|telegram)|sign up for (?:our|the) newsletter"
                    + "|follow us on (?:telegram|twitter|facebook|x|instagram|google news)|support (?:our|independent) journalism|download (?:our|the) app"
                    + "|join (?:us|our channel) on telegram|become a (?:patron|member|subscriber)|donate to (?:us|our)|pratite nas|obserwuj nas|підписуйтесь на)",
            FLAGS);
    /** Reddit's feed footer, the whole of a link post's teaser: "submitted by /u/name [link] [comments]". */
    private static final Pattern AGGREGATOR = Pattern.compile("^\\s*submitted by\\s+/?u/\\S+(?:\\s*\\[(?:link|comments)\\])*\\s*$", FLAGS);
    /**
     * A feed teaser's closing link to the full text, at the end of a line: "… Read Full Article at RT.com", "…
     * Continue reading...", "Read more…", "The post … appeared first on Insight News Media." Left in, its words are
     * the same in every item of the outlet and make them look alike (RT's "Read Full Article" tied ten days of its
     * items into one event). "read more" and "continue reading" count only after a sentence's end and before an
     * ellipsis, an arrow or "at/on X", so a sentence that ends "…should read more." keeps its words.
     */
    private static final Pattern READ_MORE_LINK = Pattern.compile(
            "\\s*(?:read (?:the )?full (?:article|story|report)(?:\\s+(?:at|on)\\s+[^\\n]{1,40}?)?\\s*[.…»>]*"
                    + "|(?<=[.!?…”\"’)\\]]|^)\\s*(?:continue reading|read more|read the rest)(?:\\s+(?:at|on)\\s+[^\\n]{1,40}?|\\s*(?:\\.{2,}|…|»|>|\\[…\\]))\\s*"
                    + "|(?<=[.!?…”\"’)\\]]|^)\\s*(?:continue reading|read more)\\s*\\.?"
                    + "|\\s*the post\\s.{1,200}?\\sappeared first on\\s[^\\n]{1,80}?\\s*\\.?)\\s*$",
            FLAGS);
    private static final int READ_MORE_TAIL = 360;
    private static final Pattern THANKS = Pattern.compile("^\\s*(?:thank you|thanks for reading)\\s*+[!.]?\\s*$", FLAGS);
    private static final Pattern BONUS_VIDEO = Pattern.compile(
            "^\\s*(?:bonus video|watch(?: the)? video|video of the day|pogledajte video|bonus wideo|zobacz wideo|дивіться відео|смотрите видео)\\s*+:?\\s*$",
            FLAGS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]{2,}");

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.SOURCE_TEXT, Facet.METADATA);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.CLEAN_TEXT);
    }

    @Override
    public Article apply(Article a, StageContext context) {
        String text = a.sourceText();
        List<RemovedSpan> spans = a.removed();
        List<Lines.Line> lines = Lines.of(text);
        String titleNorm = a.title() == null ? null : Lines.norm(a.title());
        Map<String, Integer> headlikeCounts = new HashMap<>();
        for (Lines.Line l : lines) {
            if (!l.isBlank() && Lines.isHeadlineShaped(l.text())) headlikeCounts.merge(Lines.norm(l.text()), 1, Integer::sum);
        }
        Set<String> teaserHeads = new HashSet<>();

        for (int i = 0; i < lines.size(); i++) {
            Lines.Line l = lines.get(i);
            if (l.isBlank() || Lines.covered(spans, l.start(), l.end())) continue;
            String t = l.text();
            String low = Lines.lower(t);
            if (COMMENTS_HEADER.matcher(low).find()) {
                spans = Lines.add(spans, l.start(), text.length(), "comments");
                break;
            }
            if (TEASER_MARKER.matcher(low).matches()) {
                spans = Lines.add(spans, l.start(), l.end(), "teaser");
                // The teaser's headline, and its blurb when the blurb is about the teaser, not the article.
                int j = nextText(lines, i + 1);
                if (j >= 0 && Lines.isHeadlineShaped(lines.get(j).text())) {
                    Lines.Line head = lines.get(j);
                    teaserHeads.add(Lines.norm(head.text()));
                    spans = Lines.add(spans, head.start(), head.end(), "teaser");
                    // A list of teaser headlines, one per line, goes with the marker too.
                    while (j + 1 < lines.size() && !lines.get(j + 1).isBlank() && Lines.isHeadlineShaped(lines.get(j + 1).text())) {
                        j++;
                        teaserHeads.add(Lines.norm(lines.get(j).text()));
                        spans = Lines.add(spans, lines.get(j).start(), lines.get(j).end(), "teaser");
                    }
                    int k = nextText(lines, j + 1);
                    if (k >= 0 && isTeaserBlurb(lines.get(k).text(), head.text(), text, lines.get(k))) {
                        spans = Lines.add(spans, lines.get(k).start(), lines.get(k).end(), "teaser");
                    }
                } else if (j >= 0 && headlikeCounts.getOrDefault(Lines.norm(lines.get(j).text()), 0) > 1) {
                    teaserHeads.add(Lines.norm(lines.get(j).text()));
                }
                // A teaser headline printed just before its marker.
                int p = prevText(lines, i - 1);
                if (p >= 0 && Lines.isHeadlineShaped(lines.get(p).text()) && headlikeCounts.getOrDefault(Lines.norm(lines.get(p).text()), 0) > 1) {
                    teaserHeads.add(Lines.norm(lines.get(p).text()));
                }
                continue;
            }
            String rule = lineRule(t, low, titleNorm);
            if (rule != null) {
                spans = Lines.add(spans, l.start(), l.end(), rule);
                continue;
            }
            // The closing link is at the line's end and at most ~330 characters long: look only there (the lookbehind
            // may still see the character before, and ^ is still only the line's start).
            // Every form of the link says "read" or "appeared first on": a line without either has none (a fast test).
            if (!low.contains("read") && !low.contains("appeared first on")) continue;
            var link = READ_MORE_LINK.matcher(low).useTransparentBounds(true).useAnchoringBounds(false).region(Math.max(0, t.length() - READ_MORE_TAIL), t.length());
            if (link.find()) spans = Lines.add(spans, l.start() + link.start(), l.end(), "read-more-link");
        }
        // A teaser headline repeated anywhere in the body is the teaser, wherever it stands.
        if (!teaserHeads.isEmpty()) {
            for (Lines.Line l : lines) {
                if (!l.isBlank() && teaserHeads.contains(Lines.norm(l.text()))) spans = Lines.add(spans, l.start(), l.end(), "teaser");
            }
        }
        // "Thank you!" closing a run of promotion.
        for (int i = lines.size() - 1; i >= 0; i--) {
            Lines.Line l = lines.get(i);
            if (l.isBlank()) continue;
            if (Lines.covered(spans, l.start(), l.end())) continue;
            if (THANKS.matcher(Lines.lower(l.text())).matches() && nearRule(spans, l, "self-promotion", text)) {
                spans = Lines.add(spans, l.start(), l.end(), "self-promotion");
            }
            break;
        }
        String cleaned = Lines.without(text, spans);
        Article out = a.withText(cleaned, spans);
        List<String> prompts = new java.util.ArrayList<>();
        for (RemovedSpan s : spans) {
            if (s.rule().equals("page-prompt")) prompts.add(NoArticlePages.promptKind(text.substring(s.start(), s.end())));
        }
        if (linkWords(text, spans) > 3 * NoArticlePages.words(cleaned)) prompts.add(NoArticlePages.INDEX_PAGE);
        String none = NoArticlePages.verdict(a.title(), cleaned, prompts);
        if (none == null) {
            if (!a.fields().containsKey(Article.NO_ARTICLE)) return out;
            // Cleaned again (better rules) and the page has text after all.
            Map<String, String> f = new java.util.LinkedHashMap<>(a.fields());
            f.remove(Article.NO_ARTICLE);
            return out.withFields(f);
        }
        Map<String, String> f = new java.util.LinkedHashMap<>(a.fields());
        f.put(Article.NO_ARTICLE, none);
        out = out.withFields(f);
        return a.fields().containsKey(Article.NO_ARTICLE) ? out : out.withProblem(name(), "no-article-text", NoArticlePages.explain(none));
    }

    /** Words the HTML extractor set aside as links, navigation or related stories. */
    private static int linkWords(String text, List<RemovedSpan> spans) {
        int n = 0;
        for (RemovedSpan s : spans) {
            if (s.rule().equals("html-links") || s.rule().equals("html-nav") || s.rule().equals("html-related")) {
                n += NoArticlePages.words(text.substring(s.start(), s.end()));
            }
        }
        return n;
    }

    private static String lineRule(String t, String low, String titleNorm) {
        if (NoArticlePages.removable(t)) return "page-prompt";
        if (t.length() < 300 && CORRECTION.matcher(low).find()) return "correction-notice";
        if (t.length() < 400 && DISCLAIMER.matcher(low).find()) return "disclaimer";
        if (VIEW_COUNTER.matcher(low).find()) return "view-counter";
        if (BONUS_VIDEO.matcher(low).matches()) return "bonus-video";
        if (TEASER_INLINE.matcher(low).matches()) return "teaser";
        if (t.length() < 300 && IMAGE_CREDIT.matcher(low).find()) return "image-credit";
        if (t.length() < 400 && PROMOTION.matcher(low).find()) return "self-promotion";
        if (AGGREGATOR.matcher(low).matches()) return "aggregator-footer";
        if (titleNorm != null && Lines.norm(t).equals(titleNorm)) return "repeated-headline";
        return null;
    }

    /** A teaser's blurb shares rare words with the teaser headline that the rest of the article does not use. */
    private static boolean isTeaserBlurb(String blurb, String head, String text, Lines.Line blurbLine) {
        Set<String> headWords = words(head);
        String headNorm = Lines.norm(head);
        StringBuilder rest = new StringBuilder();
        for (Lines.Line l : Lines.of(text)) {
            if (l.start() == blurbLine.start() || Lines.norm(l.text()).equals(headNorm)) continue;
            rest.append(l.text()).append('\n');
        }
        Set<String> restWords = words(rest.toString());
        int shared = 0;
        for (String w : words(blurb)) {
            if (headWords.contains(w) && !restWords.contains(w)) shared++;
        }
        return shared >= 2;
    }

    private static boolean nearRule(List<RemovedSpan> spans, Lines.Line l, String rule, String text) {
        // Spans end at a line's end and lines start after a newline, so "right after" means only blank text between.
        for (RemovedSpan s : spans) {
            if (s.rule().equals(rule) && s.end() <= l.start() && text.substring(s.end(), l.start()).isBlank()) return true;
        }
        return false;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replaceAll("['’]s$", "");
            if (w.length() > 3) out.add(w);
        }
        return out;
    }

    private static int nextText(List<Lines.Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i;
        return -1;
    }

    private static int prevText(List<Lines.Line> lines, int from) {
        for (int i = from; i >= 0; i--) if (!lines.get(i).isBlank()) return i;
        return -1;
    }
}
