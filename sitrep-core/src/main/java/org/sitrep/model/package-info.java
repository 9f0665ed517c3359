/**
 * The records that flow through Sitrep: a {@link org.sitrep.model.RawDocument} as a reader found it, and the
 * {@link org.sitrep.model.Article} that the pipeline makes of it. All are immutable; times are {@code java.time}
 * values and spans are character offsets.
 */
package org.sitrep.model;
