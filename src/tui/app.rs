//! The dashboard's state and how actions change it: pure, no terminal, no broker.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::amqp::management::QueueStats;
use crate::commands::lag::{QueueSample, judge_queue};
use crate::kafka::admin::{BrokerInfo, ClusterInfo, ConfigValue, TopicInfo};
use crate::lag::{GroupLag, GroupStatus, PartitionLag, PartitionStatus, QueueLag};

/// How many samples a row's sparkline keeps.
pub const HISTORY: usize = 60;

/// How many samples judge a queue (as `evctl lag --queue` does by default).
const QUEUE_WINDOW: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Worst status first, then most lag.
    Status,
    Lag,
    TimeLag,
    Name,
}

impl SortBy {
    fn next(self) -> SortBy {
        match self {
            SortBy::Status => SortBy::Lag,
            SortBy::Lag => SortBy::TimeLag,
            SortBy::TimeLag => SortBy::Name,
            SortBy::Name => SortBy::Status,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortBy::Status => "status",
            SortBy::Lag => "lag",
            SortBy::TimeLag => "time lag",
            SortBy::Name => "name",
        }
    }
}

/// The top-level screens, switched with Tab or their number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Overview,
    Lag,
    Queues,
}

impl Tab {
    pub fn label(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Lag => "Lag",
            Tab::Queues => "Queues",
        }
    }

    fn home(self) -> Screen {
        match self {
            Tab::Overview => Screen::Overview,
            Tab::Lag => Screen::Groups,
            Tab::Queues => Screen::Queues,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// Brokers and every topic.
    Overview,
    /// One topic: partitions, consumer groups, configuration.
    Topic(String),
    /// Every group.
    Groups,
    /// One group's partitions.
    Group(String),
    /// RabbitMQ queues.
    Queues,
}

impl Screen {
    pub fn tab(&self) -> Tab {
        match self {
            Screen::Overview | Screen::Topic(_) => Tab::Overview,
            Screen::Groups | Screen::Group(_) => Tab::Lag,
            Screen::Queues => Tab::Queues,
        }
    }

    /// Lists that `/` filters by name.
    fn filterable(&self) -> bool {
        matches!(self, Screen::Overview | Screen::Groups | Screen::Queues)
    }
}

/// Which background collector a report or failure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Cluster,
    Lag,
    Queues,
    /// Switching to another context (a bad context shows on every screen).
    Switch,
}

/// Everything that can happen to the dashboard: keys, and what the collectors send.
#[derive(Debug, Clone)]
pub enum Action {
    Up,
    Down,
    Top,
    Bottom,
    Open,
    Back,
    NextTab,
    PrevTab,
    /// A tab by its place (0-based) among the dashboard's tabs.
    GoTab(usize),
    StartFilter,
    FilterInput(char),
    FilterDelete,
    /// Enter while typing a filter: keep it.
    FilterDone,
    CycleSort,
    ToggleHelp,
    /// Open the list of config-file contexts to switch to.
    PickContext,
    Quit,
    /// A fresh lag report from the collector, taken at `at_ms`.
    Report {
        at_ms: i64,
        groups: Vec<GroupLag>,
    },
    /// Brokers, topics and watermarks, read at `at_ms`.
    Cluster {
        at_ms: i64,
        info: ClusterInfo,
    },
    /// A topic's configuration, or why the broker would not give it.
    Configs {
        topic: String,
        configs: Result<Vec<ConfigValue>, String>,
    },
    /// RabbitMQ's queues, read at `at_ms`.
    Queues {
        at_ms: i64,
        queues: Vec<QueueStats>,
    },
    /// A collector could not read (broker unreachable, slow...).
    Failed {
        source: Source,
        problem: String,
    },
}

/// A group as the dashboard shows it: the latest report and its lag history.
#[derive(Debug, Clone)]
pub struct GroupRow {
    pub report: GroupLag,
    /// Total lag at each report, oldest first.
    pub history: Vec<u64>,
}

/// A topic as the overview shows it.
#[derive(Debug, Clone)]
pub struct TopicRow {
    pub info: TopicInfo,
    /// Records appended per second since the previous reading.
    pub rate: Option<f64>,
}

