//! Answers from a schema registry: an HTTP status (the first two bytes) and a body, read as
//! each answer evctl asks for; a schema it serves is compiled as the type it names and used
//! once, as decoding a framed payload does.
#![no_main]

use evctl::schema::registry::{ById, Registered, read_answer};
use evctl::schema::{Compiled, SchemaKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((status, body)) = data.split_first_chunk::<2>() else {
        return;
    };
    let status = 100 + u16::from_be_bytes(*status) % 500;
    let Ok(text) = std::str::from_utf8(body) else {
        return;
    };
    let answer = |path| read_answer::<ById>("http://registry", "GET", path, status, text);
    if let Ok(found) = answer("/schemas/ids/1")
        && let Some(kind) = SchemaKind::from_registry(found.schema_type.as_deref())
        && let Ok(compiled) = Compiled::parse(kind, &found.schema)
    {
        let _ = compiled.violations(&serde_json::json!({"id": 1, "name": "x"}));
    }
    let _ = read_answer::<Registered>("http://registry", "GET", "/subjects/s/versions/1", status, text);
    let _ = read_answer::<Vec<String>>("http://registry", "GET", "/subjects", status, text);
    let _ = read_answer::<Vec<i32>>("http://registry", "GET", "/subjects/s/versions", status, text);
});
