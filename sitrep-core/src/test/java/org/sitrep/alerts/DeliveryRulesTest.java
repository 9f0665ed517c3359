package org.sitrep.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryRulesTest {
    @Test
    void theSignatureIsRfc4231sHmacSha256() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void verifyingRefusesAnotherBodyOrSecret() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        String sig = WebhookSignature.sign("s3cret", body);
        assertThat(WebhookSignature.verify("s3cret", body, sig)).isTrue();
        assertThat(WebhookSignature.verify("other", body, sig)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", "{\"a\":2}".getBytes(StandardCharsets.UTF_8), sig)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", body, null)).isFalse();
        assertThatThrownBy(() -> WebhookSignature.sign("", body)).hasMessageContaining("secret");
    }

    @Test
    void backOffDoublesUpToItsCapAndStopsAfterTheLastTry() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), 5);
        assertThat(b.after(1)).contains(Duration.ofSeconds(1));
        assertThat(b.after(2)).contains(Duration.ofSeconds(2));
        assertThat(b.after(3)).contains(Duration.ofSeconds(4));
        assertThat(b.after(4)).contains(Duration.ofSeconds(5));
        assertThat(b.after(5)).isEqualTo(Optional.empty());
        assertThat(Backoff.STANDARD.after(9)).contains(Duration.ofHours(1));
    }
}
