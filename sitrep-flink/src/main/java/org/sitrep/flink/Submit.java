package org.sitrep.flink;

import java.io.PrintStream;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.sitrep.ingest.DocumentSink;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.ingest.ReaderOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.ingest.Source;
import org.sitrep.ingest.Sources;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;

/**
 * Produces articles into a Kafka topic from the same inputs {@code sitrep ingest} reads (files, folders, URLs: text,
 * HTML, WARC, feeds, JSON), read by the same {@link Readers}; each document becomes one message
 * ({@link ArticleMessages}). What a reader rejects is reported, with its reason, and the run goes on. Documents are sent
 * in the order the inputs are read, with an idempotent producer, so a topic of one partition keeps that order.
 */
public final class Submit {
    /** @param sent documents produced; @param rejected inputs or items a reader could not read */
    public record Report(long sent, long rejected) {
    }

    private Submit() {
    }

    /** @throws IllegalStateException when the broker cannot be reached or refuses a message, naming topic and servers */
    public static Report run(String bootstrap, String topic, List<String> inputs, FieldMapping mapping, InstantSource clock, PrintStream err) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        Readers readers = new Readers(ReaderOptions.defaults().withMapping(mapping));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            try {
                producer.partitionsFor(topic);
            } catch (org.apache.kafka.common.KafkaException e) {
                throw new IllegalStateException("could not reach topic " + topic + " at " + bootstrap + ": " + e.getMessage(), e);
            }
            List<Future<RecordMetadata>> inFlight = new ArrayList<>();
            long[] counts = new long[2];
            RuntimeException[] failed = new RuntimeException[1];
            DocumentSink sink = new DocumentSink() {
                @Override
                public void accept(RawDocument d) {
                    if (failed[0] != null) return;
                    String input = d.origin().toString();
                    ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(topic, ArticleMessages.bytes(input), ArticleMessages.bytes(ArticleMessages.json(d)));
                    r.headers().add(ArticleMessages.INPUT, ArticleMessages.bytes(input));
                    r.headers().add(ArticleMessages.FETCHED, ArticleMessages.fetched(d.fetched()));
                    try {
                        inFlight.add(producer.send(r));
                    } catch (org.apache.kafka.common.KafkaException e) {
                        // The first failure ends the run: the rest would only wait for the broker in turn.
                        failed[0] = new IllegalStateException("could not send to topic " + topic + " at " + bootstrap + ": " + e.getMessage(), e);
                    }
                    counts[0]++;
                }

                @Override
                public void reject(Rejection r, byte[] sample) {
                    counts[1]++;
                    err.println("rejected " + r.input() + ": " + r.reason() + ": " + r.message());
                }
            };
            for (Source s : Sources.expand(inputs, sink)) {
                Instant now = clock.instant();
                readers.read(s, now, sink, done -> {
                });
            }
            if (failed[0] != null) throw failed[0];
            producer.flush();
            for (Future<RecordMetadata> f : inFlight) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while sending to " + topic, e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("could not send to topic " + topic + " at " + bootstrap + ": " + e.getCause().getMessage(), e.getCause());
                }
            }
            return new Report(counts[0], counts[1]);
        }
    }
}
