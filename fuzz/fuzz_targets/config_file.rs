//! The config file (`~/.config/evctl/config.toml`), as `ConfigFile::load` reads it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(file) = toml::from_str::<evctl::config::ConfigFile>(text) {
        let _ = file.select(None);
    }
});
