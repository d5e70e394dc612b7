//! evctl: produce, consume and inspect events on Apache Kafka and RabbitMQ.
//!
//! The binary is a thin shell over this library so that tests, benches and fuzz targets
//! reach the pure parts (envelope, format strings, filters, start positions) directly.

pub mod amqp;
pub mod amqp_url;
pub mod cli;
pub mod commands;
pub mod config;
pub mod delivery;
pub mod dlq;
pub mod envelope;
pub mod error;
pub mod filter;
pub mod http;
pub mod input;
pub mod kafka;
pub mod lag;
pub mod metrics;
pub mod output;
pub mod pace;
pub mod schema;
pub mod start;
pub mod tui;
