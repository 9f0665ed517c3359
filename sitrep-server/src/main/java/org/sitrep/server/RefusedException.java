package org.sitrep.server;

/**
 * The request was understood and refused: no token for a write (401 {@code token-required}), a name this server does
 * not answer to (403 {@code host-not-allowed}, {@code origin-not-allowed}), a body that is not JSON (415
 * {@code unsupported-media-type}).
 */
public final class RefusedException extends ApiException {
    public RefusedException(int status, String code, String message) {
        super(status, code, message);
        if (status != 401 && status != 403 && status != 415) throw new IllegalArgumentException("not a refusal: " + status);
    }
}
