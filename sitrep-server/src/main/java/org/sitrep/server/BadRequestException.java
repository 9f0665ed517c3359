package org.sitrep.server;

/** 400: the request itself is wrong (a parameter out of range, a body that is not JSON, an ambiguous id prefix). */
public final class BadRequestException extends ApiException {
    /** A parameter that is missing or out of its range; code {@code bad-request}. */
    public BadRequestException(String message) {
        this("bad-request", message);
    }

    /** A more specific code, such as {@code invalid-json} or {@code ambiguous-id}. */
    public BadRequestException(String code, String message) {
        super(400, code, message);
    }
}
