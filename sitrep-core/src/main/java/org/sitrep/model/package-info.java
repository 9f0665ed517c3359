/**
 * The records that flow through Sitrep: a {@link org.sitrep.model.RawDocument} as a reader found it, and the
 * {@link org.sitrep.model.Article} that the pipeline makes of it. All are immutable; times are {@code java.time}
 * values and spans are character offsets.
 * Imports nothing of Sitrep: every other package may import it.
 */
package org.sitrep.model;
