package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.BodyFormat;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Origin;
import org.sitrep.model.Problems;
import org.sitrep.model.Published;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;
import org.sitrep.model.SourceFormat;

/** RSS and Atom feeds (Rome): one document per item, with the feed's title, link, date and language. Stateless. */
public final class Feeds {
    private Feeds() {
    }

    /** Parses a feed; each item becomes a document, a feed that does not parse becomes one rejection. */
    public static void read(String input, byte[] bytes, Instant fetchedAt, DocumentSink sink) {
        List<RawDocument> docs = parse(input, bytes, fetchedAt, sink);
        for (RawDocument d : docs) sink.accept(d);
    }

    static List<RawDocument> parse(String input, byte[] bytes, Instant fetchedAt, DocumentSink sink) {
        SyndFeed feed;
        String encoding;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false);
            XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes));
            encoding = reader.getEncoding();
            feed = in.build(reader);
        } catch (Exception e) {
            sink.reject(new Rejection(input, "invalid-feed", "not a readable RSS/Atom feed: " + e.getMessage()), Readers.sample(bytes));
            return List.of();
        }
        SourceFormat format = feed.getFeedType() != null && feed.getFeedType().toLowerCase(Locale.ROOT).startsWith("atom")
                ? SourceFormat.ATOM : SourceFormat.RSS;
        // The XML decoder replaces bytes that are not UTF-8 without a word; count them, to say so on the items that hold them.
        Decoding.Decoded utf8 = "UTF-8".equalsIgnoreCase(encoding) ? Decoding.utf8(bytes, 0, bytes.length) : null;
        List<RawDocument> out = new ArrayList<>();
        int i = 0;
        for (SyndEntry e : feed.getEntries()) {
            i++;
            String html = null;
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && (html == null || c.getValue().length() > html.length())) html = c.getValue();
            }
            if (html == null && e.getDescription() != null) html = e.getDescription().getValue();
            String body = html == null ? "" : html.strip();
            BodyFormat bf = body.contains("<") && body.contains(">") ? BodyFormat.HTML : BodyFormat.TEXT;
            Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            Published published = when == null ? null : Published.at(when.toInstant(), DateEvidence.FEED);
            String link = e.getLink() != null ? e.getLink() : e.getUri();
            Map<String, String> fields = new LinkedHashMap<>();
            if (e.getUri() != null) fields.put("guid", e.getUri());
            if (feed.getTitle() != null) fields.put("feed_title", feed.getTitle().strip());
            if (feed.getLink() != null) fields.put("feed_link", feed.getLink());
            if (e.getAuthor() != null && !e.getAuthor().isBlank()) fields.put("author", e.getAuthor());
            String title = e.getTitle() == null || e.getTitle().isBlank() ? null : e.getTitle().strip();
            if (body.isBlank() && title == null) {
                sink.reject(new Rejection(input + " (item " + i + ")", "no-text", "the feed item has neither a title nor a description"), null);
                continue;
            }
            RawDocument doc = new RawDocument(new Origin(input, "item " + i, format), bf, body, title, link,
                    link == null ? Outlets.normalize(feed.getTitle()) : Outlets.fromUrl(link), published, feed.getLanguage(),
                    fetchedAt, fields, Problems.none());
            out.add(utf8 == null ? doc : DecodingProblems.said(utf8, "ingest.feed", doc));
        }
        return out;
    }
}
