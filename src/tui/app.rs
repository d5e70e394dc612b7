//! The dashboard's state and how actions change it: pure, no terminal, no broker.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use crate::amqp::management::QueueReading;
use crate::kafka::admin::{ClusterInfo, ConfigValue};
use crate::kafka::membership::Member;
use crate::lag::{GroupLag, PartitionLag, PartitionStatus};

use super::cluster::{ClusterScreen, TopicRow};
use super::dlq::{DlqRef, DlqRow, DlqScreen, ReplayPlan, is_dlq_name};
use super::groups::{GroupRow, GroupsScreen};
use super::messages::{MessageRow, MessagesAsk, MessagesScreen};
use super::queues::{QueueRow, QueuesScreen};
use crate::dlq::{Inspection, Summary};

/// How many samples a row's sparkline keeps.
pub const HISTORY: usize = 60;

/// The top-level screens, switched with Tab or their number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Overview,
    Lag,
    Queues,
    Dlqs,
}

impl Tab {
    pub fn label(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Lag => "Lag",
            Tab::Queues => "Queues",
            Tab::Dlqs => "DLQs",
        }
    }

    fn home(self) -> Screen {
        match self {
            Tab::Overview => Screen::Overview,
            Tab::Lag => Screen::Groups,
            Tab::Queues => Screen::Queues,
            Tab::Dlqs => Screen::Dlqs,
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
    /// A topic's messages: the newest of each partition, then new ones as they come.
    Messages(String),
    /// Every DLQ topic and queue.
    Dlqs,
    /// One DLQ: counts by origin and error, samples, replay.
    Dlq(DlqRef),
}

impl Screen {
    pub fn tab(&self) -> Tab {
        match self {
            Screen::Overview | Screen::Topic(_) | Screen::Messages(_) => Tab::Overview,
            Screen::Groups | Screen::Group(_) => Tab::Lag,
            Screen::Queues => Tab::Queues,
            Screen::Dlqs | Screen::Dlq(_) => Tab::Dlqs,
        }
    }

    /// The collectors and workers whose data this screen shows.
    pub fn sources(&self) -> &'static [Source] {
        match self {
            Screen::Overview => &[Source::Cluster],
            Screen::Topic(_) => &[Source::Cluster, Source::Lag],
            Screen::Groups | Screen::Group(_) => &[Source::Lag],
            Screen::Queues => &[Source::Queues],
            Screen::Messages(_) => &[Source::Messages],
            Screen::Dlqs | Screen::Dlq(_) => &[Source::Cluster, Source::Queues, Source::Dlq],
        }
    }

    /// Lists that `/` filters by name.
    fn filterable(&self) -> bool {
        matches!(
            self,
            Screen::Overview | Screen::Groups | Screen::Queues | Screen::Messages(_) | Screen::Dlqs
        )
    }
}

/// Which background collector a report or failure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Cluster,
    Lag,
    Queues,
    Messages,
    /// The DLQ tab's runs of `evctl dlq`.
    Dlq,
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
    /// A row of the list, chosen with the mouse.
    Select(usize),
    StartFilter,
    FilterInput(char),
    FilterDelete,
    /// Enter while typing a filter: keep it.
    FilterDone,
    CycleSort,
    ToggleHelp,
    /// Open the list of config-file contexts to switch to.
    PickContext,
    /// Open the messages of the topic in view or selected.
    Browse,
    /// Keep the newest message selected as messages come, or stay where the selection is.
    ToggleFollow,
    /// Put the selected message on the clipboard as an envelope line.
    Copy,
    /// Messages: read only the next partition (all, 0, 1, …, all).
    NextPartition,
    /// Messages: show the newest first, or the oldest.
    ToggleOrder,
    /// Messages: ask where to start reading (offset, -N, @time, a duration ago, beginning).
    StartFromPrompt,
    /// DLQ: show the next (true) or previous message read.
    StepSample(bool),
    /// Plan a replay of the open DLQ and ask to confirm it.
    ReplayDlq,
    /// Go ahead with the planned replay.
    Confirm,
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
    /// The members of the group open on the group screen, or why they are unknown.
    Members {
        group: String,
        members: Result<Vec<Member>, String>,
    },
    /// A topic's configuration, or why the broker would not give it.
    Configs {
        topic: String,
        configs: Result<Vec<ConfigValue>, String>,
    },
    /// RabbitMQ's queues with their stream consumers, read at `at_ms`.
    Queues {
        at_ms: i64,
        queues: Vec<QueueReading>,
    },
    /// Messages read as asked, oldest first.
    Messages {
        ask: MessagesAsk,
        rows: Vec<MessageRow>,
    },
    /// What `evctl dlq inspect` found in a DLQ.
    Inspected {
        dlq: DlqRef,
        result: Result<Inspection, String>,
    },
    /// What a dry run of the replay would do.
    Planned {
        dlq: DlqRef,
        result: Result<ReplayPlan, String>,
    },
    /// What the replay did.
    Replayed {
        dlq: DlqRef,
        result: Result<Summary, String>,
    },
    /// A collector could not read (broker unreachable, slow...).
    Failed {
        source: Source,
        problem: String,
    },
}

