package org.sitrep.copies;

import org.sitrep.model.Article;

/**
 * An article as copy detection sees it: with its place in arrival order (the store's {@code seq}) and its
 * fingerprint.
 *
 * @param fingerprint null for an article stored without one: it is never compared from its own side
 */
public record Fingerprinted(Article article, long seq, Fingerprint fingerprint) {
}
