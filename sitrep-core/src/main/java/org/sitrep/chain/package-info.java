/**
 * The standard assembly of the per-document stages (extract, metadata, boilerplate, language, id), from a raw
 * document to a storable article. It only assembles: every stage lives in its own package and knows nothing of this
 * one. May import the stage packages and the {@code pipeline} contract.
 */
package org.sitrep.chain;
