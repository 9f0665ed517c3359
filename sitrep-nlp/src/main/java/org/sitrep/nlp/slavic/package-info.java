/**
 * Ukrainian, Russian and Polish reading: a tokenizer and sentence splitter with character offsets
 * ({@link org.sitrep.nlp.slavic.SlavicTokenizer}), word forms to lemmas and tags from the Morfologik dictionaries
 * ({@link org.sitrep.nlp.slavic.Lexicon}), and names of people, organisations and places with their dictionary form
 * ({@link org.sitrep.nlp.slavic.SlavicNames}: "Олександра Сирського" → "Олександр Сирський", "w Kupiańsku" →
 * "Kupiańsk"), dates ({@link org.sitrep.nlp.slavic.SlavicTimes}: "14 листопада", "вчора", "w sobotę" against the
 * publication date), numbers with what they count ({@link org.sitrep.nlp.slavic.SlavicQuantities}) and quotes in «…»,
 * „…“ with their speakers ({@link org.sitrep.nlp.slavic.SlavicQuotes}). {@link org.sitrep.nlp.slavic.SlavicAnnotator} assembles them into the {@link org.sitrep.nlp.Annotator}
 * of one language. May import sitrep-nlp's records ({@code org.sitrep.nlp}), Morfologik, ICU and the JDK: no other
 * Sitrep module.
 */
package org.sitrep.nlp.slavic;
