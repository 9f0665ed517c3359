package org.sitrep.nlp;

/**
 * One sentence of an annotated text.
 *
 * @param index  its position, from 0
 * @param start  char offset of its first character in the input text
 * @param end    char offset after its last character
 * @param tokens how many tokens CoreNLP found in it
 */
public record Sentence(int index, int start, int end, int tokens) {
}
