//! `evctl completions SHELL`: the completion script on stdout.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::{Error, Result};

pub fn run(args: &CompletionsArgs) -> Result<()> {
    let mut out = Vec::new();
    generate(args.shell, &mut out);
    std::io::Write::write_all(&mut std::io::stdout().lock(), &out).map_err(Error::Output)
}

/// The completion script for `shell`, as committed under completions/.
pub fn generate(shell: clap_complete::Shell, out: &mut Vec<u8>) {
    clap_complete::generate(shell, &mut Cli::command(), "evctl", out);
}
