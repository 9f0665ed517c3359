package org.sitrep.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * Which elements of a page hold the article, decided on the page as a whole: every paragraph of running text votes
 * for its parent (fully), its grandparent (half) and three more ancestors (less), by its length and commas; an
 * element's votes are weighed by its tag and by what its class and id say, then discounted by the share of its text
 * that is links. The best element wins; when several good candidates share an ancestor, the ancestor wins; then the
 * winner's siblings that read like the same article (well scored, or plain paragraphs of prose) join it. The idea is
 * Mozilla Readability's; the counts come from {@link HtmlBlocks} in one walk, so the decision is linear in the page.
 */
final class MainContent {
    /** Class or id words of containers that hold the article, and of those that do not (weights, not verdicts). */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|^ad-|hidden|^hid$| hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll"
                    + "|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author|caption|credit|newsletter|subscribe|nav|menu",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> LIST_TAGS = Set.of("address", "ol", "ul", "dl", "dd", "dt", "li", "form");
    private static final int MIN_PARAGRAPH = 25;
    private static final int MAX_UP = 12;
    private static final int MAX_COMMAS = 10;
    private static final int RETRY_BELOW = 500;
    /** Readability's words for containers unlikely to hold the article, and those that may anyway. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark"
                    + "|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow", Pattern.CASE_INSENSITIVE);
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");

    private MainContent() {
    }

    /**
     * The elements holding the article, in page order; empty when no element holds running text. Text inside
     * containers that are unlikely to be the article (comments, footers, galleries' legends, menus…) does not vote,
     * unless the article chosen without it is too short to be one: then everything votes (Readability's retry).
     */
    static List<Element> of(HtmlBlocks page, Element root) {
        Set<Element> unlikely = unlikely(root);
        List<Element> first = of(page, unlikely);
        int chars = 0;
        for (Element e : first) chars += page.stats(e).chars;
        if (chars >= RETRY_BELOW || unlikely.isEmpty()) return first;
        List<Element> second = of(page, Set.of());
        int more = 0;
        for (Element e : second) more += page.stats(e).chars;
        return more > chars ? second : first;
    }

