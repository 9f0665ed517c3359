package org.sitrep.server;

/**
 * The server cannot take this request now (503 {@code busy}): the queue of writes is full, or every reader is busy.
 * The answer carries {@code Retry-After}, the seconds after which trying again should succeed.
 */
public final class UnavailableException extends ApiException {
    private final int retryAfterSeconds;

    public UnavailableException(String message, int retryAfterSeconds) {
        super(503, "busy", message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
