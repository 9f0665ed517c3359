/**
 * Copies and provenance: which articles are exact, near-duplicate or rewritten copies of which, in which
 * direction, with the evidence, and how many independent sources a set of articles really has. Fingerprints and
 * sketches are computed per article ({@link org.sitrep.copies.CopySketch}); the decision between two articles
 * ({@link org.sitrep.copies.CopyJudge}) is a pure function of both.
 */
package org.sitrep.copies;
