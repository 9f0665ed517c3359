/**
 * Metadata found in the text itself where the input carried none: publication datelines, wire and syndication
 * markers, and the headline; and {@link org.sitrep.metadata.FutureDates}, which refuses a publication date later than the
 * fetch. Runs after the source text exists and before boilerplate removal.
 * May import {@code model}, the {@code pipeline} contract and {@code clean}'s line handling ({@code Lines}, shared
 * with boilerplate removal).
 */
package org.sitrep.metadata;
