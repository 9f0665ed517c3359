/**
 * The contract between stages ({@link org.sitrep.pipeline.Stage}, {@link org.sitrep.pipeline.Facet}) and the
 * {@link org.sitrep.pipeline.Pipeline} that assembles them and checks, when built, that every stage's needs are met.
 * May import {@code model} only; it knows no stage (the standard assembly lives in {@code chain}).
 */
package org.sitrep.pipeline;
