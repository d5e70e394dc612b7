//! `--from` values: offsets, -N, @time, durations, beginning/end.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|spec: &str| {
    let _ = evctl::start::StartFrom::parse(spec, 1_764_000_000_000);
    let _ = evctl::start::parse_time(spec);
});
