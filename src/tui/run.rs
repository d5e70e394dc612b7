//! The dashboard's event loop: keys and collector reports become actions, and the screen is
//! drawn again when something changed. Each tab's data comes from a collector thread of its
//! own that sends owned snapshots over a channel, so a slow or unreachable broker holds up
//! neither the screen nor the other tabs.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError, channel};
use std::time::{Duration, Instant};

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use regex::Regex;

use super::app::{Action, App, MessagesAsk, Screen, Source, Tab, action_for, mouse_action};
use super::dlq::{DlqAsk, answer};
use super::messages::{osc52, row_of};
use super::ui::render;
use crate::amqp::management::ManagementClient;
use crate::commands::lag::LagSampler;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::kafka::admin::TopicAdmin;
use crate::kafka::consume::{KafkaTail, Polled, TailOptions};
use crate::kafka::offsets::OffsetProbe;
use crate::schema::source::SchemaSource;
use crate::start::now_ms;

/// What a dashboard shows, and how often it reads it.
pub struct Dashboard {
    /// The tabs, in order; the first opens.
    pub tabs: Vec<Tab>,
    /// Consumer groups (names or patterns) on the lag tab; empty: every group.
    pub groups: Vec<String>,
    /// Only these topics' lag.
    pub topics: Vec<String>,
    /// RabbitMQ queues by name pattern on the queues tab; empty: every queue.
    pub queues: Vec<Regex>,
    /// The config file's contexts, for the context list.
    pub contexts: Vec<String>,
    pub samples: u32,
    pub refresh: Duration,
    /// The connection options a child `evctl` needs (see `GlobalArgs::connection_args`).
    pub connection: Vec<String>,
}

/// Puts the terminal back however the dashboard ends: return, error or panic.
struct TerminalGuard;

impl TerminalGuard {
    fn enter() -> Result<TerminalGuard> {
        enable_raw_mode().map_err(Error::Output)?;
        let guard = TerminalGuard;
        execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture).map_err(Error::Output)?;
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        Ok(guard)
    }
}

fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(io::stdout(), DisableMouseCapture, LeaveAlternateScreen);
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Makes the configuration of a context chosen from the context list, and the connection
/// options that reach it.
pub type Switch<'a> = &'a dyn Fn(&str) -> Result<(Config, Vec<String>)>;

/// Runs the dashboard until `q` or Ctrl-C. With `switch`, the context list (`c`) offers
/// `dash.contexts`.
pub fn run_dashboard(cfg: &Config, dash: &Dashboard, switch: Option<Switch<'_>>) -> Result<()> {
    if !cfg.stdout_is_terminal {
        return Err(Error::usage(
            "the dashboard draws on a terminal; for pipes and scripts use `evctl lag --watch -o jsonl`",
        ));
    }
    let _guard = TerminalGuard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout())).map_err(Error::Output)?;
    let mut app = App::with_tabs(cfg.kafka.brokers.clone(), dash.tabs.clone());
    if switch.is_some() {
        app.contexts = dash.contexts.clone();
    }
    app.context = cfg.context.clone();
    let mut cfg = cfg.clone();
    let mut connection = dash.connection.clone();
    loop {
        let stop = Arc::new(AtomicBool::new(false));
        let shown = Arc::new(AtomicU8::new(shown_by(&app.screen)));
        let (reports, asks) = start_collectors(&cfg, dash, &connection, (&stop, &shown));
        let result = event_loop(&mut terminal, &mut app, &reports, &asks, &shown);
        // The old collectors end at their next look at the flag; their reports go nowhere.
        stop.store(true, Ordering::Relaxed);
        result?;
        let Some(name) = app.switch_to.take() else {
            return Ok(());
        };
        let Some(switch) = switch else {
            return Ok(());
        };
        match switch(&name) {
            Ok((next, args)) => {
                app.switched(next.kafka.brokers.clone(), name);
                cfg = next;
                connection = args;
            }
            Err(e) => app.update(Action::Failed {
                source: Source::Switch,
                problem: format!("context {name}: {e}"),
            }),
        }
    }
}

/// Where screens ask collectors for what they read on demand.
struct Asks {
    /// A topic's configuration.
    configs: Sender<String>,
    /// A topic's messages (`None`: no more).
    messages: Sender<Option<MessagesAsk>>,
    /// DLQ inspections and replays.
    dlq: Sender<DlqAsk>,
}

