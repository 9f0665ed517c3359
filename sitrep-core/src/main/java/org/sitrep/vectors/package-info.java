/**
 * Vector maths written once for the whole project: sparse vectors as maps from key to weight
 * ({@link org.sitrep.vectors.SparseVectors}: sums, cuts, dot products, unit length) and dense float vectors
 * ({@link org.sitrep.vectors.DenseVectors}: dot product, cosine, unit length). Pure static functions with no state; the
 * package imports nothing but {@code java.util}, so every stage may use it.
 */
package org.sitrep.vectors;
