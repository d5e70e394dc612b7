//! The dashboard's event loop: keys and collector reports become actions, and the screen is
//! drawn again when something changed. Each tab's data comes from a collector task of its own
//! on the tokio runtime, which sends owned snapshots over a channel, so a slow or unreachable
//! broker holds up neither the screen nor the other tabs. The collectors' librdkafka, HTTP
//! and child-process calls block, so they run on the runtime's blocking threads.

use std::io::{self, Write};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use regex::Regex;
use tokio::sync::mpsc::error::TryRecvError;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::app::{Action, App, Screen, Source, Tab, action_for, mouse_action};
use super::dlq::{DlqAsk, answer};
use super::messages::{MessageRow, MessagesAsk, osc52, row_of};
use super::ui::render;
use crate::amqp::management::ManagementClient;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::kafka::admin::TopicAdmin;
use crate::kafka::consume::{KafkaTail, Polled, TailOptions};
use crate::kafka::lag_sampler::LagSampler;
use crate::kafka::offsets::OffsetProbe;
use crate::schema::decode::RecordDecoder;
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
        // A collector's panic (on a runtime thread) ends that collector and is shown on screen
        // (see `Collectors::reap`); only the main thread's, which ends the dashboard, gives the
        // terminal back and prints.
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() == Some("main") {
                restore();
                previous(info);
            }
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
    app.samples = dash.samples as usize;
    if switch.is_some() {
        app.contexts = dash.contexts.clone();
    }
    app.context = cfg.context.clone();
    let mut cfg = cfg.clone();
    let mut connection = dash.connection.clone();
    loop {
        let (shown, _) = watch::channel(shown_by(&app.screen));
        let mut running = start_collectors(&cfg, dash, &connection, &shown);
        let result = event_loop(
            &mut terminal,
            &mut app,
            &mut TerminalEvents,
            &mut running,
            &shown,
            &mut io::stdout(),
        );
        // The old collectors stop where they wait; a blocking call under way finishes, and
        // its report goes nowhere.
        drop(running);
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
    configs: UnboundedSender<String>,
    /// The group whose members the group screen shows.
    members: watch::Sender<Option<String>>,
    /// A topic's messages (`None`: no more).
    messages: UnboundedSender<Option<MessagesAsk>>,
    /// DLQ inspections and replays.
    dlq: UnboundedSender<DlqAsk>,
}

/// Where the event loop's terminal events come from: the terminal, or a test's script.
pub trait Events {
    /// The next event, waiting at most `timeout`; `None` when none came.
    fn next(&mut self, timeout: Duration) -> Result<Option<Event>>;
}

/// The terminal's keys, mouse and resizes, through crossterm.
struct TerminalEvents;

impl Events for TerminalEvents {
    fn next(&mut self, timeout: Duration) -> Result<Option<Event>> {
        if event::poll(timeout).map_err(Error::Output)? {
            event::read().map(Some).map_err(Error::Output)
        } else {
            Ok(None)
        }
    }
}

/// The running collector tasks, each with the source it reports as; dropping this aborts
/// them (a context switch, the end).
struct Collectors(Vec<(Source, JoinHandle<()>)>);

impl Collectors {
    /// Takes the collectors that ended; one that panicked is reported as its source's
    /// failure, so the screen says that part stopped instead of going quiet.
    fn reap(&mut self) -> Vec<Action> {
        use futures_util::FutureExt;
        let mut failed = Vec::new();
        self.0.retain_mut(|(source, task)| {
            if !task.is_finished() {
                return true;
            }
            if let Some(Err(e)) = task.now_or_never()
                && e.is_panic()
            {
                let payload = e.into_panic();
                let why = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".to_string());
                failed.push(Action::Failed {
                    source: *source,
                    problem: format!("this reader stopped after an internal error: {why}"),
                });
            }
            false
        });
        failed
    }
}

impl Drop for Collectors {
    fn drop(&mut self) {
        for (_, task) in &self.0 {
            task.abort();
        }
    }
}

/// The collectors of one context, where their reports arrive and where screens ask for more.
struct Running {
    collectors: Collectors,
    reports: UnboundedReceiver<Action>,
    asks: Asks,
}

