//! The rdkafka adapter: client configuration, error translation, metadata look-ups.

pub mod admin;
pub mod consume;
pub mod groups;
pub mod membership;
pub mod offset_fetch;
pub mod offsets;
pub mod produce;
pub mod replay;

use std::sync::Mutex;
use std::time::Duration;

use rdkafka::client::{Client, ClientContext};
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::{BaseConsumer, ConsumerContext};
use rdkafka::error::{KafkaError, KafkaResult, RDKafkaErrorCode};
use rdkafka::metadata::Metadata;
use rdkafka::{Offset, TopicPartitionList};

use crate::config::KafkaSettings;
use crate::envelope::RecordRef;
use crate::error::{Error, Result};

/// Client callbacks shared by evctl's producers and consumers: keeps the last connection
/// error librdkafka reported (so "unreachable" can say why) and prints librdkafka's logs
/// with `-vv`.
#[derive(Debug, Default)]
pub struct EvctlContext {
    verbose: u8,
    last_error: Mutex<Option<String>>,
}

impl EvctlContext {
    pub fn new(verbose: u8) -> Self {
        EvctlContext {
            verbose,
            last_error: Mutex::new(None),
        }
    }
}

/// A client context that remembers the last error librdkafka reported on its own
/// (connection refused, SSL, SASL ...), so a failed request can say why.
pub trait LastError: ClientContext {
    fn last_error(&self) -> Option<String>;
}

impl LastError for EvctlContext {
    fn last_error(&self) -> Option<String> {
        self.last_error.lock().ok().and_then(|e| e.clone())
    }
}

impl ClientContext for EvctlContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        if self.verbose >= 2
            || (self.verbose == 1
                && matches!(
                    level,
                    RDKafkaLogLevel::Emerg
                        | RDKafkaLogLevel::Alert
                        | RDKafkaLogLevel::Critical
                        | RDKafkaLogLevel::Error
                        | RDKafkaLogLevel::Warning
                ))
        {
            eprintln!("librdkafka {fac}: {log_message}");
        }
    }

    fn error(&self, error: KafkaError, reason: &str) {
        // End of partition travels as an error event; it is news, not a failure.
        if error.rdkafka_error_code() == Some(RDKafkaErrorCode::PartitionEOF) {
            return;
        }
        if self.verbose >= 1 {
            eprintln!("librdkafka: {error}: {reason}");
        }
        if let Ok(mut last) = self.last_error.lock() {
            *last = Some(reason.to_string());
        }
    }
}

impl ConsumerContext for EvctlContext {}

/// The librdkafka configuration for `settings`: our defaults first, then the context's and
/// `-X` properties, which override them.
pub fn client_config(settings: &KafkaSettings, verbose: u8) -> ClientConfig {
    let mut config = ClientConfig::new();
    config.set("bootstrap.servers", &settings.brokers);
    // Never create a topic by asking about it: a typo must be an error, not a new topic.
    config.set("allow.auto.create.topics", "false");
    let timeout_ms = settings.timeout.as_millis().max(1).to_string();
    config.set("socket.connection.setup.timeout.ms", &timeout_ms);
    // librdkafka waits half of this before opening a connection to a broker it has just
    // learned of; the default 100 ms shows in every short command (kcat pays it too).
    config.set("reconnect.backoff.ms", "10");
    if verbose >= 2 {
        config.set("debug", "broker,topic,msg");
    }
    for (key, value) in &settings.properties {
        config.set(key, value);
    }
    config.set_log_level(if verbose >= 2 {
        RDKafkaLogLevel::Debug
    } else {
        RDKafkaLogLevel::Warning
    });
    config
}

/// A consumer used only for metadata and offset look-ups: no group, nothing committed.
pub fn lookup_consumer(
    settings: &KafkaSettings,
    verbose: u8,
) -> Result<BaseConsumer<EvctlContext>> {
    let mut config = client_config(settings, verbose);
    config.set("enable.auto.commit", "false");
    config
        .create_with_context(EvctlContext::new(verbose))
        .map_err(|e| configuration_error(&e))
}

/// Turns a failure to create a client into a usage error naming the bad property.
pub fn configuration_error(e: &KafkaError) -> Error {
    match e {
        KafkaError::ClientConfig(_, desc, key, value) => Error::usage(format!(
            "invalid Kafka client property {key}={value}: {desc}"
        )),
        KafkaError::ClientCreation(msg) => {
            Error::usage(format!("cannot create Kafka client: {msg}"))
        }
        other => Error::usage(format!("cannot create Kafka client: {other}")),
    }
}

