package org.sitrep.server;

/** 404: nothing is stored under the name the request gave; code {@code not-found}. */
public final class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super(404, "not-found", message);
    }
}
