import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.FixedBackOff;

/**
 * A Spring for Apache Kafka listener whose failures go to Spring's own dead-letter topic.
 *
 * <p>Arguments: BOOTSTRAP TOPIC GROUP COUNT. It reads TOPIC from the start as GROUP, rejects
 * every record whose value contains {@code "reject"}, and lets a DefaultErrorHandler with no
 * retries hand each rejected record to a DeadLetterPublishingRecoverer with its default
 * destination. It exits 0 once COUNT records were handled (accepted, or published to the
 * dead-letter topic).
 */
public final class SpringDeadLetters {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String topic = args[1];
        String group = args[2];
        int count = Integer.parseInt(args[3]);

        var producers = new DefaultKafkaProducerFactory<byte[], byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        var template = new KafkaTemplate<>(producers);
        var consumers = new DefaultKafkaConsumerFactory<byte[], byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));

        var handled = new CountDownLatch(count);
        var publisher = new DeadLetterPublishingRecoverer(template);
        ConsumerRecordRecoverer recoverer = (record, failure) -> {
            publisher.accept(record, failure);
            handled.countDown();
        };
        var properties = new ContainerProperties(topic);
        properties.setGroupId(group);
        properties.setAckMode(ContainerProperties.AckMode.RECORD);
        properties.setMessageListener((MessageListener<byte[], byte[]>) record -> {
            if (new String(record.value()).contains("reject")) {
                throw new IllegalArgumentException("no such customer in " + record.topic() + "/"
                        + record.partition() + "@" + record.offset());
            }
            handled.countDown();
        });
        var container = new KafkaMessageListenerContainer<>(consumers, properties);
        container.setCommonErrorHandler(new DefaultErrorHandler(recoverer, new FixedBackOff(0L, 0L)));
        container.start();
        boolean done = handled.await(120, TimeUnit.SECONDS);
        container.stop();
        producers.destroy();
        if (!done) {
            System.err.println("SpringDeadLetters: " + handled.getCount() + " of " + count
                    + " records not handled within 120 s");
            System.exit(1);
        }
    }
}