impl Action {
    /// Whether this comes from a collector or worker rather than a key.
    fn is_report(&self) -> bool {
        matches!(
            self,
            Action::Report { .. }
                | Action::Cluster { .. }
                | Action::Configs { .. }
                | Action::Members { .. }
                | Action::Queues { .. }
                | Action::Messages { .. }
                | Action::Inspected { .. }
                | Action::Planned { .. }
                | Action::Replayed { .. }
                | Action::Failed { .. }
        )
    }
}

/// The screen rows of the list drawn last: `top..bottom`, showing items from `first` of
/// `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowsAt {
    pub top: u16,
    pub bottom: u16,
    pub first: usize,
    pub count: usize,
}

#[derive(Debug)]
pub struct App {
    /// Where the data comes from, for the title ("127.0.0.1:9092").
    pub source: String,
    /// The tabs this dashboard has, in order.
    pub tabs: Vec<Tab>,
    /// How many readings judge a queue: `--samples`, as for groups and `lag --queue`.
    pub samples: usize,
    /// The consumer groups and their order.
    pub groups: GroupsScreen,
    /// Brokers and topics, and the open topic's configuration.
    pub cluster: ClusterScreen,
    pub queues: QueuesScreen,
    pub screen: Screen,
    /// Selected row in the current screen's list.
    pub selected: usize,
    pub filter: String,
    pub editing_filter: bool,
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
    /// The open topic's messages and how they are browsed.
    pub messages: MessagesScreen,
    /// Text to put on the clipboard: the event loop takes it.
    pub clipboard: Option<String>,
    /// A one-off remark for the footer ("copied …"), cleared by the next key.
    pub notice: Option<String>,
    /// Where the list drawn last put its rows, for mouse clicks (the event loop keeps what
    /// drawing returned).
    pub rows_at: Option<RowsAt>,
    /// The DLQ screen and its replay dialog.
    pub dlq: DlqScreen,
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
            samples: 3,
            groups: GroupsScreen::default(),
            cluster: ClusterScreen::default(),
            queues: QueuesScreen::default(),
            selected: 0,
            filter: String::new(),
            editing_filter: false,
            help: false,
            quit: false,
            contexts: Vec::new(),
            context: None,
            picker: None,
            switch_to: None,
            updated_ms: None,
            problems: Vec::new(),
            messages: MessagesScreen::default(),
            clipboard: None,
            notice: None,
            rows_at: None,
            dlq: DlqScreen::default(),
        }
    }

    /// Forgets everything read from the previous cluster, for a switch to `context` (whose
    /// brokers are `source`). Where the user is (tab, filter, sort) stays.
    pub fn switched(&mut self, source: String, context: String) {
        let mut fresh = App::with_tabs(source, std::mem::take(&mut self.tabs));
        fresh.screen = self.screen.tab().home();
        fresh.filter = std::mem::take(&mut self.filter);
        fresh.groups.sort = self.groups.sort;
        fresh.samples = self.samples;
        fresh.contexts = std::mem::take(&mut self.contexts);
        fresh.context = Some(context);
        *self = fresh;
    }

    fn matches(&self, name: &str) -> bool {
        matches(&self.filter, name)
    }

    /// The groups shown, filtered and sorted.
    pub fn visible(&self) -> Vec<&GroupRow> {
        self.groups.visible(&self.filter)
    }

    /// The topics shown, filtered, by name.
    pub fn visible_topics(&self) -> Vec<&TopicRow> {
        self.cluster.visible(&self.filter)
    }

    /// The queues shown, filtered, worst status first.
    pub fn visible_queues(&self) -> Vec<&QueueRow> {
        self.queues.visible(&self.filter)
    }

    /// The DLQ topics (from the cluster reading) and queues (from the management API), by
    /// name, filtered.
    pub fn visible_dlqs(&self) -> Vec<DlqRow> {
        let topics = self.cluster.topics.iter().map(|t| DlqRow {
            dlq: DlqRef {
                queue: false,
                name: t.info.name.clone(),
            },
            messages: u64::try_from(t.info.messages()).unwrap_or(0),
            rate: t.rate,
        });
        let queues = self.queues.rows.iter().map(|q| DlqRow {
            dlq: DlqRef {
                queue: true,
                name: q.stats.name.clone(),
            },
            messages: q.lag.depth,
            rate: Some(q.stats.publish_rate()),
        });
        let mut rows: Vec<DlqRow> = topics
            .chain(queues)
            .filter(|r| is_dlq_name(&r.dlq.name) && self.matches(&r.dlq.name))
            .collect();
        rows.sort_by(|a, b| a.dlq.cmp(&b.dlq));
        rows
    }

    /// The open topic's messages that contain the search text, in the chosen order.
    pub fn visible_messages(&self) -> Vec<&MessageRow> {
        self.messages.visible(&self.filter)
    }

    /// What the messages screen wants read.
    pub fn wanted_messages(&self) -> Option<MessagesAsk> {
        match &self.screen {
            Screen::Messages(topic) => Some(self.messages.ask(topic)),
            _ => None,
        }
    }

    /// The DLQ open in the DLQ screen.
    pub fn open_dlq(&self) -> Option<&DlqRef> {
        match &self.screen {
            Screen::Dlq(dlq) => Some(dlq),
            _ => None,
        }
    }

    /// The group whose members the group screen wants read.
    pub fn wanted_members(&self) -> Option<String> {
        match &self.screen {
            Screen::Group(name) => Some(name.clone()),
            _ => None,
        }
    }

    /// The group open in the detail screen.
    pub fn open_group(&self) -> Option<&GroupRow> {
        match &self.screen {
            Screen::Group(name) => self.groups.group(name),
            _ => None,
        }
    }

    /// The partitions of the open group, most lag first.
    pub fn open_partitions(&self) -> Vec<&PartitionLag> {
        match &self.screen {
            Screen::Group(name) => self.groups.partitions(name),
            _ => Vec::new(),
        }
    }

    /// The topic open in the topic screen.
    pub fn open_topic(&self) -> Option<&TopicRow> {
        match &self.screen {
            Screen::Topic(name) => self.cluster.topic(name),
            _ => None,
        }
    }

    /// Groups with committed offsets on `topic`: their status and total lag there.
    pub fn topic_groups(&self, topic: &str) -> Vec<(&str, PartitionStatus, i64)> {
        self.groups.readers_of(topic)
    }

    /// The topic whose configuration should be fetched: the open one, when not yet read.
    pub fn wanted_configs(&self) -> Option<&str> {
        match &self.screen {
            Screen::Topic(name) if self.cluster.wants_configs(name) => Some(name),
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
            Screen::Messages(_) => self.visible_messages().len(),
            Screen::Dlqs => self.visible_dlqs().len(),
            Screen::Dlq(_) => self.dlq.rows(),
        }
    }

    fn go_tab(&mut self, tab: Tab) {
        if self.screen.tab() != tab {
            self.screen = tab.home();
            self.selected = 0;
            self.filter.clear();
            self.messages.rows.clear();
            self.messages.detail = false;
            self.dlq.inspection = None;
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
            Screen::Messages(_) => self.messages.detail = self.list_len() > 0,
            Screen::Dlqs => {
                if let Some(row) = self.visible_dlqs().get(self.selected) {
                    self.screen = Screen::Dlq(row.dlq.clone());
                    self.dlq.inspect(row.dlq.clone());
                }
            }
            _ => {}
        }
    }

    /// Opens the messages of the open topic, or of the topic selected in the overview.
    fn browse(&mut self) {
        let topic = match &self.screen {
            Screen::Topic(name) => name.clone(),
            Screen::Overview => match self.visible_topics().get(self.selected) {
                Some(row) => row.info.name.clone(),
                None => return,
            },
            _ => return,
        };
        self.screen = Screen::Messages(topic);
        self.messages.open(&mut self.filter, &mut self.selected);
    }

    fn back(&mut self) {
        if self.help {
            self.help = false;
            return;
        }
        if self.messages.detail {
            self.messages.detail = false;
            return;
        }
        if self.dlq.back() {
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
            Screen::Dlq(dlq) => {
                self.screen = Screen::Dlqs;
                self.dlq.inspection = None;
                self.selected = self
                    .visible_dlqs()
                    .iter()
                    .position(|r| r.dlq == dlq)
                    .unwrap_or(0);
            }
            Screen::Messages(name) if self.filter.is_empty() => {
                self.screen = Screen::Topic(name);
                self.messages.close(&mut self.filter);
                self.selected = 0;
            }
            _ => self.filter.clear(),
        }
    }

    pub fn update(&mut self, action: Action) {
        if self
            .messages
            .prompt_key(&action, &mut self.selected, &mut self.notice)
        {
            return;
        }
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
                _ if action.is_report() => {
                    self.picker = None;
                    self.update(action);
                    self.picker = Some(at);
                }
                _ => {}
            }
            return;
        }
        if !action.is_report() {
            self.notice = None;
        }
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => {
                self.selected = (self.selected + 1).min(self.list_len().saturating_sub(1));
            }
            Action::Top => self.selected = 0,
            Action::Select(i) => self.selected = i.min(self.list_len().saturating_sub(1)),
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
                    self.groups.sort = self.groups.sort.next();
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
            Action::Browse => self.browse(),
            Action::ToggleFollow
            | Action::NextPartition
            | Action::ToggleOrder
            | Action::StartFromPrompt => {
                if let Screen::Messages(topic) = &self.screen {
                    let partitions = self
                        .cluster
                        .topics
                        .iter()
                        .find(|t| &t.info.name == topic)
                        .map_or(0, |t| t.info.partitions.len() as i32);
                    self.messages
                        .key(&action, partitions, &self.filter, &mut self.selected);
                }
            }
            Action::Copy => {
                if let Some((envelope, notice)) = self.messages.copy(&self.filter, self.selected) {
                    self.clipboard = Some(envelope);
                    self.notice = Some(notice);
                }
            }
            Action::ReplayDlq | Action::Confirm => {
                let open = self.open_dlq().cloned();
                self.dlq.replay_key(&action, open.as_ref(), self.selected);
            }
            Action::StepSample(forward) => {
                if self.open_dlq().is_some() {
                    self.dlq.step(forward);
                }
            }
            Action::Inspected { .. } | Action::Planned { .. } | Action::Replayed { .. } => {
                let open = self.open_dlq().cloned();
                self.dlq.answered(action, open.as_ref());
            }
            Action::Messages { ask, rows } => {
                if self.wanted_messages().as_ref() == Some(&ask) {
                    self.messages.merge(rows, &self.filter, &mut self.selected);
                }
                self.problems.retain(|(s, _)| *s != Source::Messages);
            }
            Action::Quit => self.quit = true,
            Action::Report { at_ms, groups } => {
                self.groups.merge(groups);
                self.reported(Source::Lag, at_ms);
            }
            Action::Cluster { at_ms, info } => {
                self.cluster.merge(at_ms, info);
                self.reported(Source::Cluster, at_ms);
            }
            Action::Configs { topic, configs } => self.cluster.configs = Some((topic, configs)),
            Action::Members { group, members } => self.groups.members = Some((group, members)),
            Action::Queues { at_ms, queues } => {
                self.queues.merge(at_ms, queues, self.samples);
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
}

