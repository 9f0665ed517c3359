package org.sitrep.flink;

/**
 * One Kafka message as the job reads it: the article JSON, the input it came from, its fetch time, and its place in
 * the topic (partition and offset), by which the sink restores the order the articles were submitted in.
 */
public record Envelope(String json, String input, long fetchedMillis, int partition, long offset) {
}
