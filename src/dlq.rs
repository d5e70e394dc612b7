//! Dead-letter metadata: where a message came from and why it failed, read from the headers
//! that Spring Kafka, Kafka Connect, Kafka Streams, SmallRye, RabbitMQ and Spring AMQP write
//! (shared/reference/conventions.md §1-2), and evctl's own replay headers.

use std::collections::BTreeMap;
use std::fmt;

use lapin::types::{AMQPValue, FieldTable};
use serde::{Deserialize, Serialize};

/// evctl's replay headers: not `x-` (RabbitMQ 4 drops client `x-` headers).
pub const REPLAY_COUNT: &str = "evctl-replay-count";
pub const REPLAYED_AT: &str = "evctl-replayed-at";
pub const REPLAYED_FROM: &str = "evctl-replayed-from";

/// What a dead-lettered message says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DeadLetter {
    /// Who wrote the headers: spring-kafka, kafka-connect, kafka-streams, smallrye,
    /// rabbitmq, spring-amqp.
    pub convention: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partition: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_ms: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exchange: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub routing_keys: Vec<String>,
    /// RabbitMQ's reason: rejected, expired, maxlen, delivery_limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Times dead-lettered (RabbitMQ's x-death count).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// The exception class.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exception: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl DeadLetter {
    /// What failed, for grouping: the exception class, else the reason.
    pub fn error(&self) -> Option<&str> {
        self.exception.as_deref().or(self.reason.as_deref())
    }

    /// Where it came from, for grouping: `topic/partition`, or `queue` (exchange, keys).
    pub fn origin(&self) -> Option<String> {
        match (&self.topic, &self.queue, &self.exchange) {
            (Some(t), _, _) => Some(match self.partition {
                Some(p) => format!("{t}/{p}"),
                None => t.clone(),
            }),
            (None, Some(q), _) => Some(format!("queue {q}")),
            (None, None, Some(x)) => Some(format!(
                "exchange {x:?} key {}",
                self.routing_keys.join(",")
            )),
            _ => None,
        }
    }
}

/// A header that is present but cannot be read as its convention says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError {
    pub header: String,
    pub problem: String,
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "header {}: {}", self.header, self.problem)
    }
}

fn bad(header: &str, problem: impl Into<String>) -> HeaderError {
    HeaderError {
        header: header.to_string(),
        problem: problem.into(),
    }
}

/// Headers a replay drops unless asked to keep them: every convention's dead-letter headers
/// (and Spring's retry-topic bookkeeping, which would send the message back to a retry topic).
pub fn is_dead_letter_header(name: &str) -> bool {
    const PREFIXES: [&str; 10] = [
        "kafka_dlt-",
        "retry_topic-",
        "__connect.errors.",
        "__streams.errors.",
        "dead-letter-",
        "x-death",
        "x-first-death-",
        "x-last-death-",
        "x-original-",
        "x-exception-",
    ];
    PREFIXES.iter().any(|p| name.starts_with(p))
}

/// Kafka headers as (name, value) pairs, in record order.
pub type KafkaHeaders<'a> = [(&'a str, Option<&'a [u8]>)];

fn first<'a>(headers: &KafkaHeaders<'a>, name: &str) -> Option<Option<&'a [u8]>> {
    headers.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
}

fn text(headers: &KafkaHeaders<'_>, name: &str) -> Result<Option<String>, HeaderError> {
    match first(headers, name) {
        None | Some(None) => Ok(None),
        Some(Some(bytes)) => std::str::from_utf8(bytes)
            .map(|s| Some(s.to_string()))
            .map_err(|_| bad(name, "not UTF-8 text")),
    }
}

fn text_number<T: std::str::FromStr>(
    headers: &KafkaHeaders<'_>,
    name: &str,
) -> Result<Option<T>, HeaderError> {
    match text(headers, name)? {
        None => Ok(None),
        Some(s) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| bad(name, format!("{s:?} is not a number"))),
    }
}

fn big_endian<const N: usize>(
    headers: &KafkaHeaders<'_>,
    name: &str,
) -> Result<Option<[u8; N]>, HeaderError> {
    match first(headers, name) {
        None | Some(None) => Ok(None),
        Some(Some(bytes)) => <[u8; N]>::try_from(bytes).map(Some).map_err(|_| {
            bad(
                name,
                format!(
                    "{} bytes, expected a {N}-byte big-endian number",
                    bytes.len()
                ),
            )
        }),
    }
}

