package org.sitrep.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.ingest.Dates;
import org.sitrep.ingest.Outlets;
import org.sitrep.model.Article;
import org.sitrep.model.BodyFormat;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Published;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RemovedSpan;
import org.sitrep.pipeline.Extractor;
import org.sitrep.pipeline.Facet;
import org.sitrep.pipeline.StageContext;

/**
 * Makes the plain source text of an article. A text body is kept as it is (line ends normalized). An HTML body is
 * parsed once with jsoup: metadata from {@code <meta>}, JSON-LD and {@code <time>}; then every visible block, in
 * order, becomes a paragraph of the source text, and the blocks our scoring judges not to be the article (inside
 * navigation, comment, related, share or promotion containers, link lists, or outside the main container) are
 * recorded as removed spans with an {@code html-*} rule. Metadata from the input wins. Stateless and thread-safe.
 */
public final class HtmlExtractor implements Extractor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd";
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?:^|[\\s_-])(nav|navbar|navigation|menu|header|footer|comment|comments|commentlist|disqus|related|recommended|more-stories|share|sharing"
                    + "|social|promo|newsletter|subscribe|cookie|cookies|consent|banner|advert|ad|ads|sponsor|sidebar|breadcrumb|breadcrumbs"
                    + "|tags|widget|popup|modal|login|paywall|teaser|trending|most-read|outbrain|taboola)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NEGATIVE_TAGS = Set.of("nav", "header", "footer", "aside", "form", "menu", "dialog");

    @Override
    public String name() {
        return "html";
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.RAW, Facet.SOURCE_TEXT);
    }

    @Override
    public Article extract(RawDocument raw, StageContext context) {
        Article a = Article.from(raw);
        if (raw.format() == BodyFormat.TEXT) {
            return a.withSourceText(raw.body().replace("\r\n", "\n").replace('\r', '\n'), List.of());
        }
        Document doc = Jsoup.parse(raw.body(), raw.url() == null ? "" : raw.url());
        a = metadata(doc, a);
        doc.select("script, style, noscript, template, svg, iframe, object, embed, button, select, input, textarea").remove();

        Element main = mainContainer(doc);
        StringBuilder text = new StringBuilder();
        List<RemovedSpan> spans = new ArrayList<>();
        Set<Element> taken = new HashSet<>();
        String selector = BLOCKS + ", div, section, span";
        for (Element block : doc.body() == null ? doc.select(selector) : doc.body().select(selector)) {
            if (hasTakenAncestor(block, taken)) continue;
            // A container is a block of its own only when it holds no block markup, just text and inline elements
            // (a cookie banner, a row of share links); otherwise its children are the blocks. select() counts the
            // element itself, hence "> 1".
            if (block.is("div, section, span")
                    && (block.select(BLOCKS).size() > 0 || block.select("div, section").size() > 1 || block.text().isBlank())) {
                continue;
            }
            taken.add(block);
            String t = block.text().strip();
            if (t.isEmpty()) continue;
            String rule = judge(block, main, t);
            if (text.length() > 0) text.append("\n\n");
            int start = text.length();
            text.append(t);
            if (rule != null) spans.add(new RemovedSpan(start, text.length(), rule));
        }
        if (text.length() == 0 && doc.body() != null) {
            // No block markup at all: the body's text is the article.
            text.append(doc.body().wholeText().strip());
        }
        if (a.title() == null && doc.selectFirst("h1") != null) a = a.withTitle(doc.selectFirst("h1").text().strip());
        // The page's own headline printed as its first block is the title, not body text.
        if (a.title() != null) {
            String title = a.title().strip().toLowerCase(Locale.ROOT);
            String s = text.toString();
            int firstEnd = s.indexOf("\n\n");
            String first = (firstEnd < 0 ? s : s.substring(0, firstEnd)).strip().toLowerCase(Locale.ROOT);
            if (!first.isEmpty() && first.equals(title) && !Lines.covered(spans, 0, first.length())) {
                spans = Lines.add(spans, 0, firstEnd < 0 ? s.length() : firstEnd, "headline");
            }
        }
        return a.withSourceText(text.toString(), spans);
    }

    /** The element holding the article: article/main/articleBody when the page says so, else the best-scoring parent of paragraphs. */
    private static Element mainContainer(Document doc) {
        Element marked = doc.selectFirst("[itemprop=articleBody], article, main, [role=main]");
        if (marked != null && marked.select("p").size() > 0) return marked;
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : doc.select("p")) {
            int len = p.text().length();
            if (len < 40 || linkDensity(p) > 0.5 || negative(p)) continue;
            Element parent = p.parent();
            if (parent != null) score.merge(parent, len, Integer::sum);
            if (parent != null && parent.parent() != null) score.merge(parent.parent(), len / 2, Integer::sum);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String judge(Element block, Element main, String text) {
        for (Element e = block; e != null; e = e.parent()) {
            if (e == main) break;
            // The class or id says more than the tag: <aside class="related"> is related links, not navigation.
            var m = NEGATIVE.matcher(e.className() + " " + e.id());
            if (m.find()) return "html-" + kind(m.group(1).toLowerCase(Locale.ROOT));
            if (NEGATIVE_TAGS.contains(e.tagName())) return "html-" + kind(e.tagName());
        }
        if (linkDensity(block) > 0.6 && text.length() < 300) return "html-links";
        if (main != null && !isInside(block, main)) {
            // Outside the main container: keep only what reads as a title of the article itself.
            return block.tagName().matches("h1") ? null : "html-outside-article";
        }
        return null;
    }

    private static String kind(String hint) {
        return switch (hint) {
            case "comment", "comments", "commentlist", "disqus" -> "comments";
            case "related", "recommended", "more-stories", "teaser", "trending", "most-read", "outbrain", "taboola" -> "related";
            case "share", "sharing", "social" -> "share";
            case "promo", "newsletter", "subscribe", "paywall", "login", "sponsor", "ad", "ads", "advert", "banner" -> "promotion";
            case "cookie", "cookies", "consent", "popup", "modal", "dialog" -> "cookie";
            case "header", "footer" -> hint;
            case "aside" -> "sidebar";
            default -> "nav";
        };
    }

    private static boolean negative(Element p) {
        for (Element e = p; e != null; e = e.parent()) {
            if (NEGATIVE_TAGS.contains(e.tagName()) || NEGATIVE.matcher(e.className() + " " + e.id()).find()) return true;
        }
        return false;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return (double) links / all;
    }

    private static boolean isInside(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) if (x == container) return true;
        return false;
    }

    private static boolean hasTakenAncestor(Element e, Set<Element> taken) {
        for (Element x = e.parent(); x != null; x = x.parent()) if (taken.contains(x)) return true;
        return false;
    }

    private static Article metadata(Document doc, Article a) {
        String title = meta(doc, "og:title", "twitter:title");
        String published = meta(doc, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued");
        String siteName = meta(doc, "og:site_name", "application-name");
        String url = null;
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) url = canonical.attr("abs:href").isEmpty() ? canonical.attr("href") : canonical.attr("abs:href");
        if (url == null || url.isBlank()) url = meta(doc, "og:url");
        DateEvidence evidence = DateEvidence.HTML_META;
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(ld.data());
                for (JsonNode item : flatten(n)) {
                    String type = item.path("@type").toString().toLowerCase(Locale.ROOT);
                    if (!type.contains("article") && !type.contains("posting") && !type.contains("report")) continue;
                    if (published == null && item.path("datePublished").isTextual()) {
                        published = item.get("datePublished").asText();
                        evidence = DateEvidence.JSON_LD;
                    }
                    if (title == null && item.path("headline").isTextual()) title = item.get("headline").asText();
                    if (siteName == null && item.path("publisher").path("name").isTextual()) siteName = item.get("publisher").get("name").asText();
                    if (url == null && item.path("url").isTextual()) url = item.get("url").asText();
                }
            } catch (Exception e) {
                a = a.withProblem("html", "bad-json-ld", "unreadable JSON-LD block: " + e.getMessage());
            }
        }
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) {
                published = time.attr("datetime");
                evidence = DateEvidence.TIME_ELEMENT;
            }
        }
        if (title == null) {
            Element t = doc.selectFirst("title");
            if (t != null && !t.text().isBlank()) title = t.text().strip();
        }
        if (a.title() == null && title != null && !title.isBlank()) a = a.withTitle(title.strip());
        if (a.url() == null && url != null && !url.isBlank()) a = a.withUrl(url.strip());
        if (a.published() == null && published != null) {
            Published p = Dates.parse(published, evidence);
            if (p != null) a = a.withPublished(p);
            else a = a.withProblem("html", "unreadable-date", "cannot read the date '" + published + "'");
        }
        if (a.outlet() == null) {
            String o = siteName != null ? siteName.strip() : a.url() != null ? Outlets.fromUrl(a.url()) : null;
            if (o != null) a = a.withOutlet(o);
        }
        return a;
    }

    private static List<JsonNode> flatten(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n.isArray()) n.forEach(x -> out.addAll(flatten(x)));
        else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) out.addAll(flatten(n.get("@graph")));
        }
        return out;
    }

    private static String meta(Document doc, String... names) {
        for (String name : names) {
            Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
            if (m != null && !m.attr("content").isBlank()) return m.attr("content").strip();
        }
        return null;
    }
}
