package org.sitrep.model;

/**
 * Something that went wrong or looked wrong while processing one document, without stopping it.
 *
 * @param stage   the stage that met it ("ingest.html", "clean")
 * @param code    a short stable code ("charset-guessed", "no-title")
 * @param message a sentence for people
 */
public record Problem(String stage, String code, String message) {
}