/// Translates a broker-facing failure into our error, naming the brokers and, when librdkafka
/// said why it could not connect, the reason.
pub fn broker_error(
    what: &str,
    e: &KafkaError,
    settings: &KafkaSettings,
    context: &impl LastError,
) -> Error {
    let code = e.rdkafka_error_code();
    let reason = context
        .last_error()
        .map(|r| format!(" (last error: {r})"))
        .unwrap_or_default();
    match code {
        Some(
            RDKafkaErrorCode::BrokerTransportFailure
            | RDKafkaErrorCode::AllBrokersDown
            | RDKafkaErrorCode::OperationTimedOut
            | RDKafkaErrorCode::RequestTimedOut
            | RDKafkaErrorCode::MessageTimedOut
            | RDKafkaErrorCode::Resolve
            | RDKafkaErrorCode::NetworkException,
        ) => Error::Unavailable(format!(
            "{what}: cannot reach Kafka at {} within {}: {e}{reason}",
            settings.brokers,
            humantime::format_duration(settings.timeout)
        )),
        Some(
            RDKafkaErrorCode::Authentication
            | RDKafkaErrorCode::SaslAuthenticationFailed
            | RDKafkaErrorCode::SSL
            | RDKafkaErrorCode::TopicAuthorizationFailed
            | RDKafkaErrorCode::GroupAuthorizationFailed
            | RDKafkaErrorCode::ClusterAuthorizationFailed,
        ) => Error::Unavailable(format!(
            "{what}: Kafka at {} refused access: {e}{reason}",
            settings.brokers
        )),
        _ => Error::Broker(format!("{what}: {e}{reason}")),
    }
}

/// Metadata for one topic (or all topics with `None`), with a missing topic as `NotFound`.
pub fn fetch_metadata<C: LastError>(
    client: &Client<C>,
    topic: Option<&str>,
    settings: &KafkaSettings,
) -> Result<Metadata> {
    let metadata = client
        .fetch_metadata(topic, settings.timeout)
        .map_err(|e| broker_error("fetching metadata", &e, settings, client.context().as_ref()))?;
    if let Some(name) = topic {
        match metadata.topics().iter().find(|t| t.name() == name) {
            Some(t) if t.error().is_none() && !t.partitions().is_empty() => {}
            Some(t) => {
                let why = t
                    .error()
                    .map(|e| RDKafkaErrorCode::from(e).to_string())
                    .unwrap_or_else(|| "it has no partitions".into());
                return Err(Error::NotFound(format!(
                    "topic {name:?} not found on {}: {why} (create it with `evctl topics create {name}`)",
                    settings.brokers
                )));
            }
            None => {
                return Err(Error::NotFound(format!(
                    "topic {name:?} not found on {}",
                    settings.brokers
                )));
            }
        }
    }
    Ok(metadata)
}

/// The low and high watermarks of one partition.
pub fn watermarks(
    consumer: &BaseConsumer<EvctlContext>,
    topic: &str,
    partition: i32,
    settings: &KafkaSettings,
) -> Result<(i64, i64)> {
    use rdkafka::consumer::Consumer;
    consumer
        .fetch_watermarks(topic, partition, settings.timeout)
        .map_err(|e| {
            broker_error(
                &format!("reading watermarks of {topic}/{partition}"),
                &e,
                settings,
                consumer.context().as_ref(),
            )
        })
}

/// Adds `topic`/`partition` at `offset` to `tpl` in constant time. (rdkafka's
/// `add_partition_offset` looks the entry up again by a linear search, which makes a list of
/// thousands of partitions quadratic to build.)
pub fn add_at(
    tpl: &mut TopicPartitionList,
    topic: &str,
    partition: i32,
    offset: Offset,
) -> KafkaResult<()> {
    tpl.add_partition(topic, partition).set_offset(offset)
}

/// Partition ids of `topic`, in order.
pub fn partitions_of(metadata: &Metadata, topic: &str) -> Vec<i32> {
    let mut ids: Vec<i32> = metadata
        .topics()
        .iter()
        .filter(|t| t.name() == topic)
        .flat_map(|t| t.partitions().iter().map(|p| p.id()))
        .collect();
    ids.sort_unstable();
    ids
}

/// How long to wait for a flush or a final commit: the timeout plus a margin for the
/// broker's own answer.
pub fn grace(timeout: Duration) -> Duration {
    timeout + Duration::from_secs(2)
}

/// A consumed record with its key and value as shown (decoded, or as they are).
pub fn record_ref<'a>(
    message: &'a rdkafka::message::BorrowedMessage<'_>,
    key: Option<&'a [u8]>,
    value: Option<&'a [u8]>,
) -> RecordRef<'a> {
    use rdkafka::Message;
    RecordRef {
        topic: message.topic(),
        partition: message.partition(),
        offset: message.offset(),
        timestamp: message.timestamp().to_millis(),
        key,
        value,
    }
}
