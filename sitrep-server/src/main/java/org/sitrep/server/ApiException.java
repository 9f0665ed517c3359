package org.sitrep.server;

/**
 * An error a handler reports on purpose, with its HTTP status and a stable code; the server turns it into
 * {@code {"error":{"status","code","message"}}}. The message is for people and must not leak internals. The subtypes
 * are the only ones: a handler picks the one that says what went wrong. Immutable.
 */
public abstract sealed class ApiException extends RuntimeException permits BadRequestException, NotFoundException, RefusedException, UnavailableException {
    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** The HTTP status. */
    public final int status() {
        return status;
    }

    /** A short stable code ({@code not-found}, {@code bad-request}, {@code invalid-json}, {@code ambiguous-id}). */
    public final String code() {
        return code;
    }
}