/// A queue as the dashboard shows it: judged over its last samples, with its depth history.
#[derive(Debug, Clone)]
pub struct QueueRow {
    pub lag: QueueLag,
    pub stats: QueueStats,
    window: Vec<QueueSample>,
    /// Depth at each reading, oldest first.
    pub history: Vec<u64>,
}

#[derive(Debug)]
pub struct App {
    /// Where the data comes from, for the title ("127.0.0.1:9092").
    pub source: String,
    /// The tabs this dashboard has, in order.
    pub tabs: Vec<Tab>,
    pub rows: Vec<GroupRow>,
    pub brokers: Vec<BrokerInfo>,
    pub topics: Vec<TopicRow>,
    /// When the topics were read.
    topics_at_ms: Option<i64>,
    /// The open topic's configuration.
    pub configs: Option<(String, Result<Vec<ConfigValue>, String>)>,
    pub queues: Vec<QueueRow>,
    pub screen: Screen,
    /// Selected row in the current screen's list.
    pub selected: usize,
    pub filter: String,
    pub editing_filter: bool,
    pub sort: SortBy,
    pub help: bool,
    pub quit: bool,
    /// The config file's contexts, and the one in use.
    pub contexts: Vec<String>,
    pub context: Option<String>,
    /// The context list, open, with its selected row.
    pub picker: Option<usize>,
    /// A context chosen in the list: the event loop switches to it.
    pub switch_to: Option<String>,
    /// When the latest report of any kind came.
    pub updated_ms: Option<i64>,
    /// Each collector's latest failure, cleared by its next report.
    pub problems: Vec<(Source, String)>,
}

impl App {
    /// `evctl lag dashboard`: consumer groups only.
    pub fn new(source: impl Into<String>) -> App {
        App::with_tabs(source, vec![Tab::Lag])
    }

    /// A dashboard with these tabs, opening on the first.
    pub fn with_tabs(source: impl Into<String>, tabs: Vec<Tab>) -> App {
        App {
            source: source.into(),
            screen: tabs.first().copied().unwrap_or(Tab::Lag).home(),
            tabs,
            rows: Vec::new(),
            brokers: Vec::new(),
            topics: Vec::new(),
            topics_at_ms: None,
            configs: None,
            queues: Vec::new(),
            selected: 0,
            filter: String::new(),
            editing_filter: false,
            sort: SortBy::Status,
            help: false,
            quit: false,
            contexts: Vec::new(),
            context: None,
            picker: None,
            switch_to: None,
            updated_ms: None,
            problems: Vec::new(),
        }
    }

    /// Forgets everything read from the previous cluster, for a switch to `context` (whose
    /// brokers are `source`). Where the user is (tab, filter, sort) stays.
    pub fn switched(&mut self, source: String, context: String) {
        let mut fresh = App::with_tabs(source, std::mem::take(&mut self.tabs));
        fresh.screen = self.screen.tab().home();
        fresh.filter = std::mem::take(&mut self.filter);
        fresh.sort = self.sort;
        fresh.contexts = std::mem::take(&mut self.contexts);
        fresh.context = Some(context);
        *self = fresh;
    }

    fn matches(&self, name: &str) -> bool {
        self.filter.is_empty() || name.to_lowercase().contains(&self.filter.to_lowercase())
    }

    /// The groups shown, filtered and sorted.
    pub fn visible(&self) -> Vec<&GroupRow> {
        let mut rows: Vec<&GroupRow> = self
            .rows
            .iter()
            .filter(|r| self.matches(&r.report.group))
            .collect();
        let rank = |s: GroupStatus| match s {
            GroupStatus::Err => 0,
            GroupStatus::Warn => 1,
            GroupStatus::Ok => 2,
        };
        match self.sort {
            SortBy::Status => rows.sort_by(|a, b| {
                (
                    rank(a.report.status),
                    std::cmp::Reverse(a.report.total_lag),
                    &a.report.group,
                )
                    .cmp(&(
                        rank(b.report.status),
                        std::cmp::Reverse(b.report.total_lag),
                        &b.report.group,
                    ))
            }),
            SortBy::Lag => rows.sort_by(|a, b| {
                b.report
                    .total_lag
                    .cmp(&a.report.total_lag)
                    .then(a.report.group.cmp(&b.report.group))
            }),
            SortBy::TimeLag => rows.sort_by(|a, b| {
                b.report
                    .max_time_lag_ms
                    .cmp(&a.report.max_time_lag_ms)
                    .then(a.report.group.cmp(&b.report.group))
            }),
            SortBy::Name => rows.sort_by(|a, b| a.report.group.cmp(&b.report.group)),
        }
        rows
    }

