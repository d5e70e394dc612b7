//! One module per subcommand: glue from `Config` to the core, the adapters and the output.

mod bindings;
mod completions;
mod context;
pub mod dlq;
mod exchanges;
mod groups;
pub mod lag;
mod lag_serve;
mod produce;
mod queues;
mod schema;
mod tail;
mod topics;
mod validate;

pub use completions::generate as generate_completions;

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use crate::cli::{Cli, Command, DashboardArgs, GlobalArgs, OutputFormat};
use crate::config::{Config, ConfigFile};
use crate::error::{Error, Result, exit};
use crate::tui::app::Tab;
use crate::tui::run::{Dashboard, run_dashboard};

/// Set by Ctrl-C or SIGTERM; long-running commands check it and stop cleanly.
#[derive(Debug, Clone, Default)]
pub struct Interrupt(Arc<AtomicU8>);

/// The signals that stop a command cleanly: what was read is written and committed, and the
/// summary printed.
pub const SIGINT: u8 = 2;
pub const SIGTERM: u8 = 15;

impl Interrupt {
    /// Ctrl-C.
    pub fn set(&self) {
        self.stop(SIGINT);
    }

    /// The first signal that asked for a stop; later ones do not change it.
    pub fn stop(&self, signal: u8) {
        let _ = self
            .0
            .compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst);
    }

    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::Relaxed) != 0
    }

    /// The exit code of a run this stopped, 128 + the signal as shells report it: 130 after
    /// Ctrl-C, 143 after SIGTERM.
    pub fn exit_code(&self) -> u8 {
        match self.0.load(Ordering::Relaxed) {
            SIGTERM => exit::TERMINATED,
            _ => exit::INTERRUPTED,
        }
    }
}

pub async fn run(cli: Cli, interrupt: Interrupt) -> Result<()> {
    match &cli.command {
        // Neither needs a broker or a valid config file.
        Command::Completions(args) => completions::run(args),
        Command::Context(command) => context::run(&cli.global, command),
        command => {
            let cfg = Config::resolve(&cli.global)?;
            // JUnit reports are test results; only validate produces them.
            if cfg.output == OutputFormat::Junit && !matches!(command, Command::Validate(_)) {
                return Err(Error::usage("-o junit applies to `evctl validate` only"));
            }
            if cfg.output == OutputFormat::Prometheus && !matches!(command, Command::Lag(_)) {
                return Err(Error::usage("-o prometheus applies to `evctl lag` only"));
            }
            if cfg.verbose > 0 {
                eprintln!(
                    "evctl: Kafka at {} (context: {})",
                    cfg.kafka.brokers,
                    cfg.context.as_deref().unwrap_or("none")
                );
            }
            match command {
                Command::Produce(args) => produce::run(&cfg, args, &interrupt).await,
                Command::Tail(args) => tail::run(&cfg, args, &interrupt).await,
                Command::Topics(command) => topics::run(&cfg, command).await,
                Command::Lag(args) => lag::run(&cfg, args, &interrupt),
                Command::Groups(command) => groups::run(&cfg, command),
                Command::Dashboard(args) => dashboard(&cli.global, &cfg, args),
                Command::Dlq(command) => dlq::run(&cfg, command, &interrupt).await,
                Command::Validate(args) => validate::run(&cfg, args, &interrupt),
                Command::Schema(command) => schema::run(&cfg, command),
                Command::Queues(command) => queues::run(&cfg, command),
                Command::Exchanges(command) => exchanges::run(&cfg, command),
                Command::Bindings(args) => bindings::run(&cfg, args),
                Command::Completions(_) | Command::Context(_) => unreachable!("handled above"),
            }
        }
    }
}

/// `evctl dashboard`: every tab, and the config file's contexts to switch between. A context
/// chosen on the screen brings its own brokers: the connection flags of this run stay behind.
fn dashboard(global: &GlobalArgs, cfg: &Config, args: &DashboardArgs) -> Result<()> {
    let contexts = ConfigFile::of(global)?.1.contexts.into_keys().collect();
    let switch = |name: &str| {
        let mut chosen = global.clone();
        chosen.context = Some(name.to_string());
        chosen.brokers = None;
        chosen.amqp_url = None;
        chosen.management_url = None;
        Config::resolve(&chosen).map(|cfg| (cfg, chosen.connection_args()))
    };
    run_dashboard(
        cfg,
        &Dashboard {
            tabs: vec![Tab::Overview, Tab::Lag, Tab::Queues, Tab::Dlqs],
            groups: Vec::new(),
            topics: Vec::new(),
            queues: Vec::new(),
            contexts,
            samples: 3,
            refresh: args.refresh,
            connection: global.connection_args(),
        },
        Some(&switch),
    )
}
