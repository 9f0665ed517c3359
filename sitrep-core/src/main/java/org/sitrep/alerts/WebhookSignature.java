package org.sitrep.alerts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a webhook receiver checks: HMAC-SHA256 of the exact body bytes with the watchlist's secret, sent as
 * {@code X-Sitrep-Signature: sha256=<hex>} (the form GitHub's and Stripe-like receivers verify), and the constant-time
 * check a receiver does. Pure and thread-safe.
 */
public final class WebhookSignature {
    /** The header carrying the signature. */
    public static final String HEADER = "X-Sitrep-Signature";

    private WebhookSignature() {
    }

    /** {@code sha256=} and the lower-case hex HMAC-SHA256 of {@code body} under {@code secret}. */
    public static String sign(String secret, byte[] body) {
        if (secret == null || secret.isEmpty()) throw new IllegalArgumentException("a webhook secret must not be empty");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code signature} is {@code body}'s under {@code secret}, compared in constant time. */
    public static boolean verify(String secret, byte[] body, String signature) {
        if (signature == null) return false;
        return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }
}