    /// The topics shown, filtered, by name.
    pub fn visible_topics(&self) -> Vec<&TopicRow> {
        self.topics
            .iter()
            .filter(|t| self.matches(&t.info.name))
            .collect()
    }

    /// The queues shown, filtered, worst status first.
    pub fn visible_queues(&self) -> Vec<&QueueRow> {
        let mut queues: Vec<&QueueRow> = self
            .queues
            .iter()
            .filter(|q| self.matches(&q.lag.queue))
            .collect();
        queues.sort_by(|a, b| {
            (b.lag.status, &a.lag.vhost, &a.lag.queue).cmp(&(
                a.lag.status,
                &b.lag.vhost,
                &b.lag.queue,
            ))
        });
        queues
    }

    /// The group open in the detail screen.
    pub fn open_group(&self) -> Option<&GroupRow> {
        match &self.screen {
            Screen::Group(name) => self.rows.iter().find(|r| &r.report.group == name),
            _ => None,
        }
    }

    /// The partitions of the open group, most lag first.
    pub fn open_partitions(&self) -> Vec<&PartitionLag> {
        let mut parts: Vec<&PartitionLag> = self
            .open_group()
            .map(|g| g.report.partitions.iter().collect())
            .unwrap_or_default();
        parts.sort_by(|a, b| {
            b.lag
                .cmp(&a.lag)
                .then((&a.topic, a.partition).cmp(&(&b.topic, b.partition)))
        });
        parts
    }

    /// The topic open in the topic screen.
    pub fn open_topic(&self) -> Option<&TopicRow> {
        match &self.screen {
            Screen::Topic(name) => self.topics.iter().find(|t| &t.info.name == name),
            _ => None,
        }
    }

    /// Groups with committed offsets on `topic`: their status and total lag there.
    pub fn topic_groups(&self, topic: &str) -> Vec<(&str, PartitionStatus, i64)> {
        let mut out: Vec<(&str, PartitionStatus, i64)> = self
            .rows
            .iter()
            .filter_map(|r| {
                let parts: Vec<&PartitionLag> = r
                    .report
                    .partitions
                    .iter()
                    .filter(|p| p.topic == topic)
                    .collect();
                let worst = parts.iter().map(|p| p.status).max()?;
                Some((
                    r.report.group.as_str(),
                    worst,
                    parts.iter().map(|p| p.lag).sum(),
                ))
            })
            .collect();
        out.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
        out
    }

    /// The topic whose configuration should be fetched: the open one, when not yet read.
    pub fn wanted_configs(&self) -> Option<&str> {
        match &self.screen {
            Screen::Topic(name) if self.configs.as_ref().is_none_or(|(t, _)| t != name) => {
                Some(name)
            }
            _ => None,
        }
    }

    fn list_len(&self) -> usize {
        match &self.screen {
            Screen::Overview => self.visible_topics().len(),
            Screen::Topic(_) => self.open_topic().map_or(0, |t| t.info.partitions.len()),
            Screen::Groups => self.visible().len(),
            Screen::Group(_) => self.open_partitions().len(),
            Screen::Queues => self.visible_queues().len(),
        }
    }

    fn go_tab(&mut self, tab: Tab) {
        if self.screen.tab() != tab {
            self.screen = tab.home();
            self.selected = 0;
            self.filter.clear();
        }
    }

