package org.sitrep.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.ingest.Dates;
import org.sitrep.ingest.Outlets;
import org.sitrep.ingest.WebUrls;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Published;

/**
 * What a page says about itself: title, byline, publication date, site name and canonical URL, from {@code <meta>}
 * (Open Graph, Twitter, Dublin Core, schema.org microdata), JSON-LD and the page's own byline and {@code <time>}
 * elements; and the article body a JSON-LD block may carry, as evidence for the extractor. Metadata from the input
 * wins. The byline and site name go to the fields {@code byline} and {@code site_name}.
 */
final class HtmlMetadata {
    static final String BYLINE = "byline";
    static final String SITE_NAME = "site_name";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BY = Pattern.compile("^(?:by|written by|von|par|por|autor|od)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "\\s+(?:@\\w+|(?:on\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d{1,2}(?:\\s+|[./-])(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|updated\\b|published\\b).*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_CLASS = Pattern.compile("byline|author|writtenby|p-author", Pattern.CASE_INSENSITIVE);

    /** The article as the metadata leaves it, and the JSON-LD article body (null when the page has none). */
    record Read(Article article, String jsonLdBody) {
    }

    private HtmlMetadata() {
    }

    static Read read(Document doc, Article a) {
        Map<String, String> metas = metas(doc);
        // Readability's order, the convention of reader views: JSON-LD, Dublin Core, Open Graph, then the others.
        String metaTitle = meta(metas, "dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "twitter:title");
        String title = null;
        String published = meta(metas, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
                "date", "dc.date", "DC.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date");
        String siteName = meta(metas, "og:site_name", "application-name");
        String byline = meta(metas, "dc:creator", "dc.creator", "dcterm:creator", "dcterms.creator", "author", "article:author", "parsely-author",
                "sailthru.author", "twitter:creator");
        if (byline != null && byline.matches("(?i)https?://.*|@.*")) byline = null;
        String url = null;
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) url = canonical.attr("abs:href").isEmpty() ? canonical.attr("href") : canonical.attr("abs:href");
        if (url == null || url.isBlank()) url = meta(metas, "og:url");
        DateEvidence evidence = DateEvidence.HTML_META;
        String body = null;
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            try {
                // Some pages wrap the JSON in CDATA or an HTML comment for old browsers.
                String json = ld.data().strip().replaceFirst("^(?:<!\\[CDATA\\[|<!--)", "").replaceFirst("(?:]]>|-->)$", "").strip();
                JsonNode n = JSON.readTree(json);
                for (JsonNode item : flatten(n)) {
                    String type = item.path("@type").toString().toLowerCase(Locale.ROOT);
                    if (!type.contains("article") && !type.contains("posting") && !type.contains("report") && !type.contains("blog")) continue;
                    if (published == null && item.path("datePublished").isTextual()) {
                        published = item.get("datePublished").asText();
                        evidence = DateEvidence.JSON_LD;
                    }
                    if (title == null) title = jsonLdTitle(item, doc, siteName);
                    if (siteName == null && item.path("publisher").path("name").isTextual()) siteName = item.get("publisher").get("name").asText();
                    if (url == null && item.path("url").isTextual()) url = item.get("url").asText();
                    if (byline == null) byline = authors(item.path("author"));
                    if (body == null && item.path("articleBody").isTextual()) body = item.get("articleBody").asText();
                }
            } catch (Exception e) {
                a = a.withProblem("html", "bad-json-ld", "unreadable JSON-LD block: " + e.getMessage());
            }
        }
        if (byline == null) byline = bylineElement(doc);
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) {
                published = time.attr("datetime");
                evidence = DateEvidence.TIME_ELEMENT;
            }
        }
        if (title == null) title = metaTitle;
        if (title != null && siteName != null) title = withoutSuffix(title, clean(siteName));
        if (title == null) {
            Element t = doc.selectFirst("title");
            if (t != null && !t.text().isBlank()) title = withoutSiteName(t.text().strip(), doc);
        }
        if (a.title() == null && title != null && !title.isBlank()) a = a.withTitle(clean(title));
        if (a.url() == null && WebUrls.isWeb(url)) a = a.withUrl(url.strip());
        if (a.published() == null && published != null) {
            Published p = Dates.parse(published, evidence);
            if (p != null) a = a.withPublished(p);
            else a = a.withProblem("html", "unreadable-date", "cannot read the date '" + published + "'");
        }
        Map<String, String> fields = new LinkedHashMap<>(a.fields());
        if (byline != null && !byline.isBlank()) fields.putIfAbsent(BYLINE, clean(byline));
        if (siteName != null && !siteName.isBlank()) fields.putIfAbsent(SITE_NAME, clean(siteName));
        if (!fields.equals(a.fields())) a = a.withFields(fields);
        if (a.outlet() == null) {
            String o = siteName != null ? clean(siteName) : a.url() != null ? Outlets.fromUrl(a.url()) : null;
            if (o != null) a = a.withOutlet(o);
        }
        return new Read(a, body == null || body.isBlank() ? null : body);
    }