/// One collector thread per tab, and one for the overview's messages screen; returns where
/// their reports arrive and where screens ask for more.
fn start_collectors(
    cfg: &Config,
    dash: &Dashboard,
    connection: &[String],
    (stop, shown): (&Arc<AtomicBool>, &Arc<AtomicU8>),
) -> (Receiver<Action>, Asks) {
    let (tx, reports) = channel();
    let (dlq, dlq_asked) = channel();
    let mut dlq_asked = Some(dlq_asked);
    let (configs, asked) = channel();
    let (messages, asked_messages) = channel();
    let mut asked = Some((asked, asked_messages));
    for tab in &dash.tabs {
        let collector = Collector {
            cfg: cfg.clone(),
            refresh: dash.refresh,
            tx: tx.clone(),
            stop: Arc::clone(stop),
            shown: Arc::clone(shown),
        };
        match tab {
            Tab::Overview => {
                let Some((asked, asked_messages)) = asked.take() else {
                    continue;
                };
                let reader = collector.clone();
                std::thread::spawn(move || reader.messages(&asked_messages));
                std::thread::spawn(move || collector.cluster(&asked));
            }
            Tab::Lag => {
                let (groups, topics, samples) =
                    (dash.groups.clone(), dash.topics.clone(), dash.samples);
                std::thread::spawn(move || collector.lag(&groups, &topics, samples));
            }
            Tab::Queues => {
                let patterns = dash.queues.clone();
                std::thread::spawn(move || collector.queues(&patterns));
            }
            // The DLQ list comes from the overview's and queues' readings; this worker runs
            // what its screens ask for.
            Tab::Dlqs => {
                let Some(asked) = dlq_asked.take() else {
                    continue;
                };
                let connection = connection.to_vec();
                std::thread::spawn(move || collector.dlq(&connection, &asked));
            }
        }
    }
    (
        reports,
        Asks {
            configs,
            messages,
            dlq,
        },
    )
}

/// Draws when something changed, waits up to 100 ms for a key, then takes whatever the
/// collectors sent. An idle screen is not drawn again.
fn event_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    reports: &Receiver<Action>,
    asks: &Asks,
    shown: &AtomicU8,
) -> Result<()>
where
    B::Error: Into<io::Error>,
{
    let mut dirty = true;
    let mut requested: Option<String> = None;
    let mut reading: Option<MessagesAsk> = None;
    while !app.quit && app.switch_to.is_none() {
        if dirty {
            terminal
                .draw(|f| render(f, app))
                .map_err(|e| Error::Output(e.into()))?;
            dirty = false;
        }
        if event::poll(Duration::from_millis(100)).map_err(Error::Output)? {
            match event::read().map_err(Error::Output)? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    if let Some(action) = action_for(app, key) {
                        app.update(action);
                        dirty = true;
                    }
                }
                Event::Mouse(mouse) => {
                    if let Some(action) = mouse_action(app, mouse) {
                        app.update(action);
                        dirty = true;
                    }
                }
                Event::Resize(..) => dirty = true,
                _ => {}
            }
        }
        while let Ok(action) = reports.try_recv() {
            app.update(action);
            dirty = true;
        }
        match app.wanted_configs() {
            Some(topic) if requested.as_deref() != Some(topic) => {
                requested = Some(topic.to_string());
                let _ = asks.configs.send(topic.to_string());
            }
            Some(_) => {}
            None => requested = None,
        }
        shown.store(shown_by(&app.screen), Ordering::Relaxed);
        let wanted = app.wanted_messages();
        if wanted != reading {
            reading = wanted;
            let _ = asks.messages.send(reading.clone());
        }
        for ask in app.dlq_asks.drain(..) {
            let _ = asks.dlq.send(ask);
        }
        if let Some(text) = app.clipboard.take() {
            let mut out = io::stdout();
            out.write_all(osc52(&text).as_bytes())
                .and_then(|()| out.flush())
                .map_err(Error::Output)?;
        }
    }
    Ok(())
}

/// What every collector thread has: where to read, how often, where to send, when to stop.
#[derive(Clone)]
struct Collector {
    cfg: Config,
    refresh: Duration,
    tx: Sender<Action>,
    stop: Arc<AtomicBool>,
    /// The sources the screen shows now (bits of `bit`): the others read less often.
    shown: Arc<AtomicU8>,
}

/// A collector whose data is not on screen reads at this fraction of the refresh rate.
const BACKGROUND_SLOWDOWN: u32 = 5;

fn bit(source: Source) -> u8 {
    1 << (source as u8)
}