    fn shift_tab(&mut self, forward: bool) {
        let n = self.tabs.len();
        let Some(at) = self.tabs.iter().position(|t| *t == self.screen.tab()) else {
            return;
        };
        let next = if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        };
        self.go_tab(self.tabs[next]);
    }

    fn open(&mut self) {
        match &self.screen {
            Screen::Groups => {
                if let Some(row) = self.visible().get(self.selected) {
                    self.screen = Screen::Group(row.report.group.clone());
                    self.selected = 0;
                }
            }
            Screen::Overview => {
                if let Some(row) = self.visible_topics().get(self.selected) {
                    self.screen = Screen::Topic(row.info.name.clone());
                    self.selected = 0;
                }
            }
            _ => {}
        }
    }

    fn back(&mut self) {
        if self.help {
            self.help = false;
            return;
        }
        match self.screen.clone() {
            Screen::Group(name) => {
                self.screen = Screen::Groups;
                self.selected = self
                    .visible()
                    .iter()
                    .position(|r| r.report.group == name)
                    .unwrap_or(0);
            }
            Screen::Topic(name) => {
                self.screen = Screen::Overview;
                self.selected = self
                    .visible_topics()
                    .iter()
                    .position(|t| t.info.name == name)
                    .unwrap_or(0);
            }
            _ => self.filter.clear(),
        }
    }

    pub fn update(&mut self, action: Action) {
        if self.editing_filter {
            match action {
                Action::FilterInput(c) => {
                    self.filter.push(c);
                    self.selected = 0;
                    return;
                }
                Action::FilterDelete => {
                    self.filter.pop();
                    self.selected = 0;
                    return;
                }
                Action::FilterDone => {
                    self.editing_filter = false;
                    return;
                }
                Action::Back => {
                    self.editing_filter = false;
                    self.filter.clear();
                    return;
                }
                _ => {}
            }
        }
        if let Some(at) = self.picker {
            let last = self.contexts.len().saturating_sub(1);
            match action {
                Action::Up => self.picker = Some(at.saturating_sub(1)),
                Action::Down => self.picker = Some((at + 1).min(last)),
                Action::Open => {
                    self.picker = None;
                    let chosen = self.contexts.get(at).cloned();
                    if chosen != self.context {
                        self.switch_to = chosen;
                    }
                }
                Action::Back | Action::PickContext => self.picker = None,
                Action::Quit => self.quit = true,
                // Reports keep coming in while the list is open.
                Action::Report { .. }
                | Action::Cluster { .. }
                | Action::Configs { .. }
                | Action::Queues { .. }
                | Action::Failed { .. } => {
                    self.picker = None;
                    self.update(action);
                    self.picker = Some(at);
                }
                _ => {}
            }
            return;
        }
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => {
                self.selected = (self.selected + 1).min(self.list_len().saturating_sub(1));
            }
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = self.list_len().saturating_sub(1),
            Action::Open => self.open(),
            Action::Back => self.back(),
            Action::NextTab => self.shift_tab(true),
            Action::PrevTab => self.shift_tab(false),
            Action::GoTab(i) => {
                if let Some(tab) = self.tabs.get(i).copied() {
                    self.go_tab(tab);
                }
            }
            Action::StartFilter => {
                if self.screen.filterable() {
                    self.editing_filter = true;
                }
            }
            Action::FilterInput(_) | Action::FilterDelete | Action::FilterDone => {}
            Action::CycleSort => {
                if self.screen == Screen::Groups {
                    self.sort = self.sort.next();
                    self.selected = 0;
                }
            }
            Action::ToggleHelp => self.help = !self.help,
            Action::PickContext => {
                if !self.contexts.is_empty() {
                    let current = self
                        .contexts
                        .iter()
                        .position(|c| Some(c) == self.context.as_ref());
                    self.picker = Some(current.unwrap_or(0));
                }
            }
            Action::Quit => self.quit = true,
            Action::Report { at_ms, groups } => {
                self.merge(groups);
                self.reported(Source::Lag, at_ms);
            }
            Action::Cluster { at_ms, info } => {
                self.merge_cluster(at_ms, info);
                self.reported(Source::Cluster, at_ms);
            }
            Action::Configs { topic, configs } => self.configs = Some((topic, configs)),
            Action::Queues { at_ms, queues } => {
                self.merge_queues(at_ms, queues);
                self.reported(Source::Queues, at_ms);
            }
            Action::Failed { source, problem } => {
                self.problems.retain(|(s, _)| *s != source);
                self.problems.push((source, problem));
                self.problems.sort();
            }
        }
    }

    fn reported(&mut self, source: Source, at_ms: i64) {
        self.updated_ms = Some(at_ms);
        self.problems.retain(|(s, _)| *s != source);
        self.selected = self.selected.min(self.list_len().saturating_sub(1));
    }

    /// Takes a new report, keeping each group's lag history.
    fn merge(&mut self, groups: Vec<GroupLag>) {
        let mut rows = Vec::with_capacity(groups.len());
        for report in groups {
            let mut history = self
                .rows
                .iter()
                .position(|r| r.report.group == report.group)
                .map(|i| std::mem::take(&mut self.rows[i].history))
                .unwrap_or_default();
            push_capped(&mut history, u64::try_from(report.total_lag).unwrap_or(0));
            rows.push(GroupRow { report, history });
        }
        self.rows = rows;
    }

    /// Takes new topic metadata; a topic's rate is how far its end offsets moved since the
    /// previous reading.
    fn merge_cluster(&mut self, at_ms: i64, info: ClusterInfo) {
        let seconds = self
            .topics_at_ms
            .map(|before| (at_ms - before) as f64 / 1000.0)
            .filter(|s| *s > 0.0);
        // Both lists are sorted by name: walk them side by side.
        let mut before = self.topics.iter().peekable();
        let mut topics = Vec::with_capacity(info.topics.len());
        for topic in info.topics {
            while before.next_if(|b| b.info.name < topic.name).is_some() {}
            let rate = match (seconds, before.next_if(|b| b.info.name == topic.name)) {
                (Some(s), Some(b)) => {
                    Some((topic.end_offsets() - b.info.end_offsets()).max(0) as f64 / s)
                }
                _ => None,
            };
            topics.push(TopicRow { info: topic, rate });
        }
        self.topics = topics;
        self.brokers = info.brokers;
        self.topics_at_ms = Some(at_ms);
    }

    fn merge_queues(&mut self, at_ms: i64, queues: Vec<QueueStats>) {
        let mut rows = Vec::with_capacity(queues.len());
        for stats in queues {
            let (mut window, mut history) = self
                .queues
                .iter_mut()
                .find(|r| r.stats.vhost == stats.vhost && r.stats.name == stats.name)
                .map(|r| {
                    (
                        std::mem::take(&mut r.window),
                        std::mem::take(&mut r.history),
                    )
                })
                .unwrap_or_default();
            window.push((at_ms, stats.clone(), Vec::new()));
            if window.len() > QUEUE_WINDOW {
                window.remove(0);
            }
            let lag = judge_queue(&window);
            push_capped(&mut history, lag.depth);
            rows.push(QueueRow {
                lag,
                stats,
                window,
                history,
            });
        }
        self.queues = rows;
    }
}

