//! `--amqp-url` and the config file's `amqp-url`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|url: &str| {
    let _ = evctl::amqp_url::AmqpUrl::parse(url);
});
