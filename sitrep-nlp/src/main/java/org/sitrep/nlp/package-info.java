/**
 * English annotation with Stanford CoreNLP: sentences, entity mentions (with the untyped or oddly typed proper nouns
 * that place resolution needs), temporal expressions normalized against the article's reference time, quantities
 * with what they count, and quotes with their speaker. {@link org.sitrep.nlp.EnglishAnnotator} is the one entry
 * point; everything it returns is an immutable record with character offsets into the annotated text.
 * May import CoreNLP and the JDK only: no other Sitrep module.
 */
package org.sitrep.nlp;
