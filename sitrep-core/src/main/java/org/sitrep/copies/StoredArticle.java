package org.sitrep.copies;

import org.sitrep.model.Article;

/**
 * A stored article with the part of its fingerprint a store keeps (the lead's embedding, costly to recompute);
 * {@link Fingerprinter#restore} rebuilds the rest from the text.
 *
 * @param seq    its place in arrival order
 * @param vector the embedding stored with it, or null
 * @param model  the embedding model's name, or null
 */
public record StoredArticle(Article article, long seq, float[] vector, String model) {
}
