/**
 * Language identification of the title and cleaned text: OpenNLP's language detector with its {@code langdetect-183}
 * model, restricted to the languages of this domain (chosen over Lingua by measurement, see BENCHMARKS.md).
 * May import {@code model} and the {@code pipeline} contract.
 */
package org.sitrep.language;
