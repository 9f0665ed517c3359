package org.sitrep.pipeline;

import java.util.Objects;

/**
 * What a stage may know besides its input. There is deliberately no clock here: a stage's reference time is the
 * article's own publication or fetch time, so the same input gives the same output wherever and whenever it runs.
 *
 * @param defaultLanguage the language to assume when detection is undecided, or "und"
 */
public record StageContext(String defaultLanguage) {
    public static final StageContext DEFAULT = new StageContext("und");

    public StageContext {
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    }
}
