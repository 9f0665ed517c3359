package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.alerts.Alert;
import org.sitrep.alerts.Backoff;
import org.sitrep.alerts.Seen;
import org.sitrep.alerts.WebhookSignature;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.WatchIndex;

/** Webhook delivery against a receiver on the loopback interface: signed, retried on the back-off schedule, then given up. */
class WebhooksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private HttpServer receiver;
    private final List<Received> got = new CopyOnWriteArrayList<>();
    /** The statuses the receiver answers, one per request, the last repeated. */
    private volatile int[] answers = {200};
    private final AtomicInteger requests = new AtomicInteger();
    private Instant now = Instant.parse("2024-11-15T10:00:00Z");
    private final InstantSource clock = () -> now;

    record Received(byte[] body, String signature, String alertId) {
    }

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            got.add(new Received(body, ex.getRequestHeaders().getFirst(WebhookSignature.HEADER), ex.getRequestHeaders().getFirst("X-Sitrep-Alert")));
            int n = requests.getAndIncrement();
            int status = answers[Math.min(n, answers.length - 1)];
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private String hook() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private Alert raise(SitrepStore store, WatchIndex.Watchlist w) {
        Alert a = new Alert(0, w.name(), "ev-1", "Fighting at Kupiansk", List.of(new Alert.Reason(Alert.Kind.NEW_EVENT, 1, "")), now, false);
        return store.watches().record(w, List.of(new Seen("ev-1", 1, java.util.Set.of())), List.of(a)).getFirst();
    }

    @Test
    void anAlertIsPostedOnceSignedWithTheWatchlistsSecret() throws Exception {
        try (SitrepStore store = SitrepStore.open(dir)) {
            WatchIndex.Watchlist w = store.watches().add("Kupiansk", "place=Kupiansk", hook(), "s3cret", now);
            Alert a = raise(store, w);
            Webhooks hooks = new Webhooks(store.watches(), Backoff.STANDARD, clock);
            assertThat(hooks.deliverDue()).isEqualTo(new Webhooks.Report(1, 0, 0));
            assertThat(got).hasSize(1);
            Received r = got.getFirst();
            assertThat(WebhookSignature.verify("s3cret", r.body(), r.signature())).isTrue();
            assertThat(r.alertId()).isEqualTo(Long.toString(a.id()));
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.path("watchlist").asText()).isEqualTo("Kupiansk");
            assertThat(body.path("alert").path("event_id").asText()).isEqualTo("ev-1");
            assertThat(body.path("alert").path("summary").asText()).isEqualTo("new event (1 article)");
            // Delivered: nothing is due any more, however late.
            now = now.plus(Duration.ofDays(1));
            assertThat(hooks.deliverDue()).isEqualTo(new Webhooks.Report(0, 0, 0));
            assertThat(got).hasSize(1);
            assertThat(store.watches().deliveryState(a.id()).orElseThrow()).isEqualTo(new WatchIndex.DeliveryState("delivered", 1, null));
        }
    }

    @Test
    void aFailedDeliveryIsTriedAgainWhenDueAndGivenUpAfterTheLastTry() {
        answers = new int[] {503, 500, 200};
        try (SitrepStore store = SitrepStore.open(dir)) {
            WatchIndex.Watchlist w = store.watches().add("K", "", hook(), null, now);
            Alert a = raise(store, w);
            Webhooks hooks = new Webhooks(store.watches(), new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), 5), clock);
            assertThat(hooks.deliverDue()).isEqualTo(new Webhooks.Report(0, 1, 0));
            assertThat(store.watches().deliveryState(a.id()).orElseThrow().lastError()).contains("HTTP 503");
            // Not due yet: no request.
            now = now.plusSeconds(29);
            assertThat(hooks.deliverDue()).isEqualTo(new Webhooks.Report(0, 0, 0));
            assertThat(requests.get()).isEqualTo(1);
            now = now.plusSeconds(1);
            assertThat(hooks.deliverDue()).isEqualTo(new Webhooks.Report(0, 1, 0));
            now = now.plusSeconds(60); // the second wait is twice the first
            assertThat(hooks.deliverDue()).isEqualTo(new Webhooks.Report(1, 0, 0));
            assertThat(store.watches().deliveryState(a.id()).orElseThrow()).isEqualTo(new WatchIndex.DeliveryState("delivered", 3, null));
            assertThat(got.getLast().signature()).as("no secret, no signature").isNull();
        }
    }

    @Test
    void aReceiverThatNeverAcceptsIsGivenUpOnWithItsError() {
        answers = new int[] {500};
        try (SitrepStore store = SitrepStore.open(dir)) {
            WatchIndex.Watchlist w = store.watches().add("K", "", hook(), null, now);
            Alert a = raise(store, w);
            Webhooks hooks = new Webhooks(store.watches(), new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 3), clock);
            for (int i = 0; i < 5; i++) {
                hooks.deliverDue();
                now = now.plusSeconds(1);
            }
            assertThat(requests.get()).isEqualTo(3);
            assertThat(store.watches().deliveryState(a.id()).orElseThrow()).isEqualTo(new WatchIndex.DeliveryState("failed", 3, "HTTP 500 from " + hook()));
        }
    }

    @Test
    void noReceiverAtAllIsAnErrorNamingTheAddress() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (SitrepStore store = SitrepStore.open(dir)) {
            WatchIndex.Watchlist w = store.watches().add("K", "", "http://127.0.0.1:" + port + "/gone", null, now);
            Alert a = raise(store, w);
            new Webhooks(store.watches(), Backoff.STANDARD, clock).deliverDue();
            WatchIndex.DeliveryState s = store.watches().deliveryState(a.id()).orElseThrow();
            assertThat(s.delivery()).isEqualTo("pending");
            assertThat(s.lastError()).contains("http://127.0.0.1:" + port + "/gone");
        }
    }
}
