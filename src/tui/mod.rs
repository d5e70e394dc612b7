//! The terminal dashboard (ratatui + crossterm): pure state in `app`, drawing in `ui`, the event
//! loop and background collector in `run`.

pub mod app;
pub mod run;
pub mod ui;
