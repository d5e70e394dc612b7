//! The terminal dashboard (ratatui + crossterm). `app` holds what every screen shares (tabs,
//! the selection, the filter, problems) and routes actions to the screens; each screen is a
//! component with its own state, updates and drawing: `cluster` (overview and topic), `groups`
//! (consumer groups and a group's partitions), `queues`, `messages`, `dlq`. `ui` draws the
//! frame around them (title, footer, help, context list); `run` is the event loop and the
//! background collectors.

pub mod app;
pub mod cluster;
pub mod dlq;
pub mod groups;
pub mod messages;
pub mod queues;
pub mod run;
pub mod ui;
