package org.sitrep.model;

import java.util.Objects;

/**
 * An input, or a record inside one, that could not be read, decoded or parsed. It is reported and quarantined;
 * the run goes on.
 *
 * @param input   the path or URL, with the record inside it where there is one (as {@link Origin#toString()})
 * @param reason  a short stable code: {@code binary}, {@code empty}, {@code truncated-html}, {@code invalid-json},
 *                {@code unreadable}, {@code too-large}, {@code decode-failed}, {@code no-text}, {@code fetch-failed}
 * @param message a sentence for people, naming what was wrong
 */
public record Rejection(String input, String reason, String message) {
    public Rejection {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
