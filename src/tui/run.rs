//! The dashboard's event loop: keys and collector reports become actions, every change is
//! drawn. The collector samples on its own thread and sends owned reports over a channel, so a
//! slow or unreachable broker never stops the screen from answering.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use crossterm::event::{self, Event, KeyEventKind};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};

use super::app::{Action, App, action_for};
use super::ui::render;
use crate::commands::lag::LagSampler;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::start::now_ms;

/// What the lag dashboard samples, and how often.
pub struct LagDashboard {
    pub groups: Vec<String>,
    pub topics: Vec<String>,
    pub samples: u32,
    pub refresh: Duration,
}

/// Puts the terminal back however the dashboard ends: return, error or panic.
struct TerminalGuard;

impl TerminalGuard {
    fn enter() -> Result<TerminalGuard> {
        enable_raw_mode().map_err(Error::Output)?;
        let guard = TerminalGuard;
        execute!(io::stdout(), EnterAlternateScreen).map_err(Error::Output)?;
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
    let _ = execute!(io::stdout(), LeaveAlternateScreen);
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

pub fn run_lag_dashboard(cfg: &Config, dash: &LagDashboard) -> Result<()> {
    if !cfg.stdout_is_terminal {
        return Err(Error::usage(
            "the dashboard draws on a terminal; for pipes and scripts use `evctl lag --watch -o jsonl`",
        ));
    }
    let stop = Arc::new(AtomicBool::new(false));
    let reports = collect(cfg.clone(), dash, Arc::clone(&stop));
    let _guard = TerminalGuard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout())).map_err(Error::Output)?;
    let mut app = App::new(cfg.kafka.brokers.clone());
    let result = event_loop(&mut terminal, &mut app, &reports);
    stop.store(true, Ordering::Relaxed);
    result
}

/// Draws, then waits up to 100 ms for a key, then takes whatever the collector sent.
fn event_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    reports: &Receiver<Action>,
) -> Result<()>
where
    B::Error: Into<io::Error>,
{
    while !app.quit {
        terminal
            .draw(|f| render(f, app))
            .map_err(|e| Error::Output(e.into()))?;
        if event::poll(Duration::from_millis(100)).map_err(Error::Output)? {
            match event::read().map_err(Error::Output)? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    if let Some(action) = action_for(app, key) {
                        app.update(action);
                    }
                }
                // A resize is redrawn by the next loop.
                _ => {}
            }
        }
        while let Ok(action) = reports.try_recv() {
            app.update(action);
        }
    }
    Ok(())
}

/// Samples on a thread of its own every `refresh`; a failure is reported and retried.
fn collect(cfg: Config, dash: &LagDashboard, stop: Arc<AtomicBool>) -> Receiver<Action> {
    let (tx, rx) = channel();
    let (groups, topics, samples, refresh) = (
        dash.groups.clone(),
        dash.topics.clone(),
        dash.samples,
        dash.refresh,
    );
    std::thread::spawn(move || {
        let mut sampler: Option<LagSampler> = None;
        while !stop.load(Ordering::Relaxed) {
            let started = std::time::Instant::now();
            let result = match &mut sampler {
                Some(s) => s.sample(),
                None => LagSampler::new(&cfg, &groups, &topics, samples).and_then(|mut s| {
                    let first = s.sample();
                    sampler = Some(s);
                    first
                }),
            };
            let action = match result {
                Ok((_, groups)) => Action::Report {
                    at_ms: now_ms(),
                    groups,
                },
                Err(e) => Action::CollectorFailed(e.to_string()),
            };
            if tx.send(action).is_err() {
                return;
            }
            let wait = refresh.saturating_sub(started.elapsed());
            let until = std::time::Instant::now() + wait;
            while std::time::Instant::now() < until && !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    });
    rx
}