/// Reads a Kafka record's dead-letter headers; `None` when it carries none.
pub fn decode_kafka(headers: &KafkaHeaders<'_>) -> Result<Option<DeadLetter>, HeaderError> {
    let has = |prefix: &str| headers.iter().any(|(k, _)| k.starts_with(prefix));
    if has("kafka_dlt-") {
        return Ok(Some(DeadLetter {
            convention: "spring-kafka",
            topic: text(headers, "kafka_dlt-original-topic")?,
            partition: big_endian::<4>(headers, "kafka_dlt-original-partition")?
                .map(i32::from_be_bytes),
            offset: big_endian::<8>(headers, "kafka_dlt-original-offset")?.map(i64::from_be_bytes),
            timestamp_ms: big_endian::<8>(headers, "kafka_dlt-original-timestamp")?
                .map(i64::from_be_bytes),
            group: text(headers, "kafka_dlt-original-consumer-group")?,
            // Spring wraps what a listener throws in its own ListenerExecutionFailedException
            // and names the listener's exception as the cause: the cause is the error.
            exception: match text(headers, "kafka_dlt-exception-cause-fqcn")? {
                Some(c) => Some(c),
                None => match text(headers, "kafka_dlt-exception-fqcn")? {
                    Some(c) => Some(c),
                    None => text(headers, "kafka_dlt-key-exception-fqcn")?,
                },
            },
            message: match text(headers, "kafka_dlt-exception-message")? {
                Some(m) => Some(m),
                None => text(headers, "kafka_dlt-key-exception-message")?,
            },
            ..DeadLetter::default()
        }));
    }
    if has("__connect.errors.") {
        return Ok(Some(DeadLetter {
            convention: "kafka-connect",
            topic: text(headers, "__connect.errors.topic")?,
            partition: text_number(headers, "__connect.errors.partition")?,
            offset: text_number(headers, "__connect.errors.offset")?,
            exception: text(headers, "__connect.errors.exception.class.name")?,
            message: text(headers, "__connect.errors.exception.message")?,
            ..DeadLetter::default()
        }));
    }
    if has("__streams.errors.") {
        return Ok(Some(DeadLetter {
            convention: "kafka-streams",
            topic: text(headers, "__streams.errors.topic")?,
            partition: text_number(headers, "__streams.errors.partition")?,
            offset: text_number(headers, "__streams.errors.offset")?,
            exception: text(headers, "__streams.errors.exception")?,
            message: text(headers, "__streams.errors.message")?,
            ..DeadLetter::default()
        }));
    }
    if has("dead-letter-") {
        return Ok(Some(DeadLetter {
            convention: "smallrye",
            topic: text(headers, "dead-letter-topic")?,
            partition: text_number(headers, "dead-letter-partition")?,
            offset: text_number(headers, "dead-letter-offset")?,
            exception: text(headers, "dead-letter-exception-class-name")?,
            message: text(headers, "dead-letter-reason")?,
            ..DeadLetter::default()
        }));
    }
    Ok(None)
}

/// How many times evctl already replayed this message (0 without the header).
pub fn replay_count(headers: &KafkaHeaders<'_>) -> Result<u32, HeaderError> {
    Ok(text_number(headers, REPLAY_COUNT)?.unwrap_or(0))
}

/// The exception class on the first line of a Java stack trace ("com.x.Boom: message").
pub fn class_from_stacktrace(trace: &str) -> Option<String> {
    let line = trace.lines().next()?.trim();
    let class = line.split(':').next()?.trim();
    (!class.is_empty() && !class.contains(' ')).then(|| class.to_string())
}

