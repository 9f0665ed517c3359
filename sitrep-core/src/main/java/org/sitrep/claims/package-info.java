/**
 * Claims and disputes: what each article asserts about the conflict, by whom and for which side
 * ({@link org.sitrep.claims.Claim}, found by the language-specific rules of {@code understand}), and, over the claims
 * of one event or story, which are the same claim from independent sources (corroboration), which answer one question
 * incompatibly (a {@link org.sitrep.claims.ClaimReport.Dispute}) and which are one side's figure updated
 * ({@link org.sitrep.claims.ClaimComparison}, a pure function with its knobs in {@link org.sitrep.claims.ClaimParams}).
 * May import {@code java.*} only: records in, records out.
 */
package org.sitrep.claims;
