//! Dead-letter headers of Kafka records (Spring, Connect, Streams, SmallRye). The input is cut
//! at each 0xff byte into header names and values, in turn; a value of exactly "\0null" is a
//! null header.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parts: Vec<&[u8]> = data.split(|b| *b == 0xff).collect();
    let headers: Vec<(&str, Option<&[u8]>)> = parts
        .chunks(2)
        .filter_map(|pair| {
            let name = std::str::from_utf8(pair[0]).ok()?;
            let value = pair.get(1).copied().unwrap_or_default();
            Some((name, (value != b"\0null").then_some(value)))
        })
        .collect();
    if let Ok(Some(dead)) = evctl::dlq::decode_kafka(&headers) {
        let _ = dead.origin();
        let _ = dead.error();
    }
});
