//! `produce --input jsonl` lines, for Kafka and for RabbitMQ: any bytes give a message or an
//! error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|line: &[u8]| {
    let _ = evctl::envelope::Envelope::parse(line);
    let _ = evctl::amqp::envelope::AmqpEnvelope::parse(line);
});
