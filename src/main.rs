use std::process::ExitCode;

use clap::Parser;
use evctl::cli::Cli;
use evctl::commands::{self, Interrupt};
use evctl::error::exit;

/// JSON parsing (validate, envelopes) allocates many small maps and strings; mimalloc serves
/// them markedly faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("evctl: cannot start the async runtime: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let interrupt = Interrupt::default();
    let result = runtime.block_on(async {
        let on_signal = interrupt.clone();
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                on_signal.set();
                // A second Ctrl-C does not wait for a clean stop.
                if tokio::signal::ctrl_c().await.is_ok() {
                    std::process::exit(i32::from(exit::INTERRUPTED));
                }
            }
        });
        commands::run(cli, interrupt).await
    });
    // Don't wait for librdkafka or reader threads still blocked on input.
    runtime.shutdown_background();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // `evctl tail | head`: the reader has what it wanted.
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            if !matches!(e, evctl::error::Error::Interrupted) {
                eprintln!("evctl: {e}");
            }
            ExitCode::from(e.exit_code())
        }
    }
}
