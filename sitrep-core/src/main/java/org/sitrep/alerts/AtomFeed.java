package org.sitrep.alerts;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A watchlist's alerts as an Atom 1.0 feed (RFC 4287), newest first, so that any feed reader can follow a watchlist:
 * the feed's id is the watchlist's, each entry's id the alert's ({@code urn:sitrep:alert:ID}, stable), its link the
 * event's page, its summary the reasons in words. Text goes through the XML writer, which escapes it. Pure and
 * thread-safe.
 */
public final class AtomFeed {
    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * The feed document.
     *
     * @param base      the address the server is reached at, e.g. {@code http://127.0.0.1:8080} (links are made
     *                  from it)
     * @param watchlist the watchlist's name
     * @param filter    the watchlist's filter, as a query string (shown as the feed's subtitle)
     * @param alerts    its alerts, newest first
     * @param now       the feed's time when it has no alert
     */
    public static String write(String base, String watchlist, String filter, List<Alert> alerts, Instant now) {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            text(x, "id", "urn:sitrep:watchlist:" + watchlist);
            text(x, "title", "Sitrep watchlist: " + watchlist);
            text(x, "subtitle", filter == null || filter.isEmpty() ? "everything" : filter);
            Instant updated = alerts.isEmpty() ? now : alerts.getFirst().raised();
            text(x, "updated", time(updated));
            link(x, "self", root + "/api/watchlists/" + encode(watchlist) + "/atom");
            link(x, "alternate", root + "/#/alerts");
            x.writeStartElement("author");
            text(x, "name", "Sitrep");
            x.writeEndElement();
            text(x, "generator", "Sitrep");
            for (Alert a : alerts) {
                x.writeStartElement("entry");
                text(x, "id", "urn:sitrep:alert:" + a.id());
                text(x, "title", (a.title() == null || a.title().isBlank() ? "Event " + a.eventId() : a.title()) + " — " + a.reasons().getFirst().describe());
                text(x, "updated", time(a.raised()));
                link(x, "alternate", root + "/#/event/" + encode(a.eventId()));
                text(x, "summary", a.describe());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(xmlChars(value));
        x.writeEndElement();
    }

    /** Without the characters XML 1.0 cannot hold (controls an article's title may carry), which no escape allows. */
    static String xmlChars(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
