package org.sitrep.server;

/** An error with an HTTP status and a stable code, returned as {@code {"error":{"status","code","message"}}}. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not-found", message);
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad-request", message);
    }
}
