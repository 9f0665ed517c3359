package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one failure of the store: SQLite or the Lucene index could not be read or written. Every store class throws
 * this for an I/O or SQL failure, so the front ends map it to one exit code (74) and one HTTP status, whichever part
 * of the store failed. The message says what the store was doing.
 */
public final class StoreException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    public StoreException(String what, Exception cause) {
        super("store: cannot " + what + ": " + cause.getMessage(), cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause));
    }
}