/// One collector task per tab, and one for the overview's messages screen, on the runtime
/// `evctl` runs on; returns the tasks, where their reports arrive and where screens ask for
/// more.
fn start_collectors(
    cfg: &Config,
    dash: &Dashboard,
    connection: &[String],
    shown: &watch::Sender<u8>,
) -> Running {
    let (tx, reports) = unbounded_channel();
    let (dlq, dlq_asked) = unbounded_channel();
    let mut dlq_asked = Some(dlq_asked);
    let (configs, asked) = unbounded_channel();
    let (members, members_asked) = watch::channel(None);
    let (messages, asked_messages) = unbounded_channel();
    let mut asked = Some((asked, asked_messages));
    let mut tasks = Vec::new();
    let probe = SharedProbe::default();
    for tab in &dash.tabs {
        let collector = Collector {
            cfg: cfg.clone(),
            probe: probe.clone(),
            refresh: dash.refresh,
            tx: tx.clone(),
            shown: shown.subscribe(),
        };
        match tab {
            Tab::Overview => {
                let Some((asked, asked_messages)) = asked.take() else {
                    continue;
                };
                let reader = collector.clone();
                tasks.push((
                    Source::Messages,
                    tokio::spawn(reader.messages(asked_messages)),
                ));
                tasks.push((Source::Cluster, tokio::spawn(collector.cluster(asked))));
            }
            Tab::Lag => {
                let (groups, topics, samples) =
                    (dash.groups.clone(), dash.topics.clone(), dash.samples);
                tasks.push((
                    Source::Lag,
                    tokio::spawn(collector.lag(groups, topics, samples, members_asked.clone())),
                ));
            }
            Tab::Queues => {
                let patterns = dash.queues.clone();
                tasks.push((Source::Queues, tokio::spawn(collector.queues(patterns))));
            }
            // The DLQ list comes from the overview's and queues' readings; this task runs
            // what its screens ask for.
            Tab::Dlqs => {
                let Some(asked) = dlq_asked.take() else {
                    continue;
                };
                tasks.push((
                    Source::Dlq,
                    tokio::spawn(collector.dlq(connection.to_vec(), asked)),
                ));
            }
        }
    }
    Running {
        collectors: Collectors(tasks),
        reports,
        asks: Asks {
            configs,
            members,
            messages,
            dlq,
        },
    }
}

/// Draws when something changed, waits up to 100 ms for an event, then takes whatever the
/// collectors sent. An idle screen is not drawn again. Text copied (OSC 52) goes to `out`.
fn event_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut impl Events,
    running: &mut Running,
    shown: &watch::Sender<u8>,
    out: &mut impl Write,
) -> Result<()>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let mut dirty = true;
    let mut requested: Option<String> = None;
    let mut reading: Option<MessagesAsk> = None;
    while !app.quit && app.switch_to.is_none() {
        if dirty {
            let mut drawn = None;
            terminal
                .draw(|f| drawn = render(f, app))
                .map_err(|e| Error::Output(io::Error::other(e)))?;
            app.rows_at = drawn;
            dirty = false;
        }
        if let Some(event) = events.next(Duration::from_millis(100))? {
            match event {
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
        while let Ok(action) = running.reports.try_recv() {
            app.update(action);
            dirty = true;
        }
        for failed in running.collectors.reap() {
            app.update(failed);
            dirty = true;
        }
        match app.wanted_configs() {
            Some(topic) if requested.as_deref() != Some(topic) => {
                requested = Some(topic.to_string());
                let _ = running.asks.configs.send(topic.to_string());
            }
            Some(_) => {}
            None => requested = None,
        }
        let wanted = app.wanted_members();
        running.asks.members.send_if_modified(|asked| {
            let changed = *asked != wanted;
            asked.clone_from(&wanted);
            changed
        });
        // Only a change wakes the collectors.
        shown.send_if_modified(|bits| {
            let now = shown_by(&app.screen);
            std::mem::replace(bits, now) != now
        });
        let wanted = app.wanted_messages();
        if wanted != reading {
            reading = wanted;
            let _ = running.asks.messages.send(reading.clone());
        }
        for ask in app.dlq.asks.drain(..) {
            let _ = running.asks.dlq.send(ask);
        }
        if let Some(text) = app.clipboard.take() {
            out.write_all(osc52(&text).as_bytes())
                .and_then(|()| out.flush())
                .map_err(Error::Output)?;
        }
    }
    Ok(())
}

/// One Kafka client for the collectors that read offsets (overview and lag), made on first
/// use; a failure is reported and tried again at the next reading.
#[derive(Clone, Default)]
struct SharedProbe(Arc<Mutex<Option<Arc<OffsetProbe>>>>);

impl SharedProbe {
    fn get(&self, cfg: &Config) -> Result<Arc<OffsetProbe>> {
        let mut slot = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(probe) = slot.as_ref() {
            return Ok(Arc::clone(probe));
        }
        let probe = Arc::new(OffsetProbe::new(&cfg.kafka, cfg.verbose)?);
        *slot = Some(Arc::clone(&probe));
        Ok(probe)
    }
}

/// What every collector task has: where to read, how often, where to send, what is on screen.
#[derive(Clone)]
struct Collector {
    cfg: Config,
    probe: SharedProbe,
    refresh: Duration,
    tx: UnboundedSender<Action>,
    /// The sources the screen shows now (bits of `bit`): the others read less often.
    shown: watch::Receiver<u8>,
}

/// A collector whose data is not on screen reads at this fraction of the refresh rate, if it
/// reads off screen at all (see `next_reading`).
const BACKGROUND_SLOWDOWN: u32 = 5;

fn bit(source: Source) -> u8 {
    1 << (source as u8)
}

/// When the reading of `source` after one taken at `started` is due: `refresh` later while
/// the screen shows it, `BACKGROUND_SLOWDOWN` times that while it does not. Lag and queue
/// statuses are judged over a window of readings, so those are kept up off screen. The
/// cluster's are not read off screen (`None`): its production rates are per second since the
/// previous reading, however old, and a screen coming into view reads at once.
fn next_reading(
    started: Instant,
    refresh: Duration,
    in_view: bool,
    source: Source,
) -> Option<Instant> {
    match (in_view, source) {
        (true, _) => Some(started + refresh),
        (false, Source::Cluster) => None,
        (false, _) => Some(started + refresh * BACKGROUND_SLOWDOWN),
    }
}

/// The bits of the sources `screen` shows.
fn shown_by(screen: &Screen) -> u8 {
    screen.sources().iter().fold(0, |bits, s| bits | bit(*s))
}

/// Runs a blocking librdkafka, HTTP or child-process call on the runtime's blocking threads;
/// `None` if the runtime is shutting down. A panic in `work` is the collector's own.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    match tokio::task::spawn_blocking(work).await {
        Ok(done) => Some(done),
        // The collector fails as the work did, and `Collectors::reap` reports it.
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(_) => None,
    }
}

