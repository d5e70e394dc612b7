import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A Kafka Streams application with Kafka Streams' own dead-letter queue (KIP-1034).
 *
 * <p>Arguments: BOOTSTRAP APPLICATION_ID SOURCE SINK DLQ. It copies SOURCE to SINK; a value that
 * is not a JSON object fails to deserialize, and LogAndContinueExceptionHandler, with
 * errors.dead.letter.queue.topic.name set to DLQ, has Streams write the failed record there. It
 * runs until it is stopped (SIGTERM closes it).
 */
public final class StreamsDeadLetters {
    /** Accepts a value only when it looks like a JSON object; the check a JSON serde makes first. */
    static final class JsonObject implements Deserializer<byte[]> {
        @Override
        public byte[] deserialize(String topic, byte[] data) {
            String text = data == null ? "" : new String(data).strip();
            if (!text.startsWith("{") || !text.endsWith("}")) {
                throw new SerializationException("not a JSON object: " + text);
            }
            return data;
        }
    }

    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, args[1]);
        config.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, args[4]);
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class);
        config.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        config.put(StreamsConfig.STATE_DIR_CONFIG,
                System.getProperty("java.io.tmpdir") + "/evctl-streams-" + args[1]);

        Serde<byte[]> bytes = Serdes.ByteArray();
        Serde<byte[]> json = Serdes.serdeFrom(bytes.serializer(), new JsonObject());
        var builder = new StreamsBuilder();
        builder.stream(args[2], Consumed.with(bytes, json)).to(args[3], Produced.with(bytes, json));

        var streams = new KafkaStreams(builder.build(), config);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close();
            stopped.countDown();
        }));
        streams.start();
        stopped.await();
    }
}