/// Reads a RabbitMQ message's dead-letter headers: `x-death` (newest entry first: where it
/// last failed), `x-first-death-*`, or Spring AMQP's `x-original-*` / `x-exception-*`.
pub fn decode_amqp(headers: &FieldTable) -> Result<Option<DeadLetter>, HeaderError> {
    let get = |name: &str| headers.inner().get(name);
    let text = |name: &str| -> Result<Option<String>, HeaderError> {
        match get(name) {
            None | Some(AMQPValue::Void) => Ok(None),
            Some(v) => amqp_text(v)
                .map(Some)
                .ok_or_else(|| bad(name, "not a string")),
        }
    };
    if let Some(deaths) = get("x-death") {
        let AMQPValue::FieldArray(entries) = deaths else {
            return Err(bad("x-death", "not an array of tables"));
        };
        let Some(newest) = entries.as_slice().first() else {
            return Err(bad("x-death", "an empty array"));
        };
        let AMQPValue::FieldTable(entry) = newest else {
            return Err(bad("x-death", "its first entry is not a table"));
        };
        let field = |name: &str| entry.inner().get(name);
        let field_text = |name: &str| -> Result<Option<String>, HeaderError> {
            match field(name) {
                None => Ok(None),
                Some(v) => amqp_text(v)
                    .map(Some)
                    .ok_or_else(|| bad(&format!("x-death[0].{name}"), "not a string")),
            }
        };
        let count = match field("count") {
            None => None,
            Some(v) => Some(amqp_int(v).ok_or_else(|| bad("x-death[0].count", "not an integer"))?),
        };
        let time = match field("time") {
            None => None,
            Some(AMQPValue::Timestamp(t)) => {
                // A time too far out to be milliseconds is unknown, not an error.
                i64::try_from(*t).ok().and_then(|t| t.checked_mul(1000))
            }
            Some(_) => return Err(bad("x-death[0].time", "not a timestamp")),
        };
        let routing_keys = match field("routing-keys") {
            None => Vec::new(),
            Some(AMQPValue::FieldArray(keys)) => keys
                .as_slice()
                .iter()
                .map(|k| amqp_text(k).ok_or_else(|| bad("x-death[0].routing-keys", "not strings")))
                .collect::<Result<Vec<_>, _>>()?,
            Some(_) => return Err(bad("x-death[0].routing-keys", "not an array")),
        };
        return Ok(Some(DeadLetter {
            convention: "rabbitmq",
            queue: field_text("queue")?,
            exchange: field_text("exchange")?,
            routing_keys,
            reason: field_text("reason")?,
            count,
            timestamp_ms: time,
            ..DeadLetter::default()
        }));
    }
    if get("x-first-death-queue").is_some() {
        return Ok(Some(DeadLetter {
            convention: "rabbitmq",
            queue: text("x-first-death-queue")?,
            exchange: text("x-first-death-exchange")?,
            reason: text("x-first-death-reason")?,
            ..DeadLetter::default()
        }));
    }
    if get("x-original-exchange").is_some() || get("x-exception-message").is_some() {
        let trace = text("x-exception-stacktrace")?;
        return Ok(Some(DeadLetter {
            convention: "spring-amqp",
            exchange: text("x-original-exchange")?,
            routing_keys: text("x-original-routingKey")?.into_iter().collect(),
            exception: trace.as_deref().and_then(class_from_stacktrace),
            message: text("x-exception-message")?,
            ..DeadLetter::default()
        }));
    }
    Ok(None)
}

/// evctl's replay count on a RabbitMQ message: an integer or its text.
pub fn amqp_replay_count(headers: &FieldTable) -> Result<u32, HeaderError> {
    match headers.inner().get(REPLAY_COUNT) {
        None => Ok(0),
        Some(v) => amqp_int(v)
            .and_then(|n| u32::try_from(n).ok())
            .or_else(|| amqp_text(v).and_then(|t| t.trim().parse().ok()))
            .ok_or_else(|| bad(REPLAY_COUNT, "not a count")),
    }
}

fn amqp_text(v: &AMQPValue) -> Option<String> {
    match v {
        AMQPValue::LongString(s) => std::str::from_utf8(s.as_bytes()).ok().map(str::to_string),
        AMQPValue::ShortString(s) => Some(s.as_str().to_string()),
        _ => None,
    }
}

fn amqp_int(v: &AMQPValue) -> Option<i64> {
    match v {
        AMQPValue::ShortShortInt(n) => Some(i64::from(*n)),
        AMQPValue::ShortShortUInt(n) => Some(i64::from(*n)),
        AMQPValue::ShortInt(n) => Some(i64::from(*n)),
        AMQPValue::ShortUInt(n) => Some(i64::from(*n)),
        AMQPValue::LongInt(n) => Some(i64::from(*n)),
        AMQPValue::LongUInt(n) => Some(i64::from(*n)),
        AMQPValue::LongLongInt(n) => Some(*n),
        _ => None,
    }
}

/// What a replay did, printed at the end.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub dry_run: bool,
    pub replayed: u64,
    /// Left in place, by why: not selected, no origin, the loop guard, malformed headers.
    pub skipped: BTreeMap<String, u64>,
    pub failed: u64,
    pub by_target: BTreeMap<String, u64>,
}

