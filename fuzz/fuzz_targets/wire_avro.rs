//! Confluent and Apicurio wire-format framing, then Avro datum decoding with the schemas in
//! `schemas/`: any bytes give a value or an error, never a panic or an unbounded allocation.
#![no_main]

use std::sync::OnceLock;

use evctl::schema::avro::AvroSchema;
use libfuzzer_sys::fuzz_target;

fn schemas() -> &'static [AvroSchema] {
    static SCHEMAS: OnceLock<Vec<AvroSchema>> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        [
            include_str!("../../schemas/members.avsc"),
            include_str!("../../schemas/payments.avsc"),
        ]
        .iter()
        .map(|text| AvroSchema::parse(text).expect("the project's schemas parse"))
        .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks a header-framed (Apicurio) or in-payload (Confluent) reading.
    let (choice, payload) = data.split_first().unwrap_or((&0, &[]));
    let header = (choice & 1 == 1).then_some(payload.get(..8).unwrap_or(payload));
    let datum = match evctl::schema::wire::detect(payload, header) {
        Some(framed) => framed.body,
        None => payload,
    };
    for schema in schemas() {
        let _ = schema.decode(datum);
    }
});
