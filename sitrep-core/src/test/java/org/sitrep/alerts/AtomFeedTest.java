package org.sitrep.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void aFeedReaderFindsEachAlertAsAnEntryWithAStableIdAndTheEventsLink() throws Exception {
        Alert a = new Alert(7, "Kupiansk", "ev-1", "Fighting at Kupiansk <&> \u0001", List.of(new Alert.Reason(Alert.Kind.NEW_EVENT, 1, ""),
                new Alert.Reason(Alert.Kind.NEW_DISPUTE, 0, "Who controls Kupyansk?")), Instant.parse("2024-11-15T10:00:00Z"), false);
        String xml = AtomFeed.write("http://127.0.0.1:8080/", "Kupiansk", "place=Kupiansk", List.of(a), Instant.parse("2026-01-01T00:00:00Z"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = d.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "updated").getTextContent()).isEqualTo("2024-11-15T10:00:00Z");
        assertThat(child(feed, "subtitle").getTextContent()).isEqualTo("place=Kupiansk");
        Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertThat(feed.getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(1);
        assertThat(child(entry, "id").getTextContent()).isEqualTo("urn:sitrep:alert:7");
        assertThat(child(entry, "title").getTextContent()).isEqualTo("Fighting at Kupiansk <&>  — new event (1 article)");
        assertThat(child(entry, "summary").getTextContent()).isEqualTo("new event (1 article); new dispute: Who controls Kupyansk?");
        assertThat(child(entry, "link").getAttribute("href")).isEqualTo("http://127.0.0.1:8080/#/event/ev-1");
    }

    @Test
    void anEmptyFeedIsStillAValidFeed() throws Exception {
        String xml = AtomFeed.write("http://h", "a b", "", List.of(), Instant.parse("2026-01-01T00:00:00Z"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(child(feed, "updated").getTextContent()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(((Element) feed.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href")).isEqualTo("http://h/api/watchlists/a%20b/atom");
    }

    private static Element child(Element e, String name) {
        return (Element) e.getElementsByTagNameNS(ATOM, name).item(0);
    }
}