impl Summary {
    pub fn skip(&mut self, why: &str) {
        *self.skipped.entry(why.to_string()).or_default() += 1;
    }

    pub fn replayed_to(&mut self, target: &str) {
        self.replayed += 1;
        *self.by_target.entry(target.to_string()).or_default() += 1;
    }

    /// Skips that need someone's attention (everything but a filter's choice).
    pub fn problems(&self) -> u64 {
        self.skipped
            .iter()
            .filter(|(why, _)| why.as_str() != NOT_SELECTED)
            .map(|(_, n)| n)
            .sum()
    }

    /// The summary in one line: "replayed 3 (3 to orders), skipped 0, failed 0".
    pub fn describe(&self) -> String {
        let verb = if self.dry_run {
            "would replay"
        } else {
            "replayed"
        };
        let mut line = format!("{verb} {}", self.replayed);
        for (target, n) in &self.by_target {
            line.push_str(&format!(" ({n} to {target})"));
        }
        let skipped: u64 = self.skipped.values().sum();
        line.push_str(&format!(", skipped {skipped}"));
        for (why, n) in &self.skipped {
            line.push_str(&format!(" ({n} {why})"));
        }
        line.push_str(&format!(", failed {}", self.failed));
        line
    }
}

/// How an inspection counts messages whose origin or error the headers do not give.
pub const UNKNOWN: &str = "(unknown)";
pub const NOT_SELECTED: &str = "not selected";
pub const NO_ORIGIN: &str = "origin unknown (give a target)";
pub const LOOP_GUARD: &str = "replayed too often (--max-replays)";
pub const MALFORMED: &str = "malformed headers";
pub const NO_TARGET: &str = "target missing";

/// Counts and samples for `dlq inspect`.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inspection {
    pub source: String,
    pub messages: u64,
    pub oldest_ms: Option<i64>,
    pub newest_ms: Option<i64>,
    pub by_origin: BTreeMap<String, u64>,
    pub by_error: BTreeMap<String, u64>,
    pub by_convention: BTreeMap<String, u64>,
    /// Messages whose dead-letter headers could not be read, each with where and why.
    pub malformed: Vec<String>,
    pub samples: Vec<serde_json::Value>,
}

impl Inspection {
    pub fn count(&mut self, time_ms: Option<i64>, dead_letter: Option<&DeadLetter>) {
        self.messages += 1;
        if let Some(t) = time_ms {
            self.oldest_ms = Some(self.oldest_ms.map_or(t, |o| o.min(t)));
            self.newest_ms = Some(self.newest_ms.map_or(t, |n| n.max(t)));
        }
        let origin = dead_letter
            .and_then(DeadLetter::origin)
            .unwrap_or_else(|| UNKNOWN.into());
        *self.by_origin.entry(origin).or_default() += 1;
        let error = dead_letter
            .and_then(DeadLetter::error)
            .unwrap_or(UNKNOWN)
            .to_string();
        *self.by_error.entry(error).or_default() += 1;
        let convention = dead_letter.map_or("(none)", |d| d.convention);
        *self
            .by_convention
            .entry(convention.to_string())
            .or_default() += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by `fuzz/` (amqp_dead_letters): an x-death time of more than 9.2e15 seconds
    /// overflowed when turned into milliseconds.
    #[test]
    fn an_x_death_time_beyond_milliseconds_is_unknown() {
        use lapin::types::{AMQPValue, FieldArray, FieldTable};
        let death = |seconds: u64| {
            let mut entry = FieldTable::default();
            entry.insert("queue".into(), AMQPValue::LongString("orders".into()));
            entry.insert("time".into(), AMQPValue::Timestamp(seconds));
            let mut headers = FieldTable::default();
            headers.insert(
                "x-death".into(),
                AMQPValue::FieldArray(FieldArray::from(vec![AMQPValue::FieldTable(entry)])),
            );
            decode_amqp(&headers).unwrap().unwrap().timestamp_ms
        };
        assert_eq!(death(1_700_000_000), Some(1_700_000_000_000));
        assert_eq!(death(0x4000_0000_6553_f100), None);
    }

    fn h<'a>(pairs: &[(&'a str, &'a [u8])]) -> Vec<(&'a str, Option<&'a [u8]>)> {
        pairs.iter().map(|(k, v)| (*k, Some(*v))).collect()
    }