    /** Every element inside a container whose class, id or role says it is not the article. */
    static Set<Element> unlikely(Element root) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        int[] inside = {0};
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                if (inside[0] == 0 && isUnlikely(e)) inside[0] = depth + 1;
                if (inside[0] > 0) out.add(e);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element && inside[0] == depth + 1) inside[0] = 0;
            }
        });
        return out;
    }

    private static boolean isUnlikely(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("a") || tag.equals("html")) return false;
        String role = e.attr("role");
        if (UNLIKELY_ROLES.contains(role)) return true;
        String words = e.className() + " " + e.id();
        if (words.isBlank()) return false;
        return UNLIKELY.matcher(words).find() && !MAYBE.matcher(words).find();
    }

    private static List<Element> of(HtmlBlocks page, Set<Element> unlikely) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (HtmlBlocks.Block b : page.blocks) {
            if (b.heading() || b.text().length() < MIN_PARAGRAPH || unlikely.contains(b.owner())) continue;
            String tag = b.owner().normalName();
            if (tag.equals("figcaption") || tag.equals("caption") || tag.equals("li") && b.linkDensity() > 0.3) continue;
            // A paragraph of prose votes by its length and its commas (at most ten: a list of names is not prose),
            // less the share of it that is links.
            double s = (1 + Math.min(HtmlBlocks.commas(b.text()), MAX_COMMAS) + Math.min(b.text().length() / 100.0, 3)) * (1 - b.linkDensity());
            Element e = b.owner().parent();
            for (int level = 0; e != null && level < 5; level++, e = e.parent()) {
                if (e.normalName().equals("html")) break;
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                score.merge(e, s / divider, Double::sum);
            }
        }
        if (score.isEmpty()) return List.of();
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        List<Map.Entry<Element, Double>> finals = new ArrayList<>();
        for (var e : score.entrySet()) {
            double f = weighed(e.getKey(), e.getValue(), page);
            finals.add(Map.entry(e.getKey(), f));
            if (f > best) {
                best = f;
                top = e.getKey();
            }
        }
        top = sharedAncestor(top, best, finals);
        top = betterParent(top, score, page);
        // An only child says nothing more than its parent: the parent is the container.
        while (top.parent() != null && !top.parent().normalName().matches("body|html") && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        double topScore = finalScore(top, score, page);
        return withSiblings(top, topScore, score, page);
    }

    /** Three or more good candidates (75% of the best) under one ancestor of the best: the ancestor holds the article. */
    private static Element sharedAncestor(Element top, double best, List<Map.Entry<Element, Double>> finals) {
        // The five best after the winner, as Readability does; the walks up are bounded so deep pages stay linear.
        List<Element> alternatives = finals.stream()
                .filter(e -> e.getKey() != top && e.getValue() >= 0.75 * best)
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
                .limit(5).map(Map.Entry::getKey).toList();
        if (alternatives.size() < 3) return top;
        int levels = 0;
        for (Element parent = top.parent(); parent != null && levels++ < MAX_UP && !parent.normalName().matches("body|html"); parent = parent.parent()) {
            int holding = 0;
            for (Element a : alternatives) {
                int up = 0;
                for (Element x = a.parent(); x != null && up++ < 2 * MAX_UP; x = x.parent()) {
                    if (x == parent) {
                        holding++;
                        break;
                    }
                }
                if (holding >= 3) return parent;
            }
        }
        return top;
    }

    /**
     * Up from the winner while its ancestors keep a third of its score: the first one that scores higher holds more of
     * the article (a story split over several sections of one parent).
     */
    private static Element betterParent(Element top, Map<Element, Double> score, HtmlBlocks page) {
        double last = finalScore(top, score, page);
        double threshold = last / 3;
        int levels = 0;
        for (Element parent = top.parent(); parent != null && levels++ < MAX_UP && !parent.normalName().matches("body|html"); parent = parent.parent()) {
            if (!score.containsKey(parent)) continue;
            double s = finalScore(parent, score, page);
            if (s < threshold) break;
            if (s > last) return parent;
            last = s;
        }
        return top;
    }

    private static double finalScore(Element e, Map<Element, Double> score, HtmlBlocks page) {
        Double s = score.get(e);
        return weighed(e, s == null ? 0 : s, page);
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> score, HtmlBlocks page) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (score.containsKey(sibling) && finalScore(sibling, score, page) + bonus >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                HtmlBlocks.Stats s = page.stats(sibling);
                double density = s.linkDensity();
                if (s.chars > 80 && density < 0.25) out.add(sibling);
                else if (s.chars > 0 && s.chars <= 80 && density == 0 && sibling.text().matches(".*\\.( |$).*")) out.add(sibling);
            }
        }
        return out;
    }

    /** A container's votes, plus what its tag and class say, less its links. */
    private static double weighed(Element e, double votes, HtmlBlocks page) {
        return (votes + initial(e)) * (1 - page.stats(e).linkDensity());
    }

    /** The starting score of a container: its tag, and the words of its class and id. */
    static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "th", "h1", "h2", "h3", "h4", "h5", "h6" -> -5;
            default -> LIST_TAGS.contains(e.normalName()) ? -3 : 0;
        };
        return s + classWeight(e);
    }

    static int classWeight(Element e) {
        int w = 0;
        String cls = e.className();
        String id = e.id();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) w -= 25;
            if (POSITIVE.matcher(cls).find()) w += 25;
        }
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) w -= 25;
            if (POSITIVE.matcher(id).find()) w += 25;
        }
        if ("articleBody".equals(e.attr("itemprop"))) w += 50;
        return w;
    }

}
