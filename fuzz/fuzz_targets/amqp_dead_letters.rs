//! A RabbitMQ message's headers as they arrive on the wire (an AMQP field table): the
//! `x-death` reading of `dlq inspect` and `dlq replay`, the replay count, and the JSON that
//! `tail --queue` prints and `produce --input jsonl` reads back.
#![no_main]

use amq_protocol_types::parsing::parse_field_table;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok((_, table)) = parse_field_table(data) else {
        return;
    };
    if let Ok(Some(dead)) = evctl::dlq::decode_amqp(&table) {
        let _ = dead.origin();
        let _ = dead.error();
    }
    let _ = evctl::dlq::amqp_replay_count(&table);
    let json = evctl::amqp::headers::table_to_json(&table);
    let _ = evctl::amqp::headers::table_from_json(&json, "headers");
});