fn is_due(elapsed: Duration, refresh: Duration, in_view: bool) -> bool {
    elapsed >= refresh && (in_view || elapsed >= refresh * BACKGROUND_SLOWDOWN)
}

/// The bits of the sources `screen` shows.
fn shown_by(screen: &Screen) -> u8 {
    screen.sources().iter().fold(0, |bits, s| bits | bit(*s))
}

impl Collector {
    /// Sends the action; false once the screen is gone.
    fn send(&self, action: Action) -> bool {
        self.tx.send(action).is_ok() && !self.stop.load(Ordering::Relaxed)
    }

    fn failed(&self, source: Source, e: &Error) -> bool {
        self.send(Action::Failed {
            source,
            problem: e.to_string(),
        })
    }

    /// Sleeps until `refresh` after `started`, waking early to stop.
    fn pause(&self, started: Instant, source: Source) -> bool {
        while !self.due(started, source) {
            if self.stop.load(Ordering::Relaxed) {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        !self.stop.load(Ordering::Relaxed)
    }

    /// Whether the next reading is due: `refresh` after the last while the screen shows it,
    /// `BACKGROUND_SLOWDOWN` times that while it does not. A screen that comes into view gets
    /// a reading at once if the last is older than `refresh`.
    fn due(&self, started: Instant, source: Source) -> bool {
        let in_view = self.shown.load(Ordering::Relaxed) & bit(source) != 0;
        is_due(started.elapsed(), self.refresh, in_view)
    }

    /// Samples lag every `refresh`; a failure is reported and retried.
    fn lag(&self, groups: &[String], topics: &[String], samples: u32) {
        let mut sampler: Option<LagSampler> = None;
        loop {
            let started = Instant::now();
            let result = match &mut sampler {
                Some(s) => s.sample(),
                None => LagSampler::new(&self.cfg, groups, topics, samples).and_then(|mut s| {
                    let first = s.sample();
                    sampler = Some(s);
                    first
                }),
            };
            let sent = match result {
                Ok((_, groups)) => self.send(Action::Report {
                    at_ms: now_ms(),
                    groups,
                }),
                Err(e) => self.failed(Source::Lag, &e),
            };
            if !sent || !self.pause(started, Source::Lag) {
                return;
            }
        }
    }

    /// Reads brokers, topics and watermarks every `refresh`, and a topic's configuration
    /// as soon as the screen asks for it.
    fn cluster(&self, asked: &Receiver<String>) {
        let runtime = match tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            Ok(r) => r,
            Err(e) => {
                self.failed(Source::Cluster, &Error::Output(e));
                return;
            }
        };
        let mut probe: Option<OffsetProbe> = None;
        loop {
            let started = Instant::now();
            let result = match &probe {
                Some(p) => p.cluster(),
                None => OffsetProbe::new(&self.cfg.kafka, self.cfg.verbose).and_then(|p| {
                    let first = p.cluster();
                    probe = Some(p);
                    first
                }),
            };
            let sent = match result {
                Ok(info) => self.send(Action::Cluster {
                    at_ms: now_ms(),
                    info,
                }),
                Err(e) => self.failed(Source::Cluster, &e),
            };
            if !sent {
                return;
            }
            // Until the next reading, answer requests for configurations.
            loop {
                match asked.recv_timeout(Duration::from_millis(100)) {
                    Ok(topic) => {
                        let configs = TopicAdmin::new(&self.cfg.kafka, self.cfg.verbose)
                            .map_err(|e| e.to_string())
                            .and_then(|admin| runtime.block_on(admin.configs(&topic)));
                        if !self.send(Action::Configs { topic, configs }) {
                            return;
                        }
                    }
                    Err(RecvTimeoutError::Timeout) => {}
                    Err(RecvTimeoutError::Disconnected) => return,
                }
                if self.stop.load(Ordering::Relaxed) {
                    return;
                }
                if self.due(started, Source::Cluster) {
                    break;
                }
            }
        }
    }

    /// Reads the asked topic's messages from where asked, then new ones as they come, sent in
    /// batches; another ask replaces the reading, `None` stops it.
    fn messages(&self, asked: &Receiver<Option<MessagesAsk>>) {
        // Framed payloads are decoded only with a registry, as `evctl tail` does.
        let mut schemas = self
            .cfg
            .schemas
            .registry
            .as_ref()
            .and_then(|_| SchemaSource::open(&self.cfg.schemas).ok());
        let mut tail: Option<(MessagesAsk, KafkaTail)> = None;
        loop {
            let next = if tail.is_some() {
                asked
                    .try_recv()
                    .map_err(|e| e == TryRecvError::Disconnected)
            } else {
                asked
                    .recv_timeout(Duration::from_millis(100))
                    .map_err(|e| e == RecvTimeoutError::Disconnected)
            };
            match next {
                Ok(ask) => tail = ask.and_then(|a| self.open_tail(a)),
                Err(true) => return,
                Err(false) => {}
            }
            if self.stop.load(Ordering::Relaxed) {
                return;
            }
            let Some((ask, reader)) = &tail else {
                continue;
            };
            let mut rows = Vec::new();
            let mut problem = None;
            let until = Instant::now() + Duration::from_millis(100);
            while rows.len() < 1_000 && Instant::now() < until {
                match reader.poll(Duration::from_millis(50)) {
                    Ok(Polled::Message(m)) => {
                        let (row, undecoded) = row_of(&m, schemas.as_mut());
                        rows.push(row);
                        problem = problem.or(undecoded);
                    }
                    Ok(Polled::Idle | Polled::AtEnd) => break,
                    Err(e) => {
                        problem = Some(e.to_string());
                        break;
                    }
                }
            }
            if let Some(problem) = problem
                && !self.send(Action::Failed {
                    source: Source::Messages,
                    problem: format!("{}: {problem}", ask.topic),
                })
            {
                return;
            }
            if !rows.is_empty()
                && !self.send(Action::Messages {
                    ask: ask.clone(),
                    rows,
                })
            {
                return;
            }
        }
    }

    fn open_tail(&self, ask: MessagesAsk) -> Option<(MessagesAsk, KafkaTail)> {
        let partitions: Vec<i32> = ask.partition.into_iter().collect();
        let opened = KafkaTail::open(
            &self.cfg.kafka,
            self.cfg.verbose,
            &TailOptions {
                topics: std::slice::from_ref(&ask.topic),
                partitions: &partitions,
                from: ask.from,
                group: None,
                exit_at_end: false,
            },
        );
        match opened {
            Ok(reader) => Some((ask, reader)),
            Err(e) => {
                self.send(Action::Failed {
                    source: Source::Messages,
                    problem: format!("{}: {e}", ask.topic),
                });
                None
            }
        }
    }

    /// Runs `evctl dlq` as asked, one at a time, with this executable.
    fn dlq(&self, connection: &[String], asked: &Receiver<DlqAsk>) {
        let exe = match std::env::current_exe() {
            Ok(exe) => exe,
            Err(e) => {
                self.failed(Source::Dlq, &Error::Output(e));
                return;
            }
        };
        while let Ok(ask) = asked.recv() {
            if !self.send(answer(&exe, connection, &ask)) {
                return;
            }
        }
    }

    /// Reads RabbitMQ's queues from the management API every `refresh`.
    fn queues(&self, patterns: &[Regex]) {
        let client = ManagementClient::new(&self.cfg.amqp);
        loop {
            let started = Instant::now();
            let sent = match client.queues(None) {
                Ok(mut queues) => {
                    queues.retain(|q| {
                        patterns.is_empty() || patterns.iter().any(|re| re.is_match(&q.name))
                    });
                    self.send(Action::Queues {
                        at_ms: now_ms(),
                        queues,
                    })
                }
                Err(e) => self.failed(Source::Queues, &e),
            };
            if !sent || !self.pause(started, Source::Queues) {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::dlq::DlqRef;

    #[test]
    fn what_is_off_screen_is_read_five_times_less_often() {
        let refresh = Duration::from_secs(2);
        assert!(!is_due(Duration::from_millis(1999), refresh, true));
        assert!(is_due(refresh, refresh, true));
        assert!(!is_due(Duration::from_secs(9), refresh, false));
        assert!(is_due(Duration::from_secs(10), refresh, false));
    }

    #[test]
    fn each_screen_shows_the_sources_it_draws_from() {
        let on = |screen: &Screen, source| shown_by(screen) & bit(source) != 0;
        let topic = Screen::Topic("orders".into());
        assert!(on(&topic, Source::Cluster) && on(&topic, Source::Lag));
        assert!(!on(&topic, Source::Queues));
        assert!(on(&Screen::Overview, Source::Cluster) && !on(&Screen::Overview, Source::Lag));
        let dlq = Screen::Dlq(DlqRef {
            queue: true,
            name: "orders.dlq".into(),
        });
        assert!(on(&dlq, Source::Cluster) && on(&dlq, Source::Queues));
        assert!(!on(&Screen::Groups, Source::Cluster) && on(&Screen::Groups, Source::Lag));
    }
}