/// Waits until the reading of `source` after one taken at `started` is due (see
/// `next_reading`). A screen that comes into view wakes the wait, and gets a reading at once
/// if the last is older than `refresh`.
async fn wait_for_reading(
    shown: &mut watch::Receiver<u8>,
    started: Instant,
    refresh: Duration,
    source: Source,
) {
    loop {
        let in_view = *shown.borrow_and_update() & bit(source) != 0;
        let due = next_reading(started, refresh, in_view, source);
        let wait = async {
            match due {
                Some(due) => tokio::time::sleep_until(due.into()).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            () = wait => return,
            changed = shown.changed() => {
                if changed.is_err() {
                    return;
                }
            }
        }
    }
}

impl Collector {
    /// Sends the action; false once the screen is gone.
    fn send(&self, action: Action) -> bool {
        self.tx.send(action).is_ok()
    }

    fn failed(&self, source: Source, e: &Error) -> bool {
        self.send(Action::Failed {
            source,
            problem: e.to_string(),
        })
    }

    async fn pause(&mut self, started: Instant, source: Source) {
        wait_for_reading(&mut self.shown, started, self.refresh, source).await;
    }

    /// Samples lag every `refresh`; a failure is reported and retried.
    async fn lag(
        mut self,
        groups: Vec<String>,
        topics: Vec<String>,
        samples: u32,
        members: watch::Receiver<Option<String>>,
    ) {
        let mut sampler: Option<LagSampler> = None;
        loop {
            let started = Instant::now();
            let made = match sampler.take() {
                Some(s) => Ok(s),
                None => {
                    let (cfg, probe) = (self.cfg.clone(), self.probe.clone());
                    let (groups, topics) = (groups.clone(), topics.clone());
                    let made = blocking(move || {
                        probe
                            .get(&cfg)
                            .and_then(|p| LagSampler::new(p, &groups, &topics, samples))
                    });
                    let Some(made) = made.await else {
                        return;
                    };
                    made
                }
            };
            let result = match made {
                Ok(mut s) => {
                    let Some((s, result)) = blocking(move || {
                        let result = s.sample();
                        (s, result)
                    })
                    .await
                    else {
                        return;
                    };
                    sampler = Some(s);
                    result
                }
                Err(e) => Err(e),
            };
            let sent = match result {
                Ok((_, groups)) => self.send(Action::Report {
                    at_ms: now_ms(),
                    groups,
                }),
                Err(e) => self.failed(Source::Lag, &e),
            };
            if !sent {
                return;
            }
            // The group screen's members, read with each report while it is open.
            let open = members.borrow().clone();
            if let Some(group) = open {
                let (cfg, probe) = (self.cfg.clone(), self.probe.clone());
                let asked = group.clone();
                let Some(described) =
                    blocking(move || probe.get(&cfg)?.describe(Some(&asked))).await
                else {
                    return;
                };
                let members = described
                    .map(|all| {
                        all.into_iter()
                            .find(|d| d.group == group)
                            .map(|d| d.members)
                            .unwrap_or_default()
                    })
                    .map_err(|e| e.to_string());
                if !self.send(Action::Members { group, members }) {
                    return;
                }
            }
            self.pause(started, Source::Lag).await;
        }
    }

    /// Reads brokers, topics and watermarks every `refresh`, and a topic's configuration
    /// as soon as the screen asks for it.
    async fn cluster(mut self, mut asked: UnboundedReceiver<String>) {
        loop {
            let started = Instant::now();
            let (cfg, probe) = (self.cfg.clone(), self.probe.clone());
            let Some(result) = blocking(move || probe.get(&cfg)?.cluster()).await else {
                return;
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
                let topic = tokio::select! {
                    () = self.pause(started, Source::Cluster) => break,
                    topic = asked.recv() => topic,
                };
                let Some(topic) = topic else {
                    return;
                };
                let configs = match TopicAdmin::new(&self.cfg.kafka, self.cfg.verbose) {
                    Ok(admin) => admin.configs(&topic).await,
                    Err(e) => Err(e.to_string()),
                };
                if !self.send(Action::Configs { topic, configs }) {
                    return;
                }
            }
        }
    }

    /// Reads the asked topic's messages from where asked, then new ones as they come, sent in
    /// batches; another ask replaces the reading, `None` stops it.
    async fn messages(self, mut asked: UnboundedReceiver<Option<MessagesAsk>>) {
        // Framed payloads are decoded with a registry, as `evctl tail` does; unframed Avro
        // values with the topic's schema from the folder or the registry.
        let mut schemas = SchemaSource::open(&self.cfg.schemas)
            .ok()
            .map(RecordDecoder::new);
        let mut tail: Option<(MessagesAsk, KafkaTail)> = None;
        loop {
            // With nothing to read, wait for an ask; while reading, take one if there is.
            let next = if tail.is_some() {
                match asked.try_recv() {
                    Ok(ask) => Some(ask),
                    Err(TryRecvError::Empty) => None,
                    Err(TryRecvError::Disconnected) => return,
                }
            } else {
                match asked.recv().await {
                    Some(ask) => Some(ask),
                    None => return,
                }
            };
            if let Some(ask) = next {
                tail = match ask {
                    Some(ask) => self.open_tail(ask).await,
                    None => None,
                };
            }
            let Some((ask, reader)) = tail.take() else {
                continue;
            };
            let Some((reader, kept, rows, problem)) =
                blocking(move || read_batch(reader, schemas)).await
            else {
                return;
            };
            schemas = kept;
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
            tail = Some((ask, reader));
        }
    }

    async fn open_tail(&self, ask: MessagesAsk) -> Option<(MessagesAsk, KafkaTail)> {
        let (kafka, verbose) = (self.cfg.kafka.clone(), self.cfg.verbose);
        let topic = ask.topic.clone();
        let opened = blocking(move || {
            let partitions: Vec<i32> = ask.partition.into_iter().collect();
            KafkaTail::open(
                &kafka,
                verbose,
                &TailOptions {
                    topics: std::slice::from_ref(&ask.topic),
                    partitions: &partitions,
                    from: ask.from,
                    group: None,
                    exit_at_end: false,
                    isolation: None,
                },
            )
            .map(|reader| (ask, reader))
        })
        .await?;
        match opened {
            Ok(reading) => Some(reading),
            Err(e) => {
                self.send(Action::Failed {
                    source: Source::Messages,
                    problem: format!("{topic}: {e}"),
                });
                None
            }
        }
    }

    /// Runs `evctl dlq` as asked, one at a time, with this executable.
    async fn dlq(self, connection: Vec<String>, mut asked: UnboundedReceiver<DlqAsk>) {
        let exe = match std::env::current_exe() {
            Ok(exe) => Arc::new(exe),
            Err(e) => {
                self.failed(Source::Dlq, &Error::Output(e));
                return;
            }
        };
        let connection = Arc::new(connection);
        while let Some(ask) = asked.recv().await {
            let (exe, connection) = (Arc::clone(&exe), Arc::clone(&connection));
            let Some(answered) = blocking(move || answer(&exe, &connection, &ask)).await else {
                return;
            };
            if !self.send(answered) {
                return;
            }
        }
    }

    /// Reads RabbitMQ's queues from the management API every `refresh`.
    async fn queues(mut self, patterns: Vec<Regex>) {
        let client = match ManagementClient::new(&self.cfg.amqp) {
            Ok(client) => Arc::new(client),
            Err(e) => {
                self.failed(Source::Queues, &e);
                return;
            }
        };
        loop {
            let started = Instant::now();
            let reader = Arc::clone(&client);
            let keep = patterns.clone();
            let Some(read) = blocking(move || {
                reader.queue_readings(|q| {
                    keep.is_empty() || keep.iter().any(|re| re.is_match(&q.name))
                })
            })
            .await
            else {
                return;
            };
            let sent = match read {
                Ok((queues, _)) => self.send(Action::Queues {
                    at_ms: now_ms(),
                    queues,
                }),
                Err(e) => self.failed(Source::Queues, &e),
            };
            if !sent {
                return;
            }
            self.pause(started, Source::Queues).await;
        }
    }
}

/// Read messages and what went wrong reading or decoding them, with the reader and the
/// schemas handed back for the next batch.
type Batch = (
    KafkaTail,
    Option<RecordDecoder>,
    Vec<MessageRow>,
    Option<String>,
);

/// Reads what arrives within 100 ms, at most 1,000 messages.
fn read_batch(reader: KafkaTail, mut schemas: Option<RecordDecoder>) -> Batch {
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
    (reader, schemas, rows, problem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::tests::cluster;
    use crate::tui::dlq::DlqRef;
    use crossterm::event::{KeyCode, KeyEvent};
    use ratatui::backend::TestBackend;
    use std::collections::VecDeque;

    /// Events a test feeds the loop: `None` is a wait in which nothing happened. Running out
    /// is an error, so a loop that does not end when the script says fails the test.
    struct Script(VecDeque<Option<Event>>);

    impl Script {
        fn keys(keys: &[Option<char>]) -> Script {
            Script(
                keys.iter()
                    .map(|k| k.map(|c| Event::Key(KeyEvent::from(KeyCode::Char(c)))))
                    .collect(),
            )
        }
    }

    impl Events for Script {
        fn next(&mut self, _: Duration) -> Result<Option<Event>> {
            self.0
                .pop_front()
                .ok_or_else(|| Error::usage("the script ran out before the dashboard ended"))
        }
    }

    /// Collectors that are `tasks`, with the channels a test holds the other ends of.
    fn running(
        tasks: Vec<(Source, JoinHandle<()>)>,
    ) -> (
        Running,
        UnboundedSender<Action>,
        UnboundedReceiver<String>,
        UnboundedReceiver<Option<MessagesAsk>>,
    ) {
        let (tx, reports) = unbounded_channel();
        let (configs, configs_asked) = unbounded_channel();
        let (members, _) = watch::channel(None);
        let (messages, messages_asked) = unbounded_channel();
        let (dlq, _) = unbounded_channel();
        let running = Running {
            collectors: Collectors(tasks),
            reports,
            asks: Asks {
                configs,
                members,
                messages,
                dlq,
            },
        };
        (running, tx, configs_asked, messages_asked)
    }

    fn text(terminal: &Terminal<TestBackend>) -> String {
        let buffer = terminal.backend().buffer();
        let area = buffer.area;
        (0..area.height)
            .map(|y| {
                (0..area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    + "\n"
            })
            .collect()
    }

    #[test]
    fn the_loop_takes_fed_keys_and_reports_and_asks_for_what_the_screen_shows() {
        let mut terminal = Terminal::new(TestBackend::new(100, 20)).unwrap();
        let mut app = App::with_tabs("127.0.0.1:9092", vec![Tab::Overview, Tab::Lag]);
        let (mut running, tx, mut configs, mut messages) = running(Vec::new());
        tx.send(Action::Cluster {
            at_ms: 1_763_802_000_000,
            info: cluster(0),
        })
        .unwrap();
        let (shown, _) = watch::channel(0);
        let mut copied = Vec::new();
        // The report comes in, the second topic opens, its messages are asked for, the
        // newest message read is copied, and q ends the loop.
        let mut script = Script::keys(&[None, Some('j'), Some('l')]);
        let first = event_loop(
            &mut terminal,
            &mut app,
            &mut script,
            &mut running,
            &shown,
            &mut copied,
        );
        assert!(first.is_err(), "the loop ran on past its script");
        let topic = configs
            .try_recv()
            .expect("the open topic's configs were asked for");
        assert!(text(&terminal).contains(&topic), "{}", text(&terminal));
        assert_eq!(app.screen, Screen::Topic(topic.clone()));

        let mut script = Script::keys(&[Some('m'), None]);
        let _ = event_loop(
            &mut terminal,
            &mut app,
            &mut script,
            &mut running,
            &shown,
            &mut copied,
        );
        let ask = messages
            .try_recv()
            .unwrap()
            .expect("a reading of the topic");
        assert_eq!(ask.topic, topic);
        tx.send(Action::Messages {
            ask,
            rows: vec![crate::tui::app::tests::message(0, 41, r#"{"id":"o-41"}"#)],
        })
        .unwrap();
        let mut script = Script::keys(&[None, Some('y'), Some('q')]);
        event_loop(
            &mut terminal,
            &mut app,
            &mut script,
            &mut running,
            &shown,
            &mut copied,
        )
        .unwrap();
        assert!(app.quit);
        let copied = String::from_utf8(copied).unwrap();
        assert!(copied.starts_with("\x1b]52;c;"), "{copied:?}");
        assert!(text(&terminal).contains("o-41"), "{}", text(&terminal));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 1)]
    async fn a_collector_that_panics_is_shown_as_its_sources_failure() {
        let task = tokio::spawn(async { panic!("boom") });
        while !task.is_finished() {
            tokio::task::yield_now().await;
        }
        let mut terminal = Terminal::new(TestBackend::new(100, 20)).unwrap();
        let mut app = App::with_tabs("127.0.0.1:9092", vec![Tab::Overview, Tab::Queues]);
        let (mut running, _tx, _, _) = running(vec![(Source::Queues, task)]);
        let (shown, _) = watch::channel(0);
        let mut script = Script::keys(&[None, Some('q')]);
        event_loop(
            &mut terminal,
            &mut app,
            &mut script,
            &mut running,
            &shown,
            &mut Vec::new(),
        )
        .unwrap();
        let problem = app
            .problems
            .iter()
            .find(|(source, _)| *source == Source::Queues)
            .map(|(_, p)| p.as_str());
        assert!(
            problem.is_some_and(|p| p.contains("boom")),
            "{:?}",
            app.problems
        );
        assert!(running.collectors.0.is_empty(), "the ended task is let go");
    }

    #[test]
    fn what_is_off_screen_is_read_five_times_less_often_or_not_at_all() {
        let (started, refresh) = (Instant::now(), Duration::from_secs(2));
        for source in [Source::Cluster, Source::Lag, Source::Queues] {
            assert_eq!(
                next_reading(started, refresh, true, source),
                Some(started + refresh)
            );
        }
        for source in [Source::Lag, Source::Queues] {
            assert_eq!(
                next_reading(started, refresh, false, source),
                Some(started + Duration::from_secs(10))
            );
        }
        assert_eq!(next_reading(started, refresh, false, Source::Cluster), None);
    }

    #[tokio::test]
    async fn a_screen_coming_into_view_wakes_its_collector() {
        // Lag would read again in 7 s, the cluster not at all while off screen.
        for source in [Source::Lag, Source::Cluster] {
            let (shown, mut seen) = watch::channel(bit(Source::Queues));
            let refresh = Duration::from_secs(2);
            let started = Instant::now() - Duration::from_secs(3);
            let waiting = wait_for_reading(&mut seen, started, refresh, source);
            let woken = async {
                tokio::time::sleep(Duration::from_millis(50)).await;
                shown.send_replace(bit(source));
                // The wait must end now.
                tokio::time::sleep(Duration::from_secs(1)).await;
            };
            tokio::select! {
                () = waiting => {}
                () = woken => panic!("{source:?} slept on after its screen came into view"),
            }
        }
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