fn push_capped(history: &mut Vec<u64>, value: u64) {
    history.push(value);
    if history.len() > HISTORY {
        history.remove(0);
    }
}

/// The keys k9s and gitui users expect.
pub fn action_for(app: &App, key: KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    if app.editing_filter {
        return match key.code {
            KeyCode::Char(c) => Some(Action::FilterInput(c)),
            KeyCode::Backspace => Some(Action::FilterDelete),
            KeyCode::Enter => Some(Action::FilterDone),
            KeyCode::Esc => Some(Action::Back),
            _ => None,
        };
    }
    Some(match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Home | KeyCode::Char('g') => Action::Top,
        KeyCode::End | KeyCode::Char('G') => Action::Bottom,
        KeyCode::Enter | KeyCode::Right | KeyCode::Char('l') => Action::Open,
        KeyCode::Esc | KeyCode::Left | KeyCode::Char('h') | KeyCode::Backspace => Action::Back,
        KeyCode::Tab => Action::NextTab,
        KeyCode::BackTab => Action::PrevTab,
        KeyCode::Char(c @ '1'..='9') => Action::GoTab(c as usize - '1' as usize),
        KeyCode::Char('/') => Action::StartFilter,
        KeyCode::Char('s') => Action::CycleSort,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Char('c') => Action::PickContext,
        _ => return None,
    })
}

