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

    /** Whether the store could not be opened for writing because another process writes it. */
    private final boolean busy;

    /** A refusal without an underlying failure (a write to a store opened for reading, a missing data directory). */
    public StoreException(String message) {
        this(message, false);
    }

    private StoreException(String message, boolean busy) {
        super("store: " + message, new IOException(message));
        this.busy = busy;
    }

    /** The data directory is being written by another process (its write lock is held). */
    static StoreException busy(String message) {
        return new StoreException(message, true);
    }

    /** Whether the data directory is being written by another process, so only reading it is possible now. */
    public boolean busy() {
        return busy;
    }

    public StoreException(String what, Exception cause) {
        super("store: cannot " + what + ": " + cause.getMessage(), cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause));
        this.busy = false;
    }
}
