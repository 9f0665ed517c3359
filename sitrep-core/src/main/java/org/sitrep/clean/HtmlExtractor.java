package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.ingest.WebUrls;
import org.sitrep.model.Article;
import org.sitrep.model.BodyFormat;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RemovedSpan;
import org.sitrep.pipeline.Extractor;
import org.sitrep.pipeline.Facet;
import org.sitrep.pipeline.StageContext;

/**
 * Makes the plain source text of an article. A text body is kept as it is (line ends normalized). An HTML body is
 * parsed once with jsoup: metadata from {@link HtmlMetadata}; every visible line of the page, in order, becomes a
 * paragraph of the source text ({@link HtmlBlocks}); {@link MainContent} decides on the page as a whole which
 * elements hold the article, and {@link PageParts} judges each line inside them (captions, bylines, share and
 * related lists, advertisement labels…). Every line that is not the article is kept as a removed span with an
 * {@code html-*} rule, so the audit view shows it. When the page's JSON-LD carries the article body and the page's
 * lines do not, that body is the article. Linear in the size of the page. Stateless and thread-safe.
 */
public final class HtmlExtractor implements Extractor {
    private static final String HIDDEN = "script, style, noscript, template, svg, iframe, object, embed, button, select, input, textarea, "
            + "[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden]";

    /** Fewer words than this kept from the chosen containers is no article: the no-article verdict's own bound. */
    private static final int TOO_FEW_WORDS = 40;

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
        if (a.url() != null && !WebUrls.isWeb(a.url())) {
            // Never an article's address (javascript:, data:, a relative path): dropped, and said so.
            a = a.withProblem(name(), "not-a-web-url", "the address '" + shorten(a.url()) + "' is not an http(s) URL; not kept").withUrl(null);
        }
        if (raw.format() == BodyFormat.TEXT) {
            return a.withSourceText(raw.body().replace("\r\n", "\n").replace('\r', '\n'), List.of());
        }
        Document doc = Jsoup.parse(raw.body(), raw.url() == null ? "" : raw.url());
        HtmlMetadata.Read read = HtmlMetadata.read(doc, a);
        a = read.article();
        doc.select(HIDDEN).remove();
        Element root = doc.body() == null ? doc : doc.body();
        HtmlBlocks page = HtmlBlocks.of(root);
        List<Element> main = MainContent.of(page, root);
        Map<Element, String> rules = PageParts.rules(main, page);
        Map<Element, String> outside = PageParts.outsideNames(root);

        String[] verdicts = new String[page.blocks.size()];
        int kept = 0;
        for (HtmlBlocks.Block b : page.blocks) {
            verdicts[b.index()] = main.isEmpty() ? PageParts.withoutMain(b) : PageParts.judge(b, rules, outside);
            if (verdicts[b.index()] == null) kept += words(b.text());
        }
        if (kept < TOO_FEW_WORDS && !main.isEmpty() && losesProse(page, verdicts)) {
            // The chosen containers hold next to nothing once their parts are set aside, while a paragraph of prose
            // elsewhere is set aside: rather than lose an article to a wrong choice, keep every line of the page that
            // is not links or a label, and let the cleaning and the no-article verdict judge the rest.
            String[] whole = new String[verdicts.length];
            int all = 0;
            for (HtmlBlocks.Block b : page.blocks) {
                whole[b.index()] = PageParts.withoutMain(b);
                if (whole[b.index()] == null) all += words(b.text());
            }
            if (all > kept) {
                verdicts = whole;
                kept = all;
            }
        }
        StringBuilder text = new StringBuilder();
        List<RemovedSpan> spans = new ArrayList<>();
        for (HtmlBlocks.Block b : page.blocks) {
            if (text.length() > 0) text.append("\n\n");
            int start = text.length();
            text.append(b.text());
            if (verdicts[b.index()] != null) spans.add(new RemovedSpan(start, text.length(), verdicts[b.index()]));
        }
        String body = read.jsonLdBody();
        if (body != null && words(body) >= 50 && kept < words(body) / 2) {
            // The page's lines hold less than half of the body its own JSON-LD gives: that body is the article.
            List<RemovedSpan> all = new ArrayList<>();
            int at = 0;
            for (RemovedSpan sp : spans) {
                if (sp.start() > at) all.add(new RemovedSpan(at, sp.start(), "html-not-article-body"));
                all.add(sp);
                at = sp.end();
            }
            if (text.length() > at) all.add(new RemovedSpan(at, text.length(), "html-not-article-body"));
            spans = all;
            if (text.length() > 0) text.append("\n\n");
            text.append(body.strip().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*", "\n\n"));
        }
        if (a.title() == null && doc.selectFirst("h1") != null) a = a.withTitle(doc.selectFirst("h1").text().strip());
        return a.withSourceText(text.toString(), spans);
    }

    /** A paragraph of prose (40 words or more, few links) is being set aside. */
    private static boolean losesProse(HtmlBlocks page, String[] verdicts) {
        for (HtmlBlocks.Block b : page.blocks) {
            if (verdicts[b.index()] != null && b.linkDensity() < 0.3 && words(b.text()) >= TOO_FEW_WORDS) return true;
        }
        return false;
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
}
