package org.sitrep.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.alerts.Alert;
import org.sitrep.alerts.Backoff;
import org.sitrep.alerts.WebhookSignature;
import org.sitrep.store.WatchIndex;

/**
 * Delivers alerts to their watchlist's webhook: a JSON POST of the alert, signed ({@link WebhookSignature}: HMAC-SHA256
 * of the body with the watchlist's secret in {@code X-Sitrep-Signature}; {@code X-Sitrep-Alert} carries the alert's
 * id so a receiver can drop a repeat), any 2xx taken as delivered. A failure (another status, no answer in 10 s, no
 * connection) is tried again on the {@link Backoff} schedule, when a later {@link #deliverDue()} finds it due; after
 * the last try the alert is marked failed with the error, and shown so. Called by the writer (after a catch-up, and
 * every few seconds by {@code serve} and {@code watch}).
 */
public final class Webhooks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WatchIndex watches;
    private final HttpClient http;
    private final Backoff backoff;
    private final InstantSource clock;

    public Webhooks(WatchIndex watches, Backoff backoff, InstantSource clock) {
        this.watches = watches;
        this.backoff = backoff;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What one {@link #deliverDue()} did. */
    public record Report(int delivered, int retrying, int failed) {
    }

    /** Tries every delivery due now once. */
    public Report deliverDue() {
        int delivered = 0, retrying = 0, failed = 0;
        for (WatchIndex.Delivery d : watches.due(clock.instant(), 100)) {
            int attempts = d.attempts() + 1;
            Optional<String> error = post(d);
            if (error.isEmpty()) {
                watches.delivery(d.alert().id(), "delivered", attempts, null, null);
                delivered++;
                continue;
            }
            Optional<Duration> wait = backoff.after(attempts);
            if (wait.isPresent()) {
                watches.delivery(d.alert().id(), "pending", attempts, clock.instant().plus(wait.get()), error.get());
                retrying++;
            } else {
                watches.delivery(d.alert().id(), "failed", attempts, null, error.get());
                failed++;
            }
        }
        return new Report(delivered, retrying, failed);
    }

    /** The body POSTed for an alert. */
    static byte[] body(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("watchlist", a.watchlist());
        m.put("alert", org.sitrep.alerts.AlertFields.of(a));
        try {
            return JSON.writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialize", e);
        }
    }

    /** Empty when delivered, else what went wrong. */
    private Optional<String> post(WatchIndex.Delivery d) {
        byte[] body = body(d.alert());
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(d.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("User-Agent", "Sitrep")
                    .header("X-Sitrep-Alert", Long.toString(d.alert().id()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (d.secret() != null && !d.secret().isEmpty()) req.header(WebhookSignature.HEADER, WebhookSignature.sign(d.secret(), body));
            HttpResponse<Void> r = http.send(req.build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + r.statusCode() + " from " + d.url());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(e.getClass().getSimpleName() + " posting to " + d.url() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted posting to " + d.url());
        }
    }
}
