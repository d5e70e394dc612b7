//! The rdkafka adapter: client configuration, error translation, metadata look-ups.

pub mod admin;
pub mod consume;
pub mod group_reader;
pub mod groups;
pub mod lag_sampler;
pub mod log_dirs;
pub mod membership;
pub mod offset_fetch;
pub mod offsets;
pub mod produce;
pub mod replay;
pub mod transport;

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rdkafka::client::{Client, ClientContext};
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::{KafkaError, KafkaResult, RDKafkaErrorCode};
use rdkafka::metadata::Metadata;
use rdkafka::producer::{BaseProducer, ProducerContext};
use rdkafka::{Offset, TopicPartitionList};

use crate::config::KafkaSettings;
use crate::error::{Error, Result};

/// Client callbacks shared by evctl's producers and consumers: keeps the last connection
/// error librdkafka reported (so "unreachable" can say why) and whether a broker refused
/// the login or the TLS handshake (so evctl stops at once instead of retrying until the
/// timeout), and prints librdkafka's logs with `-vv`.
#[derive(Debug, Default)]
pub struct EvctlContext {
    verbose: u8,
    last_error: Mutex<Option<String>>,
    refused: Mutex<Option<String>>,
    _alive: Alive,
}

/// librdkafka clients not yet destroyed (every client has an `EvctlContext`, which the client
/// drops after destroying itself).
static ALIVE: AtomicUsize = AtomicUsize::new(0);

#[derive(Debug)]
struct Alive;

impl Default for Alive {
    fn default() -> Alive {
        ALIVE.fetch_add(1, Ordering::SeqCst);
        Alive
    }
}

impl Drop for Alive {
    fn drop(&mut self) {
        ALIVE.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Waits, at most `within`, until every librdkafka client is destroyed. The process must not
/// exit before: exit runs OpenSSL's clean-up, and a client still being torn down on another
/// thread (a dashboard collector's, after a switch to a TLS context) then crashes (SIGSEGV).
pub fn wait_for_clients_to_close(within: Duration) {
    let deadline = Instant::now() + within;
    while ALIVE.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
}

impl EvctlContext {
    pub fn new(verbose: u8) -> Self {
        EvctlContext {
            verbose,
            ..EvctlContext::default()
        }
    }

    fn remember(&self, reason: &str, refused: bool) {
        if let Ok(mut last) = self.last_error.lock() {
            *last = Some(reason.to_string());
        }
        if refused && let Ok(mut slot) = self.refused.lock() {
            slot.get_or_insert_with(|| reason.to_string());
        }
    }
}

/// A client context that remembers the last error librdkafka reported on its own
/// (connection refused, SSL, SASL ...), so a failed request can say why.
pub trait LastError: ClientContext {
    fn last_error(&self) -> Option<String>;
    /// Why a broker refused this client's login or TLS handshake, if one did: retrying
    /// cannot help.
    fn refused(&self) -> Option<String>;
}

impl LastError for EvctlContext {
    fn last_error(&self) -> Option<String> {
        self.last_error.lock().ok().and_then(|e| e.clone())
    }

    fn refused(&self) -> Option<String> {
        self.refused.lock().ok().and_then(|e| e.clone())
    }
}

/// True when librdkafka's account of a failed connection says the broker refused the client's
/// credentials or certificate (or the client refused the broker's): a configuration problem
/// that no retry mends, unlike a refused or dropped connection.
pub fn is_refusal(reason: &str) -> bool {
    [
        "SASL authentication error",
        "SASL authentication failed",
        "SASL handshake failed",
        "SSL handshake failed",
        "alert bad certificate",
        "alert certificate required",
        "alert unknown ca",
        "certificate verify failed",
    ]
    .iter()
    .any(|s| reason.contains(s))
}

impl ClientContext for EvctlContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        if matches!(
            level,
            RDKafkaLogLevel::Emerg
                | RDKafkaLogLevel::Alert
                | RDKafkaLogLevel::Critical
                | RDKafkaLogLevel::Error
        ) {
            self.remember(log_message, is_refusal(log_message));
        }
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
        let refused = matches!(
            error.rdkafka_error_code(),
            Some(
                RDKafkaErrorCode::Authentication
                    | RDKafkaErrorCode::SaslAuthenticationFailed
                    | RDKafkaErrorCode::SSL
            )
        ) || is_refusal(reason);
        self.remember(reason, refused);
    }
}

