package org.sitrep.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A page's visible text cut into blocks the way a browser breaks lines (at every block-level element and every
 * {@code <br>}), each with the element that holds it, and the text and link counts of every element, summed bottom-up
 * in the same single walk. Linear in the size of the page, whatever its nesting: nothing walks up or down the tree
 * per block.
 */
final class HtmlBlocks {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "td",
            "th", "tr", "ul", "caption", "br", "menu", "html");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** One line of visible text. {@code heading}: inside h1–h6; {@code item}: inside a list item. */
    record Block(int index, String text, Element owner, int linkChars, boolean heading, boolean item) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }
    }

    /** Text and link characters and commas of an element's whole subtree. */
    static final class Stats {
        int chars;
        int linkChars;
        int commas;

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
        }
    }

    final List<Block> blocks = new ArrayList<>();
    final Map<Element, Stats> stats = new IdentityHashMap<>();

    private HtmlBlocks() {
    }

    static HtmlBlocks of(Element root) {
        HtmlBlocks out = new HtmlBlocks();
        out.walk(root);
        return out;
    }

    Stats stats(Element e) {
        Stats s = stats.get(e);
        return s == null ? EMPTY : s;
    }

    private static final Stats EMPTY = new Stats();

    private void walk(Element root) {
        StringBuilder run = new StringBuilder();
        int[] runLinks = {0};
        int[] anchors = {0};
        int[] headings = {0};
        int[] items = {0};
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    run.append(s);
                    if (anchors[0] > 0) runLinks[0] += s.strip().length();
                    return;
                }
                if (!(node instanceof Element e)) return;
                String tag = e.normalName();
                if (isLink(e)) anchors[0]++;
                if (HEADINGS.contains(tag)) headings[0]++;
                if (tag.equals("li")) items[0]++;
                if (BLOCK_TAGS.contains(tag) && e != root) {
                    flush(run, runLinks, open.peek(), headings[0] > 0, items[0] > 0);
                    if (!tag.equals("br")) open.push(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag) && !tag.equals("br")) {
                    flush(run, runLinks, e, headings[0] > 0, items[0] > 0);
                    if (e != root) open.pop();
                }
                if (isLink(e)) anchors[0]--;
                if (HEADINGS.contains(tag)) headings[0]--;
                if (tag.equals("li")) items[0]--;
                // Sum this element's counts into its parent: each element is added once, bottom-up.
                Stats mine = stats.get(e);
                Element parent = e.parent();
                if (mine != null && parent != null && e != root) {
                    Stats p = stats.computeIfAbsent(parent, k -> new Stats());
                    p.chars += mine.chars;
                    p.linkChars += mine.linkChars;
                    p.commas += mine.commas;
                }
            }
        });
    }

    /** An anchor that leads somewhere: a "javascript:" href is a button in disguise, its text is the page's. */
    private static boolean isLink(Element e) {
        return e.normalName().equals("a") && !e.attr("href").strip().regionMatches(true, 0, "javascript:", 0, 11);
    }

    private void flush(StringBuilder run, int[] runLinks, Element owner, boolean heading, boolean item) {
        String t = normalize(run);
        run.setLength(0);
        int links = Math.min(runLinks[0], t.length());
        runLinks[0] = 0;
        if (t.isEmpty() || owner == null) return;
        blocks.add(new Block(blocks.size(), t, owner, links, heading, item));
        Stats s = stats.computeIfAbsent(owner, k -> new Stats());
        s.chars += t.length();
        s.linkChars += links;
        s.commas += commas(t);
    }

    /** Commas, Latin and East Asian: Readability's measure of prose. */
    static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) == ',' || t.charAt(i) == '，' || t.charAt(i) == '、') n++;
        return n;
    }

    private static String normalize(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
