/**
 * Event records in the manner of ACLED (F5 in PRODUCT.md): for each event, what kind of event it is (an
 * {@link org.sitrep.records.SubEventType} of ACLED's codebook, in its own wording, with its
 * {@link org.sitrep.records.EventType}), when and where with how precisely, who against whom, how many were killed
 * (low, best, high, with who said which) and from how many independent sources, and whether its claims are disputed.
 * {@link org.sitrep.records.EventRecords} decides them from what the other stages found: each member's
 * {@link org.sitrep.records.TypeCall} (made by a classifier of {@code understand}), the members' claims and their
 * comparison, and the places they name. May import {@code java.*} and {@code org.sitrep.claims} only: records in,
 * records out.
 */
package org.sitrep.records;
