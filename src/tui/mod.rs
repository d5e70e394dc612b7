//! The terminal dashboard (ratatui + crossterm): pure state in `app`, drawing in `ui`, the event
//! loop and background collectors in `run`; what the messages screen keeps in `messages`; the DLQ tab's
//! runs of `evctl dlq` in `dlq`.

pub mod app;
pub mod dlq;
pub mod messages;
pub mod run;
pub mod ui;
