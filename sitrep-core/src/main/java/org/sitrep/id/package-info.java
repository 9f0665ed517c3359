/**
 * The last per-document stage: a stable id from the normalized content (URL without tracking parameters, title,
 * text), so that ingesting the same thing twice adds nothing. May import {@code model} and the {@code pipeline} contract.
 */
package org.sitrep.id;