/// True for the error a consumer reports when its principal may not use its `group.id`. Readers
/// that only assign partitions carry a group id that librdkafka's assign() requires but that
/// nothing is committed under; a principal allowed the topics but not that group may still
/// read, so for them this error is news, not a failure.
pub fn is_group_refusal(e: &KafkaError) -> bool {
    e.rdkafka_error_code() == Some(RDKafkaErrorCode::GroupAuthorizationFailed)
}

/// What an error event from a consumer's poll means to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFailure {
    /// The topic or partition is gone.
    Missing,
    /// Reading cannot go on: no broker at all, or refused credentials.
    Fatal,
    /// A broker or connection failed; librdkafka retries by itself.
    Transient,
}

pub fn read_failure(e: &KafkaError) -> ReadFailure {
    match e.rdkafka_error_code() {
        Some(
            RDKafkaErrorCode::UnknownTopicOrPartition
            | RDKafkaErrorCode::UnknownTopic
            | RDKafkaErrorCode::UnknownPartition,
        ) => ReadFailure::Missing,
        Some(
            RDKafkaErrorCode::AllBrokersDown
            | RDKafkaErrorCode::TopicAuthorizationFailed
            | RDKafkaErrorCode::GroupAuthorizationFailed
            | RDKafkaErrorCode::SaslAuthenticationFailed
            | RDKafkaErrorCode::Authentication,
        ) => ReadFailure::Fatal,
        _ => ReadFailure::Transient,
    }
}

/// Fetch settings for readers that go through a topic as fast as they can (`tail`, a DLQ
/// replay): eager fetches and a local queue of 30,000 messages. librdkafka pauses fetching for
/// `fetch.queue.backoff.ms` (1 s by default) whenever that queue is full; at 10 ms a reader
/// that keeps up never waits, and the smaller queue holds a 1,000,000-message tail at about
/// 42 MiB (108 MiB with 200,000 queued, which stalled a second at a time; 56-75 MiB with
/// 50,000 once librdkafka's allocations went to mimalloc, which keeps freed pages longer).
pub const READER_FETCH: &[(&str, &str)] = &[
    ("fetch.wait.max.ms", "100"),
    ("queued.min.messages", "30000"),
    ("fetch.queue.backoff.ms", "10"),
];

/// A client whose queued events evctl serves itself while it waits for an answer: serving
/// hands librdkafka's logs and errors (a refused login, a refused certificate) to the client's
/// context. Only for clients with nothing assigned yet: serving a consumer would take a message.
pub trait Served {
    type Context: LastError;
    fn rd_client(&self) -> &Client<Self::Context>;
    /// Serves what is queued, without waiting.
    fn serve(&self);
}

impl<C: ConsumerContext + LastError> Served for BaseConsumer<C> {
    type Context = C;
    fn rd_client(&self) -> &Client<C> {
        Consumer::client(self)
    }
    fn serve(&self) {
        let _ = self.poll(Duration::ZERO);
    }
}

