package org.sitrep.clean;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * The parts inside the article's containers that are not its text, and the rule that names each: {@code html-caption}
 * (figures, captions, credits), {@code html-byline} (author and date lines), {@code html-comments}, {@code html-related},
 * {@code html-share}, {@code html-promotion}, {@code html-nav}, {@code html-links} (lists and lines that are mostly
 * links), {@code html-hidden} (text for screen readers only); and {@code html-outside-article} for every line outside
 * them. A container's class or id counts only between a line and the article's container (never up to the page's
 * body), as whole words ({@code non-ad-column} is not an ad), and a text-heavy container is not set aside for a weak
 * word such as "widget" or "header".
 */
final class PageParts {
    static final String OUTSIDE = "html-outside-article";
    private static final String KEEP = "";
    /** Containers that are never the article's text, however long: comments. */
    private static final Set<String> STRONG = Set.of("comment", "comments", "commentlist", "disqus", "respond", "outbrain", "taboola", "reply",
            "replies");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("nav", "nav"), Map.entry("navbar", "nav"), Map.entry("navigation", "nav"), Map.entry("menu", "nav"),
            Map.entry("breadcrumb", "nav"), Map.entry("breadcrumbs", "nav"), Map.entry("pagination", "nav"), Map.entry("tags", "nav"),
            Map.entry("header", "header"), Map.entry("masthead", "header"), Map.entry("footer", "footer"),
            Map.entry("related", "related"), Map.entry("recommended", "related"), Map.entry("trending", "related"), Map.entry("popular", "related"),
            Map.entry("most-read", "related"), Map.entry("teaser", "related"), Map.entry("more-stories", "related"), Map.entry("readmore", "related"),
            Map.entry("share", "share"), Map.entry("sharing", "share"), Map.entry("social", "share"), Map.entry("sharebar", "share"),
            Map.entry("promo", "promotion"), Map.entry("newsletter", "promotion"), Map.entry("subscribe", "promotion"), Map.entry("subscription", "promotion"),
            Map.entry("paywall", "promotion"), Map.entry("sponsor", "promotion"), Map.entry("sponsored", "promotion"), Map.entry("ad", "promotion"),
            Map.entry("ads", "promotion"), Map.entry("advert", "promotion"), Map.entry("advertisement", "promotion"), Map.entry("banner", "promotion"),
            Map.entry("signup", "promotion"), Map.entry("donate", "promotion"), Map.entry("cookie", "cookie"), Map.entry("cookies", "cookie"),
            Map.entry("consent", "cookie"), Map.entry("gdpr", "cookie"), Map.entry("popup", "cookie"), Map.entry("modal", "cookie"),
            Map.entry("sidebar", "sidebar"), Map.entry("widget", "sidebar"), Map.entry("rail", "sidebar"),
            Map.entry("byline", "byline"), Map.entry("author", "byline"), Map.entry("dateline", "byline"), Map.entry("timestamp", "byline"),
            Map.entry("published", "byline"), Map.entry("updated", "byline"), Map.entry("date", "byline"), Map.entry("meta", "byline"),
            Map.entry("bio", "byline"), Map.entry("membership", "promotion"), Map.entry("donation", "promotion"),
            Map.entry("caption", "caption"), Map.entry("credit", "caption"), Map.entry("credits", "caption"), Map.entry("figcaption", "caption"),
            Map.entry("sr-only", "hidden"), Map.entry("visually-hidden", "hidden"), Map.entry("screen-reader-text", "hidden"), Map.entry("hidden", "hidden"), Map.entry("hide", "hidden"));
    /** Words that say a container is the article's text: with one of them, a weak negative word does not count. */
    private static final Pattern POSITIVE = Pattern.compile("(?:^|[\\s_-])(?:article|body|content|entry|post|story|text|prose|main)(?:$|[\\s_-])");
    private static final Pattern CLASSES = Pattern.compile("[\\s_]+");
    private static final Set<String> CONTAINER_WORDS = Set.of("s", "list", "box", "bar", "links", "section", "area", "wrap", "wrapper",
            "container", "block", "items", "posts", "stories", "articles", "module", "widget", "zone", "panel", "form", "thread");
    private static final List<String> RUN_TOGETHER = List.of("related", "comment", "social", "sponsor", "sidebar", "newsletter", "breadcrumb",
            "footer", "header", "widget", "subscribe", "popular", "trending", "recommended", "advert", "sharing", "disqus", "share");
    private static final Pattern AD_LABEL = Pattern.compile(
            "(?i)advertisement|advertising|anzeige|reklama|publicité|publicidad|pubblicità|реклама|sponsored(?: content)?|ad|story continues below(?: advertisement)?");
    /** "By Olena Petrenko", "By Ed Hornick, CNN", "Von Anna Schmidt und Jan Nowak", "Par …", "Autor: …". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)\\s*(?:by|written by|words by|von|par|por|przez|autor(?:ka)?|автор|авторка)\\s*:?\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|und|et|y|i|і|и|&|de|van|von|der|al)){0,6}"
                    + "(?:\\s*[,|/–—-]\\s*[\\p{L}\\p{N} .,&'’|/–—:-]{0,60})?\\s*");
    private static final String MONTHS_AND_DAYS =
            "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
                    + "|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday";
    private static final Pattern MONTH_OR_DAY = Pattern.compile(MONTHS_AND_DAYS);
    /** The words a date line may hold besides figures: months, days, labels, zones. */
    private static final Pattern DATE_WORDS = Pattern.compile(MONTHS_AND_DAYS
            + "|am|pm|a|p|m|utc|gmt|et|est|edt|pt|pst|pdt|bst|cet|cest|eet|eest|msk|st|nd|rd|th|h|hrs|at|on|of|the"
            + "|updated|published|posted|last|modified|date|time|issued|created|ago|hours?|minutes?|mins?|days?"
            + "|aktualizacja|opublikowano|zaktualizowano|aktualisiert|veröffentlicht|publié|mis|à|jour|le|publicado|actualizado"
            + "|оновлено|опубліковано|обновлено|опубликовано|ažurirano|objavljeno");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,2}[:.h]\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Set<String> TAGS = Set.of("nav", "aside", "footer", "form", "menu", "dialog", "figure", "figcaption", "header");

    private PageParts() {
    }

    /** The rule every element inside the article's containers passes to its lines ("" for none). */
    static Map<Element, String> rules(List<Element> main, HtmlBlocks page) {
        Map<Element, String> rules = new IdentityHashMap<>();
        for (Element root : main) {
            Deque<String> inherited = new ArrayDeque<>();
            root.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (!(node instanceof Element e)) return;
                    String parent = inherited.isEmpty() ? KEEP : inherited.peek();
                    String rule = !parent.isEmpty() || e == root ? parent : own(e, page);
                    if (rule == null) rule = KEEP;
                    inherited.push(rule);
                    rules.put(e, rule);
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element) inherited.pop();
                }
            });
        }
        return rules;
    }

    /**
     * For the audit, what the page calls the parts outside the article: the innermost container of each element that
     * names itself (a nav, footer, aside, form, or a class such as "cookie-consent", "comments", "related-stories").
     * One walk of the page.
     */
    static Map<Element, String> outsideNames(Element root) {
        Map<Element, String> names = new IdentityHashMap<>();
        Deque<String> inherited = new ArrayDeque<>();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                String name = named(e);
                if (name == null) name = inherited.isEmpty() ? KEEP : inherited.peek();
                inherited.push(name);
                if (!name.isEmpty()) names.put(e, name);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) inherited.pop();
            }
        });
        return names;
    }

    private static String named(Element e) {
        // The class or id says more than the tag: <aside class="related"> is related links, not a sidebar.
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
        String kind = words.isEmpty() ? null : kind(words);
        if (kind != null && !kind.equals("hidden")) return "html-" + kind;
        return tagRule(e.normalName());
    }

    /** What a container's tag alone says it is (inside the article, some of these count only when small). */
    private static String tagRule(String tag) {
        return switch (tag) {
            case "nav", "menu" -> "html-nav";
            case "footer", "header", "form" -> "html-" + tag;
            case "aside" -> "html-sidebar";
            case "dialog" -> "html-cookie";
            default -> null;
        };
    }

    /** The rule for one line: its container's, then what the line itself is; outside, what the page calls its part. */
    static String judge(HtmlBlocks.Block b, Map<Element, String> rules, Map<Element, String> outside) {
        String inherited = rules.get(b.owner());
        if (inherited == null) return outside.getOrDefault(b.owner(), OUTSIDE);
        if (!inherited.isEmpty()) return inherited;
        return line(b);
    }

    /** No container of running text on the page: every line that is not mostly links or a label is kept. */
    static String withoutMain(HtmlBlocks.Block b) {
        return line(b);
    }

    private static String line(HtmlBlocks.Block b) {
        String t = b.text();
        if (t.length() <= 40 && AD_LABEL.matcher(t.strip()).matches()) return "html-promotion";
        if (t.length() <= 100 && !b.heading() && (isByline(t) || isTimestamp(t))) return "html-byline";
        if (b.linkDensity() > 0.5 && t.length() < 200 && !b.heading()) return "html-links";
        return null;
    }

    /** "By Ed Hornick, CNN", but not "By Tuesday, troops had left." (a day's name, or a sentence's end). */
    static boolean isByline(String t) {
        var m = BYLINE.matcher(t);
        if (!m.matches() || t.strip().matches(".*[.!?]$")) return false;
        String first = t.strip().split("\\s+")[1];
        if (first.endsWith(":")) first = t.strip().split("\\s+").length > 2 ? t.strip().split("\\s+")[2] : first;
        return !MONTH_OR_DAY.matcher(first.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "")).matches();
    }

    /**
     * A line that is only a date and time, perhaps with a label: "Updated 3:46 PM ET, Fri March 11, 2015",
     * "22.03.2024 05:10", "Published on 5 May 2023". Every word is a month, a weekday, a label or a zone, and there
     * is a figure.
     */
    static boolean isTimestamp(String t) {
        boolean figure = false;
        boolean named = false;
        int words = 0;
        for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) continue;
            words++;
            if (Character.isDigit(w.charAt(0))) {
                figure = true;
                continue;
            }
            if (!DATE_WORDS.matcher(w).matches()) return false;
            if (MONTH_OR_DAY.matcher(w).matches()) named = true;
        }
        // A figure with a month's or a day's name, or figures written as a date or a time (not a version number).
        return figure && words >= 2 && (named || NUMERIC_DATE.matcher(t).find());
    }

    private static String own(Element e, HtmlBlocks page) {
        String tag = e.normalName();
        HtmlBlocks.Stats s = page.stats(e);
        if (TAGS.contains(tag)) {
            switch (tag) {
                case "figure", "figcaption":
                    // A figure that holds paragraphs of text is a layout box, not a picture.
                    if (s.chars < 600) return "html-caption";
                    break;
                case "header":
                    if (s.chars < 400) return "html-header";
                    break;
                case "aside":
                    if (s.chars < 1500) return "html-sidebar";
                    break;
                default:
                    return tagRule(tag);
            }
        }
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
        if (!words.isEmpty()) {
            String kind = kind(words);
            if (kind != null) {
                boolean strong = kind.equals("comments");
                boolean small = s.chars < 300 || s.linkDensity() > 0.3;
                boolean positive = POSITIVE.matcher(words).find();
                if (strong) return "html-comments";
                // Related stories come with their blurbs: a box of them may be long, but never as long as an article.
                if (kind.equals("related") && s.chars < 2000 && !positive) return "html-related";
                if (kind.equals("caption") && s.chars < 500) return "html-caption";
                // An author's line is short; an author's biography may run to a paragraph or two.
                if (kind.equals("byline") && s.chars < (words.contains("bio") ? 1000 : 200)) return "html-byline";
                if (kind.equals("hidden") && s.chars < 200) return "html-hidden";
                if (!kind.matches("caption|byline|hidden") && small && !positive) return "html-" + kind;
            }
        }
        if (tag.matches("ul|ol|dl|table|div|section") && s.linkDensity() > 0.5 && s.chars < 1500) return "html-links";
        return null;
    }

    /**
     * The kind a class/id names, read as whole words, or as a word run together with another ("relatedposts",
     * "commentlist", for the longer words only); "non-ad" and "no-ads" name none, nor does "header" in
     * "article-header-and-body" beat a positive word (that is judged by the caller).
     */
    static String kind(String words) {
        String[] classes = CLASSES.split(words);
        String found = null;
        for (String cls : classes) {
            String whole = WORDS.get(cls);
            String[] sub = cls.split("-");
            for (int i = 0; i < sub.length; i++) {
                if (i > 0 && (sub[i - 1].equals("non") || sub[i - 1].equals("no"))) continue;
                String k = STRONG.contains(sub[i]) ? "comments" : WORDS.get(sub[i]);
                if (k == null) k = prefixed(sub[i]);
                if ("comments".equals(k)) return k;
                if (found == null && whole == null) found = k;
            }
            if (found == null) found = whole;
        }
        return found;
    }

    /** "relatedposts" → related, "commentlist" → comments: a longer word at the start of a run-together class word. */
    private static String prefixed(String part) {
        if (part.length() < 7) return null;
        for (String w : RUN_TOGETHER) {
            // Only with a container's word after it: "commentlist" names comments, "commented" (a post that has
            // comments) does not.
            if (part.startsWith(w) && CONTAINER_WORDS.contains(part.substring(w.length()))) {
                return STRONG.contains(w) ? "comments" : WORDS.get(w);
            }
        }
        return null;
    }

}
