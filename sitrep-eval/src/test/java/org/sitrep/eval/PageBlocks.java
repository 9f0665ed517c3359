package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of a page cut into numbered blocks the way a browser breaks lines: at every block-level element
 * and every {@code <br>}. It knows nothing of articles; hand labels name the blocks that are the article
 * ({@code bench/extraction/labels.tsv}), and the reference text of a page is those blocks, joined. Run as a program
 * it prints a page's blocks with their numbers, for labelling: {@code java -cp … org.sitrep.eval.PageBlocks page.html}.
 */
public final class PageBlocks {
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "td",
            "th", "tr", "ul", "caption", "br", "img", "picture", "video", "audio");
    private static final String HIDDEN = "head, script, style, noscript, template, svg, iframe, object, embed, select, textarea, button";

    private PageBlocks() {
    }

    public static List<String> of(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(HIDDEN).remove();
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Element root = doc.body() == null ? doc : doc.body();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) current.append(t.getWholeText());
                else if (node instanceof Element e && BLOCK.contains(e.normalName())) flush(current, blocks);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK.contains(e.normalName())) flush(current, blocks);
            }
        });
        flush(current, blocks);
        return blocks;
    }

    /** The blocks named by a label such as {@code 3-17,19,22-30}, joined by line ends. */
    public static String select(List<String> blocks, String ranges) {
        StringBuilder out = new StringBuilder();
        for (String part : ranges.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            int dash = p.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1));
            for (int i = from; i <= to && i < blocks.size(); i++) out.append(blocks.get(i)).append('\n');
        }
        return out.toString();
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        String t = current.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
        if (!t.isEmpty()) blocks.add(t);
        current.setLength(0);
    }

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            List<String> blocks = of(Files.readString(Path.of(file), StandardCharsets.UTF_8));
            System.out.println("### " + file + " (" + blocks.size() + " blocks)");
            for (int i = 0; i < blocks.size(); i++) System.out.println(i + "\t" + blocks.get(i));
        }
    }
}