    /** JSON-LD's name or headline; when both are given and differ, the one closer to the page's {@code <title>}. */
    private static String jsonLdTitle(JsonNode item, Document doc, String siteName) {
        String name = item.path("name").isTextual() ? item.get("name").asText() : null;
        // A "name" that is the site's or the publisher's is not the article's.
        if (name != null && (name.equalsIgnoreCase(siteName == null ? "" : siteName.strip())
                || name.equalsIgnoreCase(item.path("publisher").path("name").asText("")))) name = null;
        String headline = item.path("headline").isTextual() ? item.get("headline").asText() : null;
        if (name == null || headline == null || name.equals(headline)) return name != null ? name : headline;
        Element t = doc.selectFirst("title");
        String page = t == null ? "" : t.text().toLowerCase(Locale.ROOT);
        return shared(page, name) >= shared(page, headline) ? name : headline;
    }

    private static double shared(String page, String candidate) {
        String[] words = candidate.toLowerCase(Locale.ROOT).split("\\W+");
        int in = 0;
        for (String w : words) if (!w.isEmpty() && page.contains(w)) in++;
        return words.length == 0 ? 0 : (double) in / words.length;
    }

    /** "Headline | Site", "Headline - Site News" where the tail is the site's name: the headline. */
    private static String withoutSuffix(String title, String siteName) {
        var m = Pattern.compile("^(.{10,}?)\\s+[|\\-–—·»:]\\s+(.{2,60})$").matcher(title.strip());
        if (!m.matches()) return title;
        String tail = m.group(2).toLowerCase(Locale.ROOT);
        String site = siteName.toLowerCase(Locale.ROOT);
        return tail.equals(site) || tail.startsWith(site) || site.startsWith(tail) ? m.group(1).strip() : title;
    }

    /** A title "Headline | Site" or "Headline - Site": the part that is not the site's name, when a separator is there. */
    private static String withoutSiteName(String title, Document doc) {
        var m = Pattern.compile("^(.{15,}?)\\s+[|\\-–—»:]\\s+([^|\\-–—»]{2,40})$").matcher(title);
        if (!m.matches()) return title;
        Element h1 = doc.selectFirst("h1");
        // Keep the whole title when the page's own headline is the whole of it ("Ukraine: the view from Kyiv").
        if (h1 != null && clean(h1.text()).equalsIgnoreCase(title)) return title;
        return m.group(1).strip();
    }

    private static String authors(JsonNode author) {
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> list = new ArrayList<>();
        if (author.isArray()) author.forEach(list::add);
        else list.add(author);
        for (JsonNode x : list) {
            if (x.isTextual()) names.add(x.asText().strip());
            else if (x.path("name").isTextual()) names.add(x.get("name").asText().strip());
        }
        names.removeIf(n -> n.isBlank() || n.matches("(?i)https?://.*"));
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String bylineElement(Document doc) {
        Element e = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
        if (e == null) {
            for (Element x : doc.select("[class], [id]")) {
                if (BYLINE_CLASS.matcher(x.className() + " " + x.id()).find()) {
                    e = x;
                    break;
                }
            }
        }
        if (e == null) return null;
        String t = clean(e.text());
        t = BY.matcher(t).replaceFirst("");
        // "Steven Musil January 18, 2017 11:00 PM PST @stevenmusil": the name, without the date and the handle after it.
        t = BYLINE_TAIL.matcher(t).replaceFirst("").replaceAll("[\\s,|—–-]+$", "").strip();
        return t.isEmpty() || t.length() > 100 ? null : t;
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

    /** The first non-blank content of each meta name (property, name or itemprop; lower case), in one pass over the page. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> out = new java.util.HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content");
            if (content.isBlank()) continue;
            for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop")}) {
                if (!key.isEmpty()) out.putIfAbsent(key.toLowerCase(Locale.ROOT), content.strip());
            }
        }
        return out;
    }

    private static String meta(Map<String, String> metas, String... names) {
        for (String name : names) {
            String v = metas.get(name.toLowerCase(Locale.ROOT));
            if (v != null) return v;
        }
        return null;
    }

    private static String clean(String s) {
        return org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
    }
}
