package org.sitrep.flink;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Reads a Kafka record into an {@link Envelope}: the value as UTF-8 (a byte that is not is replaced, and the JSON reader
 * then rejects or keeps the article as it would a request body), the headers of {@link ArticleMessages}; a record
 * without them (written by another producer) is labelled by its topic, partition and offset, and read against the
 * record's timestamp.
 */
final class EnvelopeSchema implements KafkaRecordDeserializationSchema<Envelope> {
    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> r, Collector<Envelope> out) {
        String json = r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8);
        Header input = r.headers().lastHeader(ArticleMessages.INPUT);
        Header fetched = r.headers().lastHeader(ArticleMessages.FETCHED);
        String label = input == null ? "kafka:" + r.topic() + "/" + r.partition() + "@" + r.offset() : new String(input.value(), StandardCharsets.UTF_8);
        Instant t = ArticleMessages.fetched(fetched == null ? null : fetched.value(), Instant.ofEpochMilli(Math.max(0, r.timestamp())));
        out.collect(new Envelope(json, label, t.toEpochMilli(), r.partition(), r.offset()));
    }

    @Override
    public TypeInformation<Envelope> getProducedType() {
        return TypeInformation.of(Envelope.class);
    }
}
