package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.alerts.Alert;
import org.sitrep.alerts.WebhookSignature;
import org.sitrep.geo.Gazetteer;
import org.sitrep.store.SitrepStore;
import org.sitrep.testkit.SharedData;
import org.sitrep.understand.PlaceLookup;
import org.w3c.dom.Document;

/**
 * Issue 17's watchlist, end to end on the seeds: a watchlist "Kupiansk" created after the 2023 reports (000–003) and
 * before 004 raises exactly one alert when 004 comes — for 004's event, new, with its dispute over who holds the town
 * in the same alert — listed, in the watchlist's Atom feed and POSTed, signed, to a receiver on the loopback
 * interface; ingesting 004 again raises none.
 */
class AlertSeedsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Gazetteer gazetteer;

    @TempDir
    Path data;

    @BeforeAll
    static void open() throws IOException {
        gazetteer = Understanding.defaultGazetteer();
    }

    @AfterAll
    static void close() {
        if (gazetteer != null) gazetteer.close();
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SharedData.require("seeds"))) {
            return s.sorted().toList();
        }
    }

    private static AlertPass.Report passes(Sitrep s) {
        s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
        });
        s.placeEvents(true, new EventPass.Listener() {
        });
        s.findClaims(new ClaimPass.Listener() {
        });
        return s.watches().raise();
    }

    @Test
    void aWatchlistForKupianskRaisesOneAlertFor004sEventAndNoneOnAReingest() throws Exception {
        List<byte[]> bodies = new CopyOnWriteArrayList<>();
        List<String> signatures = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            bodies.add(ex.getRequestBody().readAllBytes());
            signatures.add(ex.getRequestHeaders().getFirst(WebhookSignature.HEADER));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        try (Sitrep s = Understanding.open(data)) {
            List<Path> seeds = seeds();
            Path s004 = seeds.stream().filter(p -> p.getFileName().toString().startsWith("004")).findFirst().orElseThrow();
            for (Path p : seeds) if (p != s004) Understanding.ingest(s, p);
            assertThat(passes(s).raised()).as("no watchlist yet").isEmpty();

            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            s.watches().add("Kupiansk", "place=Kupiansk", hook, "s3cret");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.watches().add("nowhere", "place=Atlantisville", null, null))
                    .hasMessageStartingWith("place: unknown place: Atlantisville");
            assertThat(s.watches().list()).as("a filter that does not resolve stores nothing").extracting(w -> w.name()).containsExactly("Kupiansk");
            assertThat(passes(s).raised()).as("what matched when it was made is known to it").isEmpty();

            Understanding.ingest(s, s004);
            List<Alert> raised = passes(s).raised();
            String id004 = s.store().articles(new SitrepStore.ArticleQuery(100, 0, null, null)).stream()
                    .filter(a -> a.origin().input().contains("004")).findFirst().orElseThrow().id();
            String e004 = s.eventOf(id004).orElseThrow().getKey();
            assertThat(raised).hasSize(1);
            Alert a = raised.getFirst();
            assertThat(a.eventId()).isEqualTo(e004);
            assertThat(a.reasons()).extracting(Alert.Reason::kind).containsExactly(Alert.Kind.NEW_EVENT, Alert.Kind.NEW_DISPUTE);
            assertThat(a.describe()).contains("Kupyansk");

            assertThat(s.watches().deliver().delivered()).isEqualTo(1);
            assertThat(bodies).hasSize(1);
            assertThat(WebhookSignature.verify("s3cret", bodies.getFirst(), signatures.getFirst())).isTrue();
            JsonNode posted = JSON.readTree(bodies.getFirst());
            assertThat(posted.path("alert").path("event_id").asText()).isEqualTo(e004);

            String atom = s.watches().atom("http://127.0.0.1:8080", "Kupiansk").orElseThrow();
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
            assertThat(d.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(1);
            assertThat(atom).contains("http://127.0.0.1:8080/#/event/" + e004);

            Understanding.ingest(s, s004);
            assertThat(passes(s).raised()).as("004 again: nothing new").isEmpty();
            assertThat(s.watches().deliver().delivered()).isZero();
            assertThat(s.watches().count(null, true)).isEqualTo(1);
        } finally {
            receiver.stop(0);
        }
    }
}
