use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use evctl::cli::Cli;
use evctl::commands::{self, Interrupt, SIGINT, SIGTERM};
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
        // Ctrl-C and SIGTERM stop a command cleanly; a second signal does not wait for that.
        let on_signal = interrupt.clone();
        tokio::spawn(async move {
            use tokio::signal::unix::{SignalKind, signal};
            let (Ok(mut int), Ok(mut term)) = (
                signal(SignalKind::interrupt()),
                signal(SignalKind::terminate()),
            ) else {
                return;
            };
            loop {
                let received = tokio::select! {
                    _ = int.recv() => SIGINT,
                    _ = term.recv() => SIGTERM,
                };
                if on_signal.is_set() {
                    std::process::exit(i32::from(128 + received));
                }
                on_signal.stop(received);
            }
        });
        commands::run(cli, interrupt.clone()).await
    });
    // Don't wait for reader threads still blocked on input; do wait (briefly) for Kafka
    // clients still closing on other threads, which must not meet the process's exit.
    runtime.shutdown_background();
    evctl::kafka::wait_for_clients_to_close(Duration::from_secs(5));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // `evctl tail | head`: the reader has what it wanted.
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        // 130 after Ctrl-C, 143 after SIGTERM.
        Err(evctl::error::Error::Interrupted) => ExitCode::from(interrupt.exit_code()),
        Err(e) => {
            eprintln!("evctl: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
