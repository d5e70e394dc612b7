//! The RabbitMQ adapter: connections, publishing, reading, and the management HTTP API.

pub mod client;
pub mod dead_letters;
pub mod envelope;
pub mod headers;
pub mod management;
pub mod tail;
