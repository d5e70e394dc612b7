//! The dashboard's state and how actions change it: pure, no terminal, no broker.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::lag::{GroupLag, GroupStatus, PartitionLag};

/// How many lag samples a group's sparkline keeps.
pub const HISTORY: usize = 60;

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// Every group.
    Groups,
    /// One group's partitions.
    Group(String),
}

/// Everything that can happen to the dashboard: keys, and what the collector sends.
#[derive(Debug, Clone)]
pub enum Action {
    Up,
    Down,
    Top,
    Bottom,
    Open,
    Back,
    StartFilter,
    FilterInput(char),
    FilterDelete,
    /// Enter while typing a filter: keep it.
    FilterDone,
    CycleSort,
    ToggleHelp,
    Quit,
    /// A fresh lag report from the collector, taken at `at_ms`.
    Report {
        at_ms: i64,
        groups: Vec<GroupLag>,
    },
    /// The collector could not sample (broker unreachable, slow...).
    CollectorFailed(String),
}

/// A group as the dashboard shows it: the latest report and its lag history.
#[derive(Debug, Clone)]
pub struct GroupRow {
    pub report: GroupLag,
    /// Total lag at each report, oldest first.
    pub history: Vec<u64>,
}

#[derive(Debug)]
pub struct App {
    /// Where the data comes from, for the title ("127.0.0.1:9092").
    pub source: String,
    pub rows: Vec<GroupRow>,
    pub screen: Screen,
    /// Selected row in the current screen's list.
    pub selected: usize,
    pub filter: String,
    pub editing_filter: bool,
    pub sort: SortBy,
    pub help: bool,
    pub quit: bool,
    /// When the latest report was taken.
    pub updated_ms: Option<i64>,
    /// The collector's latest failure, cleared by the next report.
    pub problem: Option<String>,
}

impl App {
    pub fn new(source: impl Into<String>) -> App {
        App {
            source: source.into(),
            rows: Vec::new(),
            screen: Screen::Groups,
            selected: 0,
            filter: String::new(),
            editing_filter: false,
            sort: SortBy::Status,
            help: false,
            quit: false,
            updated_ms: None,
            problem: None,
        }
    }

    /// The groups shown, filtered and sorted.
    pub fn visible(&self) -> Vec<&GroupRow> {
        let needle = self.filter.to_lowercase();
        let mut rows: Vec<&GroupRow> = self
            .rows
            .iter()
            .filter(|r| needle.is_empty() || r.report.group.to_lowercase().contains(&needle))
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

    /// The group open in the detail screen.
    pub fn open_group(&self) -> Option<&GroupRow> {
        match &self.screen {
            Screen::Group(name) => self.rows.iter().find(|r| &r.report.group == name),
            Screen::Groups => None,
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

    fn list_len(&self) -> usize {
        match self.screen {
            Screen::Groups => self.visible().len(),
            Screen::Group(_) => self.open_partitions().len(),
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
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => {
                self.selected = (self.selected + 1).min(self.list_len().saturating_sub(1));
            }
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = self.list_len().saturating_sub(1),
            Action::Open => {
                if self.screen == Screen::Groups
                    && let Some(row) = self.visible().get(self.selected)
                {
                    self.screen = Screen::Group(row.report.group.clone());
                    self.selected = 0;
                }
            }
            Action::Back => {
                if self.help {
                    self.help = false;
                } else if let Screen::Group(name) = &self.screen {
                    let name = name.clone();
                    self.screen = Screen::Groups;
                    self.selected = self
                        .visible()
                        .iter()
                        .position(|r| r.report.group == name)
                        .unwrap_or(0);
                } else if !self.filter.is_empty() {
                    self.filter.clear();
                }
            }
            Action::StartFilter => {
                if self.screen == Screen::Groups {
                    self.editing_filter = true;
                }
            }
            Action::FilterInput(_) | Action::FilterDelete | Action::FilterDone => {}
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.selected = 0;
            }
            Action::ToggleHelp => self.help = !self.help,
            Action::Quit => self.quit = true,
            Action::Report { at_ms, groups } => self.merge(at_ms, groups),
            Action::CollectorFailed(problem) => self.problem = Some(problem),
        }
    }

    /// Takes a new report, keeping each group's lag history.
    fn merge(&mut self, at_ms: i64, groups: Vec<GroupLag>) {
        let mut rows = Vec::with_capacity(groups.len());
        for report in groups {
            let mut history = self
                .rows
                .iter()
                .position(|r| r.report.group == report.group)
                .map(|i| std::mem::take(&mut self.rows[i].history))
                .unwrap_or_default();
            history.push(u64::try_from(report.total_lag).unwrap_or(0));
            if history.len() > HISTORY {
                history.remove(0);
            }
            rows.push(GroupRow { report, history });
        }
        self.rows = rows;
        self.updated_ms = Some(at_ms);
        self.problem = None;
        self.selected = self.selected.min(self.list_len().saturating_sub(1));
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
        KeyCode::Char('/') => Action::StartFilter,
        KeyCode::Char('s') => Action::CycleSort,
        KeyCode::Char('?') => Action::ToggleHelp,
        _ => return None,
    })
}

/// Every key, for the help overlay.
pub const KEYS: &[(&str, &str)] = &[
    ("↑/k  ↓/j", "move"),
    ("g/Home  G/End", "first, last"),
    ("Enter/→/l", "open the group's partitions"),
    ("Esc/←/h", "back; close help; clear the filter"),
    ("/", "filter by name (Enter keeps, Esc clears)"),
    ("s", "sort: status, lag, time lag, name"),
    ("?", "this help"),
    ("q  Ctrl-C", "quit"),
];

#[cfg(test)]
pub mod tests {
    use super::*;
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
        app.update(Action::CollectorFailed(
            "broker 127.0.0.1:9092 unreachable".into(),
        ));
        assert!(app.problem.is_some());
        app.update(Action::Report {
            at_ms: 1_763_802_002_000,
            groups: report(),
        });
        assert!(app.problem.is_none());
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
}
