//! A consumer group member's assignment, as the broker hands it over (consumer protocol).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = evctl::kafka::membership::parse_assignment(bytes);
});