impl<C: ProducerContext + LastError> Served for BaseProducer<C> {
    type Context = C;
    fn rd_client(&self) -> &Client<C> {
        rdkafka::producer::Producer::client(self)
    }
    fn serve(&self) {
        self.poll(Duration::ZERO);
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
            | RDKafkaErrorCode::SSL,
        ) => refusal_error(
            settings,
            &context
                .refused()
                .or_else(|| context.last_error())
                .unwrap_or_else(|| e.to_string()),
        ),
        Some(
            RDKafkaErrorCode::TopicAuthorizationFailed
            | RDKafkaErrorCode::GroupAuthorizationFailed
            | RDKafkaErrorCode::ClusterAuthorizationFailed
            | RDKafkaErrorCode::TransactionalIdAuthorizationFailed,
        ) => Error::Denied(format!(
            "{what}: not authorized on {}: {e} (see the ACLs for this client's principal)",
            settings.brokers
        )),
        _ => Error::Broker(format!("{what}: {e}{reason}")),
    }
}

/// The error for a broker that refused this client's login or TLS handshake: the security
/// protocol, mechanism and user from the settings (never a secret), then librdkafka's reason,
/// which names the listener.
pub fn refusal_error(settings: &KafkaSettings, reason: &str) -> Error {
    let property = |key: &str| {
        settings
            .properties
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let protocol = property("security.protocol")
        .unwrap_or("plaintext")
        .to_ascii_uppercase();
    let mut how = protocol.clone();
    if protocol.starts_with("SASL") {
        let mechanism = property("sasl.mechanism")
            .or(property("sasl.mechanisms"))
            .unwrap_or("GSSAPI");
        how.push_str(&format!(", SASL mechanism {mechanism}"));
        if let Some(user) = property("sasl.username") {
            how.push_str(&format!(", user {user}"));
        }
    }
    let has_certificate = [
        "ssl.certificate.location",
        "ssl.certificate.pem",
        "ssl.keystore.location",
    ]
    .iter()
    .any(|k| property(k).is_some());
    let hint = if !has_certificate && reason.contains("certificate") && protocol.contains("SSL") {
        " (the listener may require a client certificate: set ssl.certificate.location and \
         ssl.key.location)"
    } else {
        ""
    };
    Error::Denied(format!(
        "Kafka at {} ({how}) refused the connection: {}{hint}",
        settings.brokers,
        reason.trim()
    ))
}

/// How long one metadata request may wait before evctl serves the client's events and asks
/// again: the delay before a refused login is noticed.
const METADATA_SLICE: Duration = Duration::from_millis(200);

/// Metadata for one topic (or all topics with `None`), with a missing topic as `NotFound` and
/// one this client may not see as `Denied`. Asks in short slices until the timeout, serving the
/// client's events in between, so that a refused login or certificate ends the wait at once.
pub fn fetch_metadata<S: Served>(
    served: &S,
    topic: Option<&str>,
    settings: &KafkaSettings,
) -> Result<Metadata> {
    let client = served.rd_client();
    let deadline = Instant::now() + settings.timeout;
    let metadata = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match client.fetch_metadata(topic, left.min(METADATA_SLICE)) {
            Ok(metadata) => break metadata,
            Err(e) => {
                served.serve();
                if let Some(reason) = client.context().refused() {
                    return Err(refusal_error(settings, &reason));
                }
                let waiting = matches!(
                    e.rdkafka_error_code(),
                    Some(
                        RDKafkaErrorCode::OperationTimedOut
                            | RDKafkaErrorCode::BrokerTransportFailure
                            | RDKafkaErrorCode::AllBrokersDown
                    )
                );
                if !waiting || Instant::now() >= deadline {
                    return Err(broker_error(
                        "fetching metadata",
                        &e,
                        settings,
                        client.context().as_ref(),
                    ));
                }
            }
        }
    };
    if let Some(name) = topic {
        match metadata.topics().iter().find(|t| t.name() == name) {
            Some(t) if t.error().is_none() && !t.partitions().is_empty() => {}
            Some(t)
                if t.error().map(RDKafkaErrorCode::from)
                    == Some(RDKafkaErrorCode::TopicAuthorizationFailed) =>
            {
                return Err(Error::Denied(format!(
                    "not authorized to use topic {name:?} on {}: the broker refused this \
                     client's principal (TopicAuthorizationFailed; see the topic's ACLs)",
                    settings.brokers
                )));
            }
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

/// Commits `tpl` for `consumer`'s group and waits for the broker to confirm. While a
/// coordinator moves (its broker died, or the new one is still loading the group's offsets)
/// librdkafka gives up on the first answer; committing the same offsets again is harmless, so
/// it is retried until `timeout` has passed since the first try.
pub fn commit_sync<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    tpl: &TopicPartitionList,
    timeout: Duration,
) -> KafkaResult<()> {
    use rdkafka::consumer::CommitMode;
    use rdkafka::error::RDKafkaErrorCode as Code;
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(50);
    loop {
        match consumer.commit(tpl, CommitMode::Sync) {
            Err(KafkaError::ConsumerCommit(
                Code::CoordinatorLoadInProgress
                | Code::CoordinatorNotAvailable
                | Code::NotCoordinator
                | Code::RequestTimedOut
                | Code::NetworkException
                | Code::BrokerTransportFailure
                | Code::OperationTimedOut,
            )) if Instant::now() + pause < deadline => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_secs(1));
            }
            answer => return answer,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(properties: &[(&str, &str)]) -> KafkaSettings {
        KafkaSettings {
            brokers: "127.0.0.1:9093".into(),
            properties: properties
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            timeout: Duration::from_secs(10),
        }
    }

    #[test]
    fn refusals_are_told_from_connection_failures() {
        // librdkafka's words for a refused login, a refused certificate and an untrusted broker.
        assert!(is_refusal(
            "sasl_ssl://127.0.0.1:9093/bootstrap: SASL authentication error: Authentication \
             failed during authentication due to invalid credentials with SASL mechanism \
             SCRAM-SHA-512 (after 310ms in state AUTH_REQ)"
        ));
        assert!(is_refusal(
            "ssl://127.0.0.1:9095/bootstrap: Receive failed: error:0A000412:SSL \
             routines::sslv3 alert bad certificate: SSL alert number 42"
        ));
        assert!(is_refusal(
            "SSL handshake failed: error:0A000086:SSL routines::certificate verify failed"
        ));
        // Not refusals: nothing answers, or the connection dropped.
        assert!(!is_refusal(
            "127.0.0.1:9092/bootstrap: Connect to ipv4#127.0.0.1:9092 failed: Connection refused"
        ));
        assert!(!is_refusal(
            "127.0.0.1:9092/1: Disconnected (after 12ms in state UP)"
        ));
    }

    #[test]
    fn a_refusal_names_protocol_mechanism_and_user_but_no_secret() {
        let e = refusal_error(
            &settings(&[
                ("security.protocol", "sasl_ssl"),
                ("sasl.mechanism", "SCRAM-SHA-512"),
                ("sasl.username", "svc"),
                ("sasl.password", "hunter2"),
            ]),
            "sasl_ssl://127.0.0.1:9093/bootstrap: SASL authentication error",
        );
        let text = e.to_string();
        assert_eq!(e.exit_code(), 3);
        assert!(
            text.starts_with(
                "Kafka at 127.0.0.1:9093 (SASL_SSL, SASL mechanism SCRAM-SHA-512, user svc) \
                 refused the connection: sasl_ssl://127.0.0.1:9093/bootstrap"
            ),
            "{text}"
        );
        assert!(!text.contains("hunter2"));
        // A TLS listener that wants a certificate, asked without one, gets a hint.
        let e = refusal_error(
            &settings(&[("security.protocol", "SSL")]),
            "Receive failed: sslv3 alert bad certificate",
        );
        assert!(e.to_string().ends_with(
            "(the listener may require a client certificate: set ssl.certificate.location and \
             ssl.key.location)"
        ));
        let e = refusal_error(
            &settings(&[
                ("security.protocol", "SSL"),
                ("ssl.certificate.location", "c.pem"),
            ]),
            "Receive failed: sslv3 alert bad certificate",
        );
        assert!(!e.to_string().contains("may require"));
    }
}