    #[test]
    fn spring_headers_are_binary_big_endian() {
        let partition = 3i32.to_be_bytes();
        let offset = 42i64.to_be_bytes();
        let ts = 1_700_000_000_000i64.to_be_bytes();
        let headers = h(&[
            ("kafka_dlt-original-topic", b"orders"),
            ("kafka_dlt-original-partition", &partition),
            ("kafka_dlt-original-offset", &offset),
            ("kafka_dlt-original-timestamp", &ts),
            ("kafka_dlt-original-consumer-group", b"billing"),
            ("kafka_dlt-exception-fqcn", b"com.acme.Boom"),
            ("kafka_dlt-exception-message", b"no such order"),
        ]);
        let d = decode_kafka(&headers).unwrap().unwrap();
        assert_eq!(d.convention, "spring-kafka");
        assert_eq!(d.topic.as_deref(), Some("orders"));
        assert_eq!((d.partition, d.offset), (Some(3), Some(42)));
        assert_eq!(d.timestamp_ms, Some(1_700_000_000_000));
        assert_eq!(d.group.as_deref(), Some("billing"));
        assert_eq!(d.error(), Some("com.acme.Boom"));
        assert_eq!(d.origin().as_deref(), Some("orders/3"));
    }

    #[test]
    fn a_spring_listener_error_is_named_by_its_cause() {
        let headers = h(&[
            ("kafka_dlt-original-topic", b"orders"),
            (
                "kafka_dlt-exception-fqcn",
                b"org.springframework.kafka.listener.ListenerExecutionFailedException",
            ),
            ("kafka_dlt-exception-cause-fqcn", b"com.acme.NoSuchCustomer"),
        ]);
        let d = decode_kafka(&headers).unwrap().unwrap();
        assert_eq!(d.error(), Some("com.acme.NoSuchCustomer"));
    }

    #[test]
    fn the_first_spring_origin_wins() {
        let p0 = 0i32.to_be_bytes();
        let p5 = 5i32.to_be_bytes();
        let headers = h(&[
            ("kafka_dlt-original-topic", b"orders"),
            ("kafka_dlt-original-partition", &p0),
            ("kafka_dlt-original-topic", b"orders-retry-1"),
            ("kafka_dlt-original-partition", &p5),
        ]);
        let d = decode_kafka(&headers).unwrap().unwrap();
        assert_eq!(d.origin().as_deref(), Some("orders/0"));
    }

    #[test]
    fn malformed_spring_numbers_name_the_header_and_length() {
        let headers = h(&[
            ("kafka_dlt-original-topic", b"orders"),
            ("kafka_dlt-original-partition", &[0, 0, 1]),
        ]);
        let e = decode_kafka(&headers).unwrap_err();
        assert_eq!(e.header, "kafka_dlt-original-partition");
        assert_eq!(
            e.to_string(),
            "header kafka_dlt-original-partition: 3 bytes, expected a 4-byte big-endian number"
        );
        let headers = h(&[("kafka_dlt-original-topic", &[0xff, 0xfe])]);
        assert_eq!(
            decode_kafka(&headers).unwrap_err().to_string(),
            "header kafka_dlt-original-topic: not UTF-8 text"
        );
    }

    #[test]
    fn connect_streams_and_smallrye_use_text_numbers() {
        let connect = h(&[
            ("__connect.errors.topic", b"payments"),
            ("__connect.errors.partition", b"2"),
            ("__connect.errors.offset", b"1234"),
            (
                "__connect.errors.exception.class.name",
                b"org.apache.kafka.connect.errors.DataException",
            ),
        ]);
        let d = decode_kafka(&connect).unwrap().unwrap();
        assert_eq!(
            (d.convention, d.origin().as_deref(), d.offset),
            ("kafka-connect", Some("payments/2"), Some(1234))
        );
        let streams = h(&[
            ("__streams.errors.topic", b"members"),
            ("__streams.errors.partition", b"0"),
            ("__streams.errors.offset", b"7"),
            (
                "__streams.errors.exception",
                b"java.lang.IllegalStateException",
            ),
        ]);
        let d = decode_kafka(&streams).unwrap().unwrap();
        assert_eq!(
            (d.convention, d.error()),
            ("kafka-streams", Some("java.lang.IllegalStateException"))
        );
        let smallrye = h(&[
            ("dead-letter-topic", b"orders"),
            ("dead-letter-partition", b"1"),
            ("dead-letter-offset", b"9"),
            ("dead-letter-reason", b"boom"),
            (
                "dead-letter-exception-class-name",
                b"java.lang.RuntimeException",
            ),
        ]);
        let d = decode_kafka(&smallrye).unwrap().unwrap();
        assert_eq!(
            (d.convention, d.origin().as_deref(), d.message.as_deref()),
            ("smallrye", Some("orders/1"), Some("boom"))
        );
        let bad = h(&[
            ("__connect.errors.topic", b"payments"),
            ("__connect.errors.offset", b"12x"),
        ]);
        assert_eq!(
            decode_kafka(&bad).unwrap_err().to_string(),
            "header __connect.errors.offset: \"12x\" is not a number"
        );
    }

