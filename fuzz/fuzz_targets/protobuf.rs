//! Protobuf: `.proto` text compiled (protox), Confluent message-index arrays, binary decoding
//! into the JSON mapping with `schemas/shipments.proto`, and JSON read as that message. Any
//! bytes give a value or an error, never a panic or an unbounded allocation.
#![no_main]

use std::collections::HashMap;
use std::sync::OnceLock;

use evctl::schema::proto::ProtoSchema;
use libfuzzer_sys::fuzz_target;

fn shipments() -> &'static ProtoSchema {
    static SCHEMA: OnceLock<ProtoSchema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut imports = HashMap::new();
        imports.insert(
            "common/address.proto".to_string(),
            include_str!("../../schemas/common/address.proto").to_string(),
        );
        ProtoSchema::parse(include_str!("../../schemas/shipments.proto"), &imports)
            .expect("the project's schema compiles")
    })
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks what the rest is.
    let Some((choice, rest)) = data.split_first() else {
        return;
    };
    match choice % 4 {
        0 => {
            if let Ok(text) = std::str::from_utf8(rest) {
                let _ = ProtoSchema::parse(text, &HashMap::new());
            }
        }
        1 => {
            let _ = shipments().decode_framed(rest, None);
        }
        2 => {
            let _ = shipments().decode(rest);
        }
        _ => {
            if let Ok(json) = serde_json::from_slice::<serde_json::Value>(rest) {
                let _ = shipments().encode_json(&json);
            }
        }
    }
});
