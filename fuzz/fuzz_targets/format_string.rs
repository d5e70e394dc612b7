//! kcat-style `-f` format strings: parsed, then rendered over a record with binary parts.
#![no_main]

use evctl::envelope::{HeaderRef, RecordRef};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|spec: &str| {
    let Ok(format) = evctl::output::format::FormatString::parse(spec) else {
        return;
    };
    let record = RecordRef {
        topic: "orders",
        partition: 3,
        offset: -1,
        timestamp: Some(i64::MIN),
        key: Some(b"k\xff\x00"),
        value: None,
    };
    let headers = [
        HeaderRef {
            key: "trace-id",
            value: Some(b"\xfe\x00"),
        },
        HeaderRef {
            key: "",
            value: None,
        },
    ];
    let mut out = Vec::new();
    format.render(&mut out, &record, headers);
});