    #[test]
    fn plain_records_carry_no_dead_letter() {
        assert_eq!(decode_kafka(&h(&[("trace-id", b"abc")])).unwrap(), None);
        assert_eq!(replay_count(&h(&[])).unwrap(), 0);
        assert_eq!(replay_count(&h(&[(REPLAY_COUNT, b"2")])).unwrap(), 2);
        assert!(replay_count(&h(&[(REPLAY_COUNT, b"two")])).is_err());
    }

    #[test]
    fn dead_letter_headers_are_recognised_by_prefix() {
        for name in [
            "kafka_dlt-original-topic",
            "__connect.errors.topic",
            "__streams.errors.offset",
            "dead-letter-reason",
            "x-death",
            "x-first-death-queue",
            "x-original-exchange",
            "x-exception-stacktrace",
            "retry_topic-attempts",
        ] {
            assert!(is_dead_letter_header(name), "{name}");
        }
        for name in ["trace-id", REPLAY_COUNT, "x-match", "content-type"] {
            assert!(!is_dead_letter_header(name), "{name}");
        }
    }

    #[test]
    fn stack_trace_first_line_gives_the_class() {
        assert_eq!(
            class_from_stacktrace("com.acme.Boom: bad\n\tat com.acme.X").as_deref(),
            Some("com.acme.Boom")
        );
        assert_eq!(class_from_stacktrace("").as_deref(), None);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Header names drawn from every convention, with a few strangers.
        fn name() -> impl Strategy<Value = String> {
            prop::sample::select(vec![
                "kafka_dlt-original-topic",
                "kafka_dlt-original-partition",
                "kafka_dlt-original-offset",
                "kafka_dlt-original-timestamp",
                "kafka_dlt-exception-fqcn",
                "__connect.errors.topic",
                "__connect.errors.partition",
                "__connect.errors.offset",
                "__streams.errors.partition",
                "dead-letter-offset",
                "evctl-replay-count",
                "trace-id",
            ])
            .prop_map(str::to_string)
        }

        proptest! {
            /// Any bytes under any header names: a decoded origin or an error naming the
            /// header, never a panic.
            #[test]
            fn any_headers_decode_or_name_what_is_wrong(
                headers in prop::collection::vec(
                    (name(), prop::option::of(prop::collection::vec(any::<u8>(), 0..12))),
                    0..8,
                )
            ) {
                let borrowed: Vec<(&str, Option<&[u8]>)> = headers
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_deref()))
                    .collect();
                match decode_kafka(&borrowed) {
                    Ok(_) => {}
                    Err(e) => prop_assert!(
                        headers.iter().any(|(k, _)| e.to_string().contains(k.as_str())),
                        "{e}"
                    ),
                }
                let _ = replay_count(&borrowed);
            }

            /// Spring's binary origin reads back as written, whatever the numbers.
            #[test]
            fn spring_origins_round_trip(partition in any::<i32>(), offset in any::<i64>(), topic in "[a-z][a-z0-9._-]{0,20}") {
                let (p, o) = (partition.to_be_bytes(), offset.to_be_bytes());
                let headers = h(&[
                    ("kafka_dlt-original-topic", topic.as_bytes()),
                    ("kafka_dlt-original-partition", &p),
                    ("kafka_dlt-original-offset", &o),
                ]);
                let decoded = decode_kafka(&headers).unwrap().unwrap();
                prop_assert_eq!(decoded.topic.as_deref(), Some(topic.as_str()));
                prop_assert_eq!(decoded.partition, Some(partition));
                prop_assert_eq!(decoded.offset, Some(offset));
            }
        }
    }
}
