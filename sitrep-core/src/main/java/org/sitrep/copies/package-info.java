/**
 * Copies and provenance: which articles are exact, near-duplicate, rewritten or translated copies of which, in which
 * direction, with the evidence, and how many independent sources a set of articles really has. In the order of the
 * data: {@link org.sitrep.copies.Fingerprinter} computes each article's {@link org.sitrep.copies.Fingerprint} (sketch,
 * {@link org.sitrep.copies.CopyKeys keys} for the search index, lead embedding); {@link org.sitrep.copies.CopyDetection}
 * asks a candidate index ({@link org.sitrep.copies.CopyCandidates}) for earlier articles worth judging and saves what
 * the {@link org.sitrep.copies.CopyJudge} decides, a pure function of both articles (a copy shares the report, not
 * the template: {@link org.sitrep.copies.ReportDifference} finds the slots two alike texts fill differently, and such
 * a pair is kept as a {@link org.sitrep.copies.Lookalike}; a pair in two languages that its rules do not relate goes
 * to the {@link org.sitrep.copies.TranslationJudge}, which aligns sentences by the names, days and numbers of
 * {@link org.sitrep.copies.TranslationKeys}, the keys by which the index also finds such pairs), through a
 * {@link org.sitrep.copies.CopyStore}; {@link org.sitrep.copies.CopyGroups} collapses copies into their sources. All
 * knobs are in {@link org.sitrep.copies.CopyParams}. May import {@code org.sitrep.model}, {@code org.sitrep.embed} and {@code org.sitrep.outlets} (one outlet whatever its spelling);
 * knows no store: a store implements the two small interfaces.
 */
package org.sitrep.copies;