/// Every key, for the help overlay.
pub const KEYS: &[(&str, &str)] = &[
    ("↑/k  ↓/j", "move"),
    ("g/Home  G/End", "first, last"),
    ("Enter/→/l", "open the topic or group"),
    ("Esc/←/h", "back; close help; clear the filter"),
    ("Tab  Shift-Tab  1-3", "next, previous, numbered tab"),
    ("/", "filter by name (Enter keeps, Esc clears)"),
    ("s", "sort groups: status, lag, time lag, name"),
    ("c", "switch to another config-file context"),
    ("?", "this help"),
    ("q  Ctrl-C", "quit"),
];

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::kafka::admin::PartitionInfo;
    use crate::lag::{PartitionStatus, Trend};

    pub fn partition(
        topic: &str,
        partition: i32,
        lag: i64,
        status: PartitionStatus,
    ) -> PartitionLag {
        PartitionLag {
            topic: topic.into(),
            partition,
            committed: Some(100),
            high_watermark: 100 + lag,
            lag,
            time_lag_ms: Some(lag * 10),
            status,
            trend: Some(Trend::from_rates(5.0, 10.0, lag)),
        }
    }

    pub fn report() -> Vec<GroupLag> {
        vec![
            GroupLag::new(
                "billing".into(),
                "3 samples over 4s".into(),
                vec![partition("payments", 0, 0, PartitionStatus::Ok)],
            ),
            GroupLag::new(
                "shipping".into(),
                "3 samples over 4s".into(),
                vec![
                    partition("orders", 0, 1200, PartitionStatus::Warn),
                    partition("orders", 1, 300, PartitionStatus::Ok),
                ],
            ),
            GroupLag::new(
                "audit".into(),
                "3 samples over 4s".into(),
                vec![partition("orders", 0, 5000, PartitionStatus::Stall)],
            ),
        ]
    }

    pub fn loaded() -> App {
        let mut app = App::new("127.0.0.1:9092");
        app.update(Action::Report {
            at_ms: 1_763_802_000_000,
            groups: report(),
        });
        app
    }

    pub fn topic(name: &str, highs: &[i64], isr_short: bool) -> TopicInfo {
        TopicInfo {
            name: name.into(),
            partitions: highs
                .iter()
                .enumerate()
                .map(|(i, &high)| PartitionInfo {
                    partition: i as i32,
                    leader: 1,
                    replicas: vec![1, 2],
                    isr: if isr_short && i == 0 {
                        vec![1]
                    } else {
                        vec![1, 2]
                    },
                    low_watermark: 0,
                    high_watermark: high,
                    messages: high,
                })
                .collect(),
        }
    }

    pub fn cluster(grow: i64) -> ClusterInfo {
        ClusterInfo {
            brokers: vec![
                BrokerInfo {
                    id: 1,
                    host: "kafka-1".into(),
                    port: 9092,
                },
                BrokerInfo {
                    id: 2,
                    host: "kafka-2".into(),
                    port: 9092,
                },
            ],
            topics: vec![
                topic("orders", &[1200 + grow, 300], true),
                topic("orders.DLT", &[7], false),
                topic("payments", &[40], false),
            ],
        }
    }

    pub fn queue(name: &str, ready: u64, consumers: u64) -> QueueStats {
        serde_json::from_value(serde_json::json!({
            "name": name,
            "vhost": "/",
            "type": "classic",
            "messages_ready": ready,
            "messages_unacknowledged": 0,
            "messages": ready,
            "consumers": consumers,
        }))
        .unwrap()
    }

    /// The full dashboard with two readings of everything, two seconds apart.
    pub fn dashboard() -> App {
        let mut app = App::with_tabs("127.0.0.1:9092", vec![Tab::Overview, Tab::Lag, Tab::Queues]);
        for (i, at_ms) in [1_763_802_000_000, 1_763_802_002_000]
            .into_iter()
            .enumerate()
        {
            let i = i as u64;
            app.update(Action::Cluster {
                at_ms,
                info: cluster(i as i64 * 100),
            });
            app.update(Action::Report {
                at_ms,
                groups: report(),
            });
            app.update(Action::Queues {
                at_ms,
                queues: vec![
                    queue("orders.work", 10 + i * 50, 1),
                    queue("orders.dlq", 4, 0),
                    queue("audit", 0, 2),
                ],
            });
        }
        app
    }

    fn names(app: &App) -> Vec<&str> {
        app.visible()
            .iter()
            .map(|r| r.report.group.as_str())
            .collect()
    }

    #[test]
    fn worst_groups_come_first_and_sorting_cycles() {
        let mut app = loaded();
        assert_eq!(names(&app), ["audit", "shipping", "billing"]);
        app.update(Action::CycleSort);
        assert_eq!(app.sort, SortBy::Lag);
        assert_eq!(names(&app), ["audit", "shipping", "billing"]);
        app.update(Action::CycleSort);
        app.update(Action::CycleSort);
        assert_eq!(names(&app), ["audit", "billing", "shipping"]);
    }

    #[test]
    fn moving_stops_at_the_ends() {
        let mut app = loaded();
        app.update(Action::Up);
        assert_eq!(app.selected, 0);
        for _ in 0..5 {
            app.update(Action::Down);
        }
        assert_eq!(app.selected, 2);
        app.update(Action::Top);
        assert_eq!(app.selected, 0);
        app.update(Action::Bottom);
        assert_eq!(app.selected, 2);
    }

    #[test]
    fn drilling_down_and_back_keeps_the_place() {
        let mut app = loaded();
        app.update(Action::Down);
        app.update(Action::Open);
        assert_eq!(app.screen, Screen::Group("shipping".into()));
        let lags: Vec<i64> = app.open_partitions().iter().map(|p| p.lag).collect();
        assert_eq!(lags, [1200, 300]);
        app.update(Action::Down);
        app.update(Action::Back);
        assert_eq!(app.screen, Screen::Groups);
        assert_eq!(app.selected, 1, "back on the group that was open");
    }

    #[test]
    fn the_filter_narrows_and_escape_clears_it() {
        let mut app = loaded();
        app.update(Action::StartFilter);
        assert!(app.editing_filter);
        for c in "SHIP".chars() {
            let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            let action = action_for(&app, key).unwrap();
            app.update(action);
        }
        assert_eq!(names(&app), ["shipping"]);
        // While typing, q is text, not quit.
        let q = action_for(&app, KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)).unwrap();
        assert!(matches!(q, Action::FilterInput('q')));
        app.update(Action::FilterDelete);
        app.update(Action::FilterDone);
        assert!(!app.editing_filter);
        assert_eq!(app.filter, "SHI");
        app.update(Action::Back);
        assert_eq!(app.filter, "");
        assert_eq!(names(&app).len(), 3);
    }

    #[test]
    fn reports_extend_each_groups_history_and_failures_show() {
        let mut app = loaded();
        app.update(Action::Failed {
            source: Source::Lag,
            problem: "broker 127.0.0.1:9092 unreachable".into(),
        });
        assert_eq!(app.problems.len(), 1);
        app.update(Action::Report {
            at_ms: 1_763_802_002_000,
            groups: report(),
        });
        assert!(app.problems.is_empty());
        let audit = app.rows.iter().find(|r| r.report.group == "audit").unwrap();
        assert_eq!(audit.history, [5000, 5000]);
    }

    #[test]
    fn help_quit_and_ctrl_c() {
        let mut app = loaded();
        app.update(Action::ToggleHelp);
        assert!(app.help);
        app.update(Action::Back);
        assert!(!app.help);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        app.update(action_for(&app, ctrl_c).unwrap());
        assert!(app.quit);
    }

    #[test]
    fn tabs_cycle_both_ways_and_numbers_jump() {
        let mut app = dashboard();
        assert_eq!(app.screen, Screen::Overview);
        app.update(Action::NextTab);
        assert_eq!(app.screen, Screen::Groups);
        app.update(Action::NextTab);
        assert_eq!(app.screen, Screen::Queues);
        app.update(Action::NextTab);
        assert_eq!(app.screen, Screen::Overview);
        app.update(Action::PrevTab);
        assert_eq!(app.screen, Screen::Queues);
        let two = KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE);
        app.update(action_for(&app, two).unwrap());
        assert_eq!(app.screen, Screen::Groups);
        // A tab the dashboard does not have is ignored.
        app.update(Action::GoTab(7));
        assert_eq!(app.screen, Screen::Groups);
        // The lag dashboard has one tab: Tab keeps it there.
        let mut lag = loaded();
        lag.update(Action::NextTab);
        assert_eq!(lag.screen, Screen::Groups);
    }

    #[test]
    fn topics_have_rates_and_under_replication() {
        let app = dashboard();
        let orders = &app.topics[0];
        assert_eq!(orders.info.name, "orders");
        // 100 records appended in the 2 s between readings.
        assert_eq!(orders.rate, Some(50.0));
        assert_eq!(orders.info.under_replicated(), 1);
        assert_eq!(app.topics[2].rate, Some(0.0));
        // The first reading has nothing to compare with.
        let mut first = App::with_tabs("x", vec![Tab::Overview]);
        first.update(Action::Cluster {
            at_ms: 1,
            info: cluster(0),
        });
        assert!(first.topics.iter().all(|t| t.rate.is_none()));
    }

    #[test]
    fn opening_a_topic_asks_for_its_configs_once_and_back_keeps_the_place() {
        let mut app = dashboard();
        assert_eq!(app.wanted_configs(), None);
        app.update(Action::StartFilter);
        app.update(Action::FilterInput('p'));
        app.update(Action::FilterDone);
        assert_eq!(app.visible_topics().len(), 1);
        app.update(Action::Back);
        app.update(Action::Down);
        app.update(Action::Open);
        assert_eq!(app.screen, Screen::Topic("orders.DLT".into()));
        assert_eq!(app.wanted_configs(), Some("orders.DLT"));
        app.update(Action::Configs {
            topic: "orders.DLT".into(),
            configs: Ok(vec![]),
        });
        assert_eq!(app.wanted_configs(), None);
        app.update(Action::Back);
        assert_eq!(app.screen, Screen::Overview);
        assert_eq!(app.selected, 1);
    }

    #[test]
    fn a_topic_lists_the_groups_reading_it() {
        let app = dashboard();
        let groups = app.topic_groups("orders");
        assert_eq!(
            groups,
            [
                ("audit", PartitionStatus::Stall, 5000),
                ("shipping", PartitionStatus::Warn, 1500)
            ]
        );
        assert!(app.topic_groups("orders.DLT").is_empty());
    }

    #[test]
    fn queues_are_judged_over_their_samples_worst_first() {
        let app = dashboard();
        let seen: Vec<(&str, PartitionStatus, u64)> = app
            .visible_queues()
            .iter()
            .map(|q| (q.lag.queue.as_str(), q.lag.partition_status, q.lag.depth))
            .collect();
        assert_eq!(
            seen,
            [
                ("orders.dlq", PartitionStatus::Stop, 4),
                ("orders.work", PartitionStatus::Stall, 60),
                ("audit", PartitionStatus::Ok, 0),
            ]
        );
        let work = app.queues.iter().find(|q| q.lag.queue == "orders.work");
        assert_eq!(work.unwrap().history, [10, 60]);
    }

    #[test]
    fn failures_are_kept_per_collector() {
        let mut app = dashboard();
        for source in [Source::Queues, Source::Cluster] {
            app.update(Action::Failed {
                source,
                problem: format!("{source:?} down"),
            });
        }
        app.update(Action::Report {
            at_ms: 1_763_802_004_000,
            groups: report(),
        });
        assert_eq!(app.problems.len(), 2, "a lag report clears only lag's");
        app.update(Action::Queues {
            at_ms: 1_763_802_004_000,
            queues: vec![],
        });
        assert_eq!(
            app.problems,
            [(Source::Cluster, "Cluster down".to_string())]
        );
    }

    #[test]
    fn the_context_list_chooses_another_context_and_keeps_the_tab() {
        let mut app = dashboard();
        app.update(Action::PickContext);
        assert_eq!(app.picker, None, "no contexts: no list");
        app.contexts = vec!["dev".into(), "prod".into(), "staging".into()];
        app.context = Some("prod".into());
        app.update(Action::NextTab);
        app.update(Action::PickContext);
        assert_eq!(app.picker, Some(1), "the list opens on the context in use");
        // Choosing the one in use changes nothing.
        app.update(Action::Open);
        assert_eq!(app.switch_to, None);
        app.update(Action::PickContext);
        app.update(Action::Down);
        app.update(Action::Down);
        assert_eq!(app.picker, Some(2), "stops at the end");
        // Reports still land while the list is open; keys move the list, not the screen.
        app.update(Action::Report {
            at_ms: 1_763_802_004_000,
            groups: report(),
        });
        assert_eq!(app.updated_ms, Some(1_763_802_004_000));
        assert_eq!(app.screen, Screen::Groups);
        app.update(Action::Open);
        assert_eq!(app.switch_to.as_deref(), Some("staging"));
        let chosen = app.switch_to.take().unwrap();
        app.switched("kafka.staging:9092".into(), chosen);
        assert_eq!(app.screen, Screen::Groups, "still on the lag tab");
        assert!(app.rows.is_empty() && app.topics.is_empty() && app.queues.is_empty());
        assert_eq!(app.context.as_deref(), Some("staging"));
        assert_eq!(app.contexts.len(), 3);
        assert_eq!(app.source, "kafka.staging:9092");
    }
}