/// Whether `name` contains `filter`, ignoring case (an empty filter matches everything).
pub(super) fn matches(filter: &str, name: &str) -> bool {
    filter.is_empty() || name.to_lowercase().contains(&filter.to_lowercase())
}

pub(super) fn push_capped(history: &mut Vec<u64>, value: u64) {
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
    if app.editing_filter || app.messages.from_prompt.is_some() {
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
        KeyCode::Char('m') => Action::Browse,
        KeyCode::Char('f') => Action::ToggleFollow,
        KeyCode::Char('y') if app.dlq.replay.is_some() => Action::Confirm,
        KeyCode::Char('y') => Action::Copy,
        KeyCode::Char('R') => Action::ReplayDlq,
        KeyCode::Char(']') => Action::StepSample(true),
        KeyCode::Char('[') => Action::StepSample(false),
        KeyCode::Char('p') => Action::NextPartition,
        KeyCode::Char('n') => Action::ToggleOrder,
        KeyCode::Char('o') => Action::StartFromPrompt,
        _ => return None,
    })
}

/// The wheel moves the selection; a click selects a row, and a click on the selected row
/// opens it.
pub fn mouse_action(app: &App, mouse: MouseEvent) -> Option<Action> {
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Action::Down),
        MouseEventKind::ScrollUp => Some(Action::Up),
        MouseEventKind::Down(MouseButton::Left) => {
            let at = app.rows_at?;
            if mouse.row < at.top || mouse.row >= at.bottom {
                return None;
            }
            let row = at.first + usize::from(mouse.row - at.top);
            if row >= at.count {
                None
            } else if row == app.selected {
                Some(Action::Open)
            } else {
                Some(Action::Select(row))
            }
        }
        _ => None,
    }
}

