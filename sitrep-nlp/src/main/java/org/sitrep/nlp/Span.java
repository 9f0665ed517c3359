package org.sitrep.nlp;

/**
 * A CoreNLP entity mention as token indices: tokens {@code first..last} inclusive.
 *
 * @param timex the TIMEX3 value for a DATE or TIME, else null
 */
record Span(String type, int first, int last, int start, int end, int sentence, String timex) {
}
