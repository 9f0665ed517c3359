/**
 * Sentence embeddings: one vector per article from an in-process ONNX model (all-MiniLM-L6-v2, quantized, by
 * default; any user-supplied BERT-style ONNX model otherwise). Copy detection finds retellings through their nearest
 * neighbours, and event clustering compares reports by them.
 * May import {@code model} and {@code vectors}.
 */
package org.sitrep.embed;