/// Every key, for the help overlay.
pub const KEYS: &[(&str, &str)] = &[
    ("↑/k  ↓/j", "move"),
    ("g/Home  G/End", "first, last"),
    ("Enter/→/l", "open the topic, group or message"),
    ("m", "the topic's messages (overview, topic)"),
    ("f  y", "messages: follow the newest; copy as envelope"),
    ("p  n  o", "messages: partition; newest first; start at…"),
    ("R  y", "DLQ: plan a replay (dry run); go ahead"),
    ("[  ]", "DLQ: previous, next message read"),
    ("Esc/←/h", "back; close help; clear the filter"),
    ("Tab  Shift-Tab  1-4", "next, previous, numbered tab"),
    ("/", "filter by name, search messages (Enter keeps)"),
    ("s", "sort groups: status, lag, time lag, name"),
    ("c", "switch to another config-file context"),
    ("mouse", "wheel moves; click selects, click again opens"),
    ("?", "this help"),
    ("q  Ctrl-C", "quit"),
];

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::amqp::management::QueueStats;
    use crate::dlq::UNKNOWN;
    use crate::kafka::admin::{BrokerInfo, PartitionInfo, TopicInfo};
    use crate::lag::{PartitionStatus, Trend};
    use crate::start::StartFrom;
    use crate::tui::dlq::{DlqAsk, ReplayStage, Selection};
    use crate::tui::groups::SortBy;
    use crate::tui::messages::{BACKLOG_PER_PARTITION, KEPT};

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
                    size_bytes: Some(high * 100),
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
        let mut app = App::with_tabs(
            "127.0.0.1:9092",
            vec![Tab::Overview, Tab::Lag, Tab::Queues, Tab::Dlqs],
        );
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
                    (queue("orders.work", 10 + i * 50, 1), Vec::new()),
                    (queue("orders.dlq", 4, 0), Vec::new()),
                    (queue("audit", 0, 2), Vec::new()),
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
        assert_eq!(app.groups.sort, SortBy::Lag);
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
        let audit = app
            .groups
            .rows
            .iter()
            .find(|r| r.report.group == "audit")
            .unwrap();
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
        assert_eq!(app.screen, Screen::Dlqs);
        app.update(Action::NextTab);
        assert_eq!(app.screen, Screen::Overview);
        app.update(Action::PrevTab);
        assert_eq!(app.screen, Screen::Dlqs);
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
        let orders = &app.cluster.topics[0];
        assert_eq!(orders.info.name, "orders");
        // 100 records appended in the 2 s between readings.
        assert_eq!(orders.rate, Some(50.0));
        assert_eq!(orders.info.under_replicated(), 1);
        assert_eq!(app.cluster.topics[2].rate, Some(0.0));
        // The first reading has nothing to compare with.
        let mut first = App::with_tabs("x", vec![Tab::Overview]);
        first.update(Action::Cluster {
            at_ms: 1,
            info: cluster(0),
        });
        assert!(first.cluster.topics.iter().all(|t| t.rate.is_none()));
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
        let work = app
            .queues
            .rows
            .iter()
            .find(|q| q.lag.queue == "orders.work");
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
        assert!(
            app.groups.rows.is_empty()
                && app.cluster.topics.is_empty()
                && app.queues.rows.is_empty()
        );
        assert_eq!(app.context.as_deref(), Some("staging"));
        assert_eq!(app.contexts.len(), 3);
        assert_eq!(app.source, "kafka.staging:9092");
    }

    pub fn message(partition: i32, offset: i64, value: &str) -> MessageRow {
        MessageRow {
            partition,
            offset,
            timestamp: Some(1_763_802_000_000 + offset),
            key: format!("o-{offset}"),
            value: value.into(),
            headers: 0,
            envelope: format!(
                r#"{{"topic":"orders","partition":{partition},"offset":{offset},"timestamp":null,"key":"o-{offset}","headers":[],"value":{value}}}"#
            ),
        }
    }

    pub fn ask(topic: &str) -> MessagesAsk {
        MessagesAsk {
            topic: topic.into(),
            partition: None,
            from: StartFrom::Tail(BACKLOG_PER_PARTITION),
        }
    }

    pub fn browsing() -> App {
        let mut app = dashboard();
        app.update(Action::Open);
        app.update(Action::Browse);
        app.update(Action::Messages {
            ask: ask("orders"),
            rows: (0..5)
                .map(|o| message((o % 2) as i32, o, &format!(r#"{{"n":{o}}}"#)))
                .collect(),
        });
        app
    }

    #[test]
    fn messages_open_from_a_topic_follow_the_newest_and_search() {
        let mut app = browsing();
        assert_eq!(app.screen, Screen::Messages("orders".into()));
        assert_eq!(app.wanted_messages(), Some(ask("orders")));
        assert_eq!(app.selected, 4, "following: the newest is selected");
        // Messages of another topic (a late batch) are not taken.
        app.update(Action::Messages {
            ask: ask("payments"),
            rows: vec![message(0, 9, "{}")],
        });
        assert_eq!(app.messages.rows.len(), 5);
        // Paused, the selection stays put as messages come.
        app.update(Action::ToggleFollow);
        app.update(Action::Top);
        app.update(Action::Messages {
            ask: ask("orders"),
            rows: vec![message(0, 5, r#"{"n":5}"#)],
        });
        assert_eq!((app.selected, app.messages.rows.len()), (0, 6));
        // Following again jumps to the newest.
        app.update(Action::ToggleFollow);
        assert_eq!(app.selected, 5);
        // The search looks inside keys and values.
        app.update(Action::StartFilter);
        for c in "\"n\":3".chars() {
            app.update(Action::FilterInput(c));
        }
        app.update(Action::FilterDone);
        let found: Vec<i64> = app.visible_messages().iter().map(|m| m.offset).collect();
        assert_eq!(found, [3]);
        // Esc clears the search first, then goes back to the topic and stops reading.
        app.update(Action::Back);
        assert_eq!(app.visible_messages().len(), 6);
        app.update(Action::Back);
        assert_eq!(app.screen, Screen::Topic("orders".into()));
        assert_eq!(app.wanted_messages(), None);
        assert!(app.messages.rows.is_empty());
    }

    #[test]
    fn old_messages_are_dropped_past_the_cap_and_the_selection_keeps_its_message() {
        let mut app = browsing();
        app.update(Action::ToggleFollow);
        app.update(Action::Down); // at the last, offset 4
        app.update(Action::Up); // offset 3, fourth of five
        app.update(Action::Messages {
            ask: ask("orders"),
            rows: (5..KEPT as i64 + 2).map(|o| message(0, o, "{}")).collect(),
        });
        assert_eq!(app.messages.rows.len(), KEPT);
        assert_eq!(app.messages.rows[0].offset, 2);
        assert_eq!(app.visible_messages()[app.selected].offset, 3);
    }

    #[test]
    fn a_message_opens_whole_and_copies_as_an_envelope() {
        let mut app = browsing();
        app.update(Action::Up);
        app.update(Action::Open);
        assert!(app.messages.detail);
        app.update(Action::Copy);
        let copied = app.clipboard.take().unwrap();
        assert!(copied.contains(r#""offset":3"#), "{copied}");
        crate::envelope::Envelope::parse(copied.as_bytes()).unwrap();
        assert_eq!(
            app.notice.as_deref(),
            Some("copied partition 1 offset 3 as an envelope line")
        );
        // The next key clears the notice; Esc closes the message, then the screen.
        app.update(Action::Back);
        assert!(!app.messages.detail && app.notice.is_none());
        assert_eq!(app.screen, Screen::Messages("orders".into()));
        // From the overview, `m` opens the selected topic's messages; Tab leaves them.
        app.update(Action::Back);
        app.update(Action::Back);
        app.update(Action::Browse);
        assert_eq!(app.screen, Screen::Messages("orders".into()));
        app.update(Action::NextTab);
        assert_eq!(app.wanted_messages(), None);
        let m = KeyEvent::new(KeyCode::Char('m'), KeyModifiers::NONE);
        assert!(matches!(action_for(&app, m), Some(Action::Browse)));
    }

    pub fn inspected() -> Inspection {
        Inspection {
            source: "orders.DLT".into(),
            messages: 7,
            oldest_ms: Some(1_763_802_000_000),
            newest_ms: Some(1_763_802_060_000),
            by_origin: [("orders/0".to_string(), 5), ("orders/1".to_string(), 2)].into(),
            by_error: [
                ("com.acme.OrderRejected".to_string(), 6),
                ("java.lang.NullPointerException".to_string(), 1),
            ]
            .into(),
            by_convention: [("spring-kafka".to_string(), 7)].into(),
            malformed: Vec::new(),
            samples: vec![serde_json::json!({"topic": "orders.DLT", "offset": 0})],
        }
    }

    pub fn plan(replayed: u64) -> ReplayPlan {
        ReplayPlan {
            summary: Summary {
                dry_run: true,
                replayed,
                by_target: [("orders".to_string(), replayed)].into(),
                ..Summary::default()
            },
            moves: (0..replayed.min(2))
                .map(|o| format!("orders.DLT/0@{o} → orders/0"))
                .collect(),
        }
    }

    #[test]
    fn the_dlq_tab_lists_dead_letter_topics_and_queues_and_inspects_one() {
        let mut app = dashboard();
        app.update(Action::GoTab(3));
        let listed: Vec<(bool, String, u64)> = app
            .visible_dlqs()
            .into_iter()
            .map(|r| (r.dlq.queue, r.dlq.name, r.messages))
            .collect();
        assert_eq!(
            listed,
            [
                (false, "orders.DLT".to_string(), 7),
                (true, "orders.dlq".to_string(), 4)
            ]
        );
        app.update(Action::Open);
        let dlq = DlqRef {
            queue: false,
            name: "orders.DLT".into(),
        };
        assert_eq!(app.screen, Screen::Dlq(dlq.clone()));
        assert_eq!(app.dlq.asks, [DlqAsk::Inspect(dlq.clone())]);
        app.dlq.asks.clear();
        // An answer about another DLQ is not taken.
        let other = DlqRef {
            queue: true,
            name: "orders.dlq".into(),
        };
        app.update(Action::Inspected {
            dlq: other,
            result: Ok(inspected()),
        });
        assert_eq!(app.dlq.inspection, None);
        app.update(Action::Inspected {
            dlq: dlq.clone(),
            result: Ok(inspected()),
        });
        assert!(matches!(&app.dlq.inspection, Some((d, Ok(r))) if *d == dlq && r.messages == 7));
        // Back to the list, on the same row; the inspection is dropped.
        app.update(Action::Back);
        assert_eq!((app.screen.clone(), app.selected), (Screen::Dlqs, 0));
        assert_eq!(app.dlq.inspection, None);
    }

    /// The dashboard on the DLQ screen of orders.DLT.
    fn open_dlq() -> (App, DlqRef) {
        let mut app = dashboard();
        app.update(Action::GoTab(3));
        app.update(Action::Open);
        let dlq = DlqRef {
            queue: false,
            name: "orders.DLT".into(),
        };
        (app, dlq)
    }

    #[test]
    fn brackets_step_through_the_messages_read_and_a_new_reading_starts_again() {
        let (mut app, dlq) = open_dlq();
        let key = |app: &App, c: char| action_for(app, KeyEvent::from(KeyCode::Char(c))).unwrap();
        let mut report = inspected();
        report.samples = (0..3)
            .map(|i| serde_json::json!({"topic": "orders.DLT", "offset": i}))
            .collect();
        app.update(Action::Inspected {
            dlq: dlq.clone(),
            result: Ok(report.clone()),
        });
        app.update(key(&app, '['));
        assert_eq!(app.dlq.sample, 0);
        for _ in 0..3 {
            app.update(key(&app, ']'));
        }
        // The last message read is as far as it goes.
        assert_eq!(app.dlq.sample, 2);
        app.update(key(&app, '['));
        assert_eq!(app.dlq.sample, 1);
        app.update(Action::Inspected {
            dlq,
            result: Ok(report),
        });
        assert_eq!(app.dlq.sample, 0);
    }

    #[test]
    fn a_replay_is_planned_confirmed_and_seen_through() {
        let (mut app, dlq) = open_dlq();
        app.dlq.asks.clear();
        let key = |app: &App, c: char| action_for(app, KeyEvent::from(KeyCode::Char(c))).unwrap();
        // Nothing to plan before the DLQ has been read.
        app.update(key(&app, 'R'));
        assert!(app.dlq.replay.is_none() && app.dlq.asks.is_empty());
        app.update(Action::Inspected {
            dlq: dlq.clone(),
            result: Ok(inspected()),
        });
        let every = Selection {
            dlq: dlq.clone(),
            error: None,
        };
        app.update(key(&app, 'R'));
        assert_eq!(app.dlq.replay, Some((every.clone(), ReplayStage::Planning)));
        assert_eq!(app.dlq.asks, [DlqAsk::Plan(every.clone())]);
        app.dlq.asks.clear();
        // `y` does nothing until there is a plan, nor when the plan sends nothing.
        app.update(key(&app, 'y'));
        assert_eq!(app.dlq.replay, Some((every.clone(), ReplayStage::Planning)));
        app.update(Action::Planned {
            dlq: dlq.clone(),
            result: Ok(plan(0)),
        });
        app.update(key(&app, 'y'));
        assert!(app.dlq.asks.is_empty());
        // Esc cancels; a new plan with something to send can go ahead.
        app.update(Action::Back);
        assert_eq!(app.dlq.replay, None);
        app.update(Action::ReplayDlq);
        app.update(Action::Planned {
            dlq: dlq.clone(),
            result: Ok(plan(7)),
        });
        app.dlq.asks.clear();
        app.update(key(&app, 'y'));
        assert_eq!(app.dlq.replay, Some((every.clone(), ReplayStage::Running)));
        assert_eq!(app.dlq.asks, [DlqAsk::Replay(every.clone())]);
        app.dlq.asks.clear();
        // A running replay cannot be closed.
        app.update(Action::Back);
        assert_eq!(app.dlq.replay, Some((every.clone(), ReplayStage::Running)));
        let done = Summary {
            replayed: 7,
            ..Summary::default()
        };
        app.update(Action::Replayed {
            dlq: dlq.clone(),
            result: Ok(done.clone()),
        });
        assert_eq!(
            app.dlq.replay,
            Some((every.clone(), ReplayStage::Done(Ok(done))))
        );
        // The DLQ is read again to show what is left.
        assert_eq!(app.dlq.asks, [DlqAsk::Inspect(dlq.clone())]);
        app.update(Action::Back);
        assert_eq!(app.dlq.replay, None);
        assert_eq!(app.screen, Screen::Dlq(dlq));
    }

    #[test]
    fn messages_are_read_from_a_chosen_partition_and_start_newest_first_on_request() {
        let mut app = browsing();
        let key = |app: &App, c: char| action_for(app, KeyEvent::from(KeyCode::Char(c))).unwrap();
        // Newest first: the order turns round and the same message stays selected.
        app.update(key(&app, 'f'));
        app.update(Action::Up);
        assert_eq!(app.visible_messages()[app.selected].offset, 3);
        app.update(key(&app, 'n'));
        let order: Vec<i64> = app.visible_messages().iter().map(|m| m.offset).collect();
        assert_eq!(order, [4, 3, 2, 1, 0]);
        assert_eq!(app.visible_messages()[app.selected].offset, 3);
        // Following with the newest first keeps the top row.
        app.update(key(&app, 'f'));
        app.update(Action::Messages {
            ask: ask("orders"),
            rows: vec![message(0, 5, "{}")],
        });
        assert_eq!((app.selected, app.visible_messages()[0].offset), (0, 5));
        // `p` reads one partition at a time, then all again; each choice reads afresh.
        app.update(key(&app, 'p'));
        assert_eq!(app.wanted_messages().unwrap().partition, Some(0));
        assert!(app.messages.rows.is_empty());
        // Answers to the earlier reading are not taken.
        app.update(Action::Messages {
            ask: ask("orders"),
            rows: vec![message(1, 6, "{}")],
        });
        assert!(app.messages.rows.is_empty());
        app.update(key(&app, 'p'));
        assert_eq!(app.wanted_messages().unwrap().partition, Some(1));
        app.update(key(&app, 'p'));
        assert_eq!(app.wanted_messages().unwrap().partition, None);
        // `o` asks where to start; keys go to the prompt until Enter.
        app.update(key(&app, 'o'));
        for c in "12".chars() {
            app.update(key(&app, c));
        }
        app.update(action_for(&app, KeyEvent::from(KeyCode::Enter)).unwrap());
        assert_eq!(app.messages.from_prompt, None);
        assert_eq!(app.wanted_messages().unwrap().from, StartFrom::Offset(12));
        assert_eq!(app.messages.browse.from_text, "12");
        // A start that does not parse is said so and changes nothing.
        app.update(key(&app, 'o'));
        for c in "soon".chars() {
            app.update(key(&app, c));
        }
        app.update(Action::FilterDone);
        assert_eq!(app.wanted_messages().unwrap().from, StartFrom::Offset(12));
        assert!(
            app.notice
                .as_deref()
                .unwrap()
                .starts_with("invalid start \"soon\"")
        );
        // Esc closes the prompt without leaving the screen.
        app.update(key(&app, 'o'));
        app.update(Action::Back);
        assert_eq!(app.messages.from_prompt, None);
        assert_eq!(app.screen, Screen::Messages("orders".into()));
    }

    #[test]
    fn the_dlq_screen_selects_every_message_or_one_error_to_replay() {
        let (mut app, dlq) = open_dlq();
        let mut report = inspected();
        report.by_error.insert(UNKNOWN.into(), 3);
        app.update(Action::Inspected {
            dlq: dlq.clone(),
            result: Ok(report),
        });
        // Every message, then the known errors, most frequent first; unknown ones cannot
        // be chosen.
        assert_eq!(
            app.dlq.errors(),
            ["com.acme.OrderRejected", "java.lang.NullPointerException"]
        );
        app.update(Action::Bottom);
        assert_eq!(app.selected, 2);
        app.update(Action::ReplayDlq);
        let one = Selection {
            dlq,
            error: Some("java.lang.NullPointerException".into()),
        };
        assert_eq!(app.dlq.asks.last(), Some(&DlqAsk::Plan(one.clone())));
        assert_eq!(app.dlq.replay, Some((one, ReplayStage::Planning)));
    }

    /// A stream is judged as `lag --queue` judges it: by its consumers' offset lag, over the
    /// `--samples` readings of the dashboard.
    #[test]
    fn stream_queues_are_judged_by_their_consumers_over_the_samples_asked_for() {
        let mut app = App::with_tabs("127.0.0.1:9092", vec![Tab::Queues]);
        app.samples = 5;
        let stream = |at: i64| -> QueueReading {
            let mut stats = queue("events", 0, 0);
            stats.kind = "stream".into();
            stats.messages_ready = 5_000;
            let reader = crate::lag::StreamConsumerLag {
                connection: "127.0.0.1:50000 -> 127.0.0.1:5552".into(),
                subscription_id: 1,
                offset: 4_000,
                offset_lag: 1_000 + u64::try_from(at).unwrap(),
            };
            (stats, vec![reader])
        };
        for at in 0..6 {
            app.update(Action::Queues {
                at_ms: 1_763_802_000_000 + at * 1_000,
                queues: vec![stream(at)],
            });
        }
        let row = &app.queues.rows[0];
        assert_eq!(row.lag.offset_lag, Some(1_005));
        assert_eq!(row.lag.stream_consumers.len(), 1);
        assert_eq!(row.lag.judged, "5 samples over 4s");
    }
}
