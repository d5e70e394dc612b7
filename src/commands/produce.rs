//! `evctl produce`: messages from a flag, a file or stdin to a Kafka topic, or to a RabbitMQ
//! exchange or queue. Reading input is the same for both; a `Sink` sends.

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::Read;
use std::path::PathBuf;
use std::time::Duration;

use super::Interrupt;
use crate::amqp::client::{AmqpPublisher, Properties, PropertyFlags, check_exchange, check_queue};
use crate::amqp::envelope::AmqpEnvelope;
use crate::cli::{Acks, Compression, Framing, InputMode, OnError, Partitioner, ProduceArgs};
use crate::config::Config;
use crate::delivery::DeliverySummary;
use crate::envelope::Envelope;
use crate::error::{Error, Result};
use crate::input::{Chunk, InputChunks, Next, lines};
use crate::kafka::produce::{Headers, KafkaProducer, Outgoing, ProducerOptions};
use crate::pace::Pacer;
use crate::schema::proto::write_indexes;
use crate::schema::source::{Part, SchemaSource, load_file};
use crate::schema::wire::{SchemaRef, VALUE_SCHEMA_HEADER, frame};
use crate::schema::{Compiled, LoadedSchema, SchemaKind, Violation};

/// `evctl produce`'s flags, checked and parsed before anything is read or connected: the
/// input, where messages go, and the schema check.
struct ProduceOptions {
    input: InputMode,
    /// `--value`, instead of reading input.
    value: Option<String>,
    file: Option<PathBuf>,
    key: Option<String>,
    key_separator: Option<String>,
    null_value: bool,
    on_error: OnError,
    rate: Option<u32>,
    headers: Vec<(String, String)>,
    topic: Option<String>,
    partition: Option<i32>,
    producer: ProducerOptions,
    /// RabbitMQ instead of Kafka.
    amqp: Option<AmqpOptions>,
    check: Option<PayloadCheck>,
}

/// Where a RabbitMQ run publishes, and with which properties.
struct AmqpOptions {
    exchange: Option<String>,
    routing_key: Option<String>,
    queue: Option<String>,
    mandatory: bool,
    properties: Properties,
}

impl ProduceOptions {
    fn resolve(cfg: &Config, args: &ProduceArgs) -> Result<ProduceOptions> {
        check_args(args)?;
        let amqp = &args.amqp;
        let amqp = if amqp.selected() {
            Some(AmqpOptions {
                exchange: amqp.exchange.clone(),
                routing_key: amqp.routing_key.clone(),
                queue: amqp.queue.clone(),
                mandatory: amqp.mandatory,
                properties: PropertyFlags {
                    content_type: amqp.content_type.as_deref(),
                    message_id: amqp.message_id.as_deref(),
                    correlation_id: amqp.correlation_id.as_deref(),
                    message_type: amqp.message_type.as_deref(),
                    app_id: amqp.app_id.as_deref(),
                    priority: amqp.priority,
                    expiration: amqp.expiration.as_deref(),
                    transient: amqp.transient,
                    headers: &args.headers,
                }
                .properties()?,
            })
        } else {
            None
        };
        Ok(ProduceOptions {
            input: args.input,
            value: args.value.clone(),
            file: args.file.clone(),
            key: args.key.clone(),
            key_separator: args.key_separator.clone(),
            null_value: args.null_value,
            on_error: args.on_error,
            rate: args.rate,
            headers: args.headers.clone(),
            topic: args.topic.clone(),
            partition: args.partition,
            producer: ProducerOptions {
                acks: args.acks.map(|a| match a {
                    Acks::All => "all",
                    Acks::Leader => "1",
                    Acks::None => "0",
                }),
                compression: args.compression.map(|c| match c {
                    Compression::None => "none",
                    Compression::Gzip => "gzip",
                    Compression::Snappy => "snappy",
                    Compression::Lz4 => "lz4",
                    Compression::Zstd => "zstd",
                }),
                partitioner: match args.partitioner {
                    Partitioner::Murmur2 => "murmur2_random",
                    Partitioner::Crc32 => "consistent_random",
                    Partitioner::Fnv1a => "fnv1a_random",
                },
            },
            amqp,
            // Schemas are resolved before connecting: a missing schema sends nothing.
            check: payload_check(cfg, args)?,
        })
    }
}

pub async fn run(cfg: &Config, args: &ProduceArgs, interrupt: &Interrupt) -> Result<()> {
    let opts = ProduceOptions::resolve(cfg, args)?;
    match &opts.amqp {
        Some(amqp) => {
            let sink = AmqpSink::open(cfg, amqp).await?;
            drive(cfg, &opts, sink, interrupt).await
        }
        None => {
            let sink = KafkaSink::open(cfg, &opts)?;
            drive(cfg, &opts, sink, interrupt).await
        }
    }
}

/// `--validate`, `--schema`, `--avro` and `--protobuf`: the schema every value is checked
/// against, and for `--avro` and `--protobuf` the registered id the encoded values are framed
/// with.
struct PayloadCheck {
    schema: LoadedSchema,
    framed_id: Option<u32>,
    /// With `--framing header`: the `__value_schema_id` header every value carries (byte 1,
    /// the GUID, and for Protobuf the message indexes); the values are then unprefixed.
    header: Option<Vec<u8>>,
}

fn payload_check(cfg: &Config, args: &ProduceArgs) -> Result<Option<PayloadCheck>> {
    if !(args.validate || args.schema.is_some() || args.avro || args.protobuf) {
        return Ok(None);
    }
    let schema = match (&args.schema, &args.topic) {
        (Some(file), _) => load_file(file, Part::Value)?,
        (None, Some(topic)) => SchemaSource::open(&cfg.schemas)?.for_topic(topic, Part::Value)?,
        (None, None) => {
            return Err(Error::usage(
                "--validate, --avro and --protobuf need a TOPIC (whose schema is used) or --schema FILE",
            ));
        }
    };
    let wanted = match (args.avro, args.protobuf) {
        (true, _) => Some(("--avro", SchemaKind::Avro, "an Avro schema")),
        (_, true) => Some(("--protobuf", SchemaKind::Protobuf, "a Protobuf schema")),
        _ => None,
    };
    let framed_id = match wanted {
        None => None,
        Some((flag, _, _)) if args.input == InputMode::Jsonl => {
            return Err(Error::usage(format!(
                "{flag} encodes plain JSON values (--input lines or raw), not envelopes"
            )));
        }
        Some((flag, kind, _)) if schema.compiled.kind() == kind => match schema.id {
            Some(id) => Some(id),
            None => {
                return Err(Error::usage(format!(
                    "{flag} frames values with a registered schema id, and {} is a file: give --schema-registry URL",
                    schema.origin
                )));
            }
        },
        Some((flag, _, what)) => {
            return Err(Error::usage(format!(
                "{flag}: {} is a {} schema, not {what}",
                schema.origin,
                schema.compiled.kind().registry_name()
            )));
        }
    };
    let header = match args.framing {
        Framing::Header => Some(schema_header(&schema)?),
        Framing::Prefix => None,
    };
    Ok(Some(PayloadCheck {
        schema,
        framed_id,
        header,
    }))
}

/// The `__value_schema_id` header naming `schema` by its registry GUID.
fn schema_header(schema: &LoadedSchema) -> Result<Vec<u8>> {
    let guid = schema
        .guid
        .as_deref()
        .and_then(SchemaRef::parse_guid)
        .ok_or_else(|| {
            Error::usage(format!(
                "--framing header names the schema by its GUID, and the registry gave none for {}: use --framing prefix",
                schema.origin
            ))
        })?;
    let mut header = vec![1];
    header.extend_from_slice(&guid);
    if let Compiled::Protobuf(proto) = &schema.compiled {
        write_indexes(&proto.indexes(), &mut header);
    }
    Ok(header)
}

impl PayloadCheck {
    /// Violations of one value; bytes that are not JSON are one violation.
    fn violations(&self, value: Option<&[u8]>) -> Vec<Violation> {
        let Some(value) = value else {
            return vec![Violation::new(
                "",
                "no value (a tombstone) where the schema wants one",
            )];
        };
        match serde_json::from_slice::<serde_json::Value>(value) {
            Ok(v) if self.schema.compiled.is_valid(&v) => Vec::new(),
            Ok(v) => self.schema.compiled.violations(&v),
            Err(e) => vec![Violation::new("", format!("not JSON: {e}"))],
        }
    }

    /// The framed Avro or Protobuf encoding of a JSON value already found valid.
    fn encode(&self, value: &[u8], out: &mut Vec<u8>) -> Result<()> {
        let Some(id) = self.framed_id else {
            return Ok(());
        };
        let flag = match self.schema.compiled {
            Compiled::Protobuf(_) => "--protobuf",
            _ => "--avro",
        };
        let json: serde_json::Value = serde_json::from_slice(value)
            .map_err(|e| Error::usage(format!("{flag}: not JSON: {e}")))?;
        let invalid = |v: Violation| Error::usage(format!("{flag}: {}", v.describe()));
        out.clear();
        let in_header = self.header.is_some();
        match &self.schema.compiled {
            Compiled::Avro(avro) if in_header => *out = avro.encode(&json).map_err(invalid)?,
            Compiled::Avro(avro) => frame(id, &avro.encode(&json).map_err(invalid)?, out),
            Compiled::Protobuf(proto) if in_header => {
                *out = proto.encode_json(&json).map_err(invalid)?;
            }
            Compiled::Protobuf(proto) => {
                let mut body = Vec::new();
                proto.frame_body(&proto.encode_json(&json).map_err(invalid)?, &mut body);
                frame(id, &body, out);
            }
            Compiled::Json(_) => {}
        }
        Ok(())
    }
}

fn check_args(args: &ProduceArgs) -> Result<()> {
    let jsonl = args.input == InputMode::Jsonl;
    if args.topic.is_none() && !jsonl && !args.amqp.selected() {
        return Err(Error::usage(
            "a TOPIC is needed, or --exchange/--queue for RabbitMQ (only --input jsonl can take destinations from the envelopes)",
        ));
    }
    if jsonl && (args.key.is_some() || args.key_separator.is_some()) {
        return Err(Error::usage(
            "--key and --key-separator do not apply to --input jsonl: envelopes carry their keys",
        ));
    }
    if args.input == InputMode::Raw && args.key_separator.is_some() {
        return Err(Error::usage(
            "--key-separator splits lines; it does not apply to --input raw",
        ));
    }
    if args.key_separator.as_deref() == Some("") {
        return Err(Error::usage("--key-separator must not be empty"));
    }
    if args.framing == Framing::Header && !(args.avro || args.protobuf) {
        return Err(Error::usage(
            "--framing applies to --avro and --protobuf, which frame values",
        ));
    }
    if args.framing == Framing::Header && args.amqp.selected() {
        return Err(Error::usage(
            "--framing header is Kafka's: RabbitMQ values keep the prefix",
        ));
    }
    if args.rate == Some(0) {
        return Err(Error::usage("--rate must be at least 1 message per second"));
    }
    Ok(())
}

/// Where messages go. `key` is the Kafka key, or for RabbitMQ the routing key.
trait Sink {
    async fn send(&mut self, key: Option<&[u8]>, value: Option<&[u8]>) -> Result<()>;
    async fn send_envelope(&mut self, line: &[u8], cfg: &Config) -> Result<(), LineError>;
    /// Called while input is slow: serve delivery reports.
    fn idle(&mut self);
    async fn finish(self) -> DeliverySummary;
    /// Where the messages went, for the summary line.
    fn target(&self) -> String;
}

async fn drive<S: Sink>(
    cfg: &Config,
    opts: &ProduceOptions,
    mut sink: S,
    interrupt: &Interrupt,
) -> Result<()> {
    let mut feed = Feed {
        opts,
        pacer: opts.rate.map(Pacer::new),
        queued: 0,
        skipped: Vec::new(),
        check: opts.check.as_ref(),
        rejected: HashSet::new(),
        encoded: Vec::new(),
    };
    let outcome = feed.run(&mut sink, cfg, interrupt).await;
    let target = sink.target();
    let summary = sink.finish().await;
    let (queued, skipped) = (feed.queued, feed.skipped);
    report(cfg, &target, queued, &skipped, &summary);
    match outcome {
        // The connection was lost after messages went out (a broker restarted, an operator
        // closed it): a partial failure, with what became of each sent message said above.
        Err(Error::Broker(e) | Error::Unavailable(e)) if queued > 0 => {
            return Err(Error::Partial(format!(
                "{e}; the input after message {queued} was not sent"
            )));
        }
        outcome => outcome?,
    }
    if !summary.all_delivered() {
        return Err(Error::Partial(format!(
            "{} of {queued} messages not delivered: {}",
            summary.failed + summary.unconfirmed,
            summary.failure_text()
        )));
    }
    if !skipped.is_empty() {
        return Err(Error::Partial(format!(
            "{} malformed input lines skipped (first: {})",
            skipped.len(),
            skipped[0]
        )));
    }
    Ok(())
}

struct Feed<'a> {
    opts: &'a ProduceOptions,
    pacer: Option<Pacer>,
    queued: u64,
    /// Locations and reasons of malformed lines skipped with `--on-error skip`.
    skipped: Vec<String>,
    check: Option<&'a PayloadCheck>,
    /// Line numbers that failed validation (skipped with `--on-error skip`).
    rejected: HashSet<u64>,
    /// Reused buffer for `--avro` values.
    encoded: Vec<u8>,
}

impl Feed<'_> {
    /// Sends everything the input holds; stops at the first malformed line unless skipping.
    async fn run<S: Sink>(
        &mut self,
        sink: &mut S,
        cfg: &Config,
        interrupt: &Interrupt,
    ) -> Result<()> {
        let opts = self.opts;
        if let Some(value) = &opts.value {
            if let Some(check) = self.check {
                let violations = check.violations(Some(value.as_bytes()));
                if let Some(v) = violations.first() {
                    return Err(Error::CheckFailed(format!(
                        "--value is invalid against {}: {}; nothing was sent",
                        check.schema.origin,
                        v.describe()
                    )));
                }
            }
            let key = opts.key.as_deref().map(str::as_bytes);
            return self.send(sink, key, value.as_bytes()).await;
        }
        let (source, name): (Box<dyn Read + Send>, String) = match &opts.file {
            Some(path) => (
                Box::new(File::open(path).map_err(|source| Error::File {
                    path: path.display().to_string(),
                    source,
                })?),
                path.display().to_string(),
            ),
            None => (Box::new(std::io::stdin()), "stdin".to_string()),
        };
        let chunks = InputChunks::spawn(source, opts.input == InputMode::Raw);
        // With a schema, every message is checked before the first is sent.
        let mut buffered = match self.check {
            Some(check) => Some(self.prevalidate(&chunks, check, &name, cfg, interrupt)?),
            None => None,
        };
        let mut line_no = 0u64;
        loop {
            if interrupt.is_set() {
                return Err(Error::Interrupted);
            }
            let next = match &mut buffered {
                Some(all) => Ok(all.pop_front().map_or(Next::End, Next::Chunk)),
                None => chunks.next(Duration::from_millis(200)),
            };
            let chunk = match next {
                Ok(Next::Chunk(chunk)) => chunk,
                Ok(Next::Waiting) => {
                    sink.idle();
                    continue;
                }
                Ok(Next::End) => return Ok(()),
                Err(source) => return Err(Error::File { path: name, source }),
            };
            if opts.input == InputMode::Raw {
                if self.rejected.is_empty() {
                    let key = opts.key.as_deref().map(str::as_bytes);
                    self.send(sink, key, &chunk).await?;
                }
                continue;
            }
            for line in lines(&chunk) {
                line_no += 1;
                if interrupt.is_set() {
                    return Err(Error::Interrupted);
                }
                if self.rejected.contains(&line_no) {
                    continue;
                }
                let result = match opts.input {
                    InputMode::Jsonl => self.send_envelope(sink, line, cfg).await,
                    _ => self.send_line(sink, line).await.map_err(LineError::Fatal),
                };
                match result {
                    Err(LineError::Malformed(message)) => {
                        let location = format!("{name}:{line_no}");
                        match opts.on_error {
                            OnError::Fail => return Err(Error::Input { location, message }),
                            OnError::Skip => {
                                if !cfg.quiet {
                                    eprintln!("evctl: skipped {location}: {message}");
                                }
                                self.skipped.push(format!("{location}: {message}"));
                            }
                        }
                    }
                    Err(LineError::Fatal(e)) => return Err(e),
                    Ok(()) => {}
                }
            }
        }
    }

    /// Reads the whole input and checks every message against the schema. Each invalid
    /// message is reported; with `--on-error fail` none is sent, else they are skipped.
    fn prevalidate(
        &mut self,
        chunks: &InputChunks,
        check: &PayloadCheck,
        name: &str,
        cfg: &Config,
        interrupt: &Interrupt,
    ) -> Result<VecDeque<Chunk>> {
        let mut all = VecDeque::new();
        loop {
            if interrupt.is_set() {
                return Err(Error::Interrupted);
            }
            match chunks.next(Duration::from_millis(200)) {
                Ok(Next::Chunk(chunk)) => all.push_back(chunk),
                Ok(Next::Waiting) => {}
                Ok(Next::End) => break,
                Err(source) => {
                    return Err(Error::File {
                        path: name.to_string(),
                        source,
                    });
                }
            }
        }
        let (mut line_no, mut messages) = (0u64, 0u64);
        let mut invalid: Vec<(u64, Violation)> = Vec::new();
        for chunk in &all {
            let messages_in: Box<dyn Iterator<Item = &[u8]>> = if self.opts.input == InputMode::Raw
            {
                Box::new(std::iter::once(&chunk[..]))
            } else {
                Box::new(lines(chunk))
            };
            for line in messages_in {
                line_no += 1;
                let value = match self.opts.input {
                    InputMode::Jsonl if line.iter().all(u8::is_ascii_whitespace) => continue,
                    InputMode::Jsonl => match Envelope::parse(line) {
                        Ok(env) => env.value.map(std::borrow::Cow::Owned),
                        // Malformed envelopes are left to --on-error when sending.
                        Err(_) => continue,
                    },
                    _ => Some(std::borrow::Cow::Borrowed(self.value_of(line).1)),
                };
                messages += 1;
                let value = match (value, self.opts.null_value) {
                    (Some(v), true) if v.is_empty() => None,
                    (v, _) => v,
                };
                if let Some(first) = check.violations(value.as_deref()).into_iter().next() {
                    invalid.push((line_no, first));
                }
            }
        }
        for (line, v) in &invalid {
            let location = format!("{name}:{line}");
            if !cfg.quiet || self.opts.on_error == OnError::Fail {
                eprintln!("evctl: {location}: {}", v.describe());
            }
            if self.opts.on_error == OnError::Skip {
                self.skipped.push(format!("{location}: {}", v.describe()));
            }
            self.rejected.insert(*line);
        }
        if !invalid.is_empty() && self.opts.on_error == OnError::Fail {
            return Err(Error::CheckFailed(format!(
                "{} of {messages} messages invalid against {}; nothing was sent",
                invalid.len(),
                check.schema.origin
            )));
        }
        Ok(all)
    }

    /// A line's key and value, split as `--key` / `--key-separator` say.
    fn value_of<'l>(&self, line: &'l [u8]) -> (Option<&'l [u8]>, &'l [u8]) {
        match &self.opts.key_separator {
            Some(sep) => match memchr::memmem::find(line, sep.as_bytes()) {
                Some(at) => (Some(&line[..at]), &line[at + sep.len()..]),
                // As kcat: a line without the separator is all value, with no key.
                None => (None, line),
            },
            None => (None, line),
        }
    }

    async fn send_line<S: Sink>(&mut self, sink: &mut S, line: &[u8]) -> Result<()> {
        let (key, value) = match self.value_of(line) {
            (None, value) if self.opts.key_separator.is_none() => {
                (self.opts.key.as_deref().map(str::as_bytes), value)
            }
            split => split,
        };
        self.send(sink, key, value).await
    }

    async fn send<S: Sink>(
        &mut self,
        sink: &mut S,
        key: Option<&[u8]>,
        value: &[u8],
    ) -> Result<()> {
        let value = if self.opts.null_value && value.is_empty() {
            None
        } else if let Some(check) = self.check.filter(|c| c.framed_id.is_some()) {
            let mut encoded = std::mem::take(&mut self.encoded);
            check.encode(value, &mut encoded)?;
            self.pace();
            let sent = sink.send(key, Some(&encoded)).await;
            self.encoded = encoded;
            sent?;
            self.queued += 1;
            return Ok(());
        } else {
            Some(value)
        };
        self.pace();
        sink.send(key, value).await?;
        self.queued += 1;
        Ok(())
    }

    async fn send_envelope<S: Sink>(
        &mut self,
        sink: &mut S,
        line: &[u8],
        cfg: &Config,
    ) -> Result<(), LineError> {
        if line.iter().all(u8::is_ascii_whitespace) {
            return Ok(());
        }
        self.pace();
        sink.send_envelope(line, cfg).await?;
        self.queued += 1;
        Ok(())
    }

    fn pace(&mut self) {
        if let Some(pacer) = &mut self.pacer {
            pacer.wait();
        }
    }
}

enum LineError {
    /// The line cannot be read as a message: subject to `--on-error`.
    Malformed(String),
    /// The broker or client failed: always stops.
    Fatal(Error),
}

impl From<Error> for LineError {
    fn from(e: Error) -> Self {
        LineError::Fatal(e)
    }
}

struct KafkaSink<'a> {
    opts: &'a ProduceOptions,
    producer: KafkaProducer,
    fixed_headers: Option<Headers>,
    known_topics: HashSet<String>,
    /// The partition of TOPIC when it has only one: a message without a key goes there
    /// directly, and librdkafka's sticky partitioner (two clock reads a message) is skipped.
    only_partition: Option<i32>,
}

impl<'a> KafkaSink<'a> {
    fn open(cfg: &Config, opts: &'a ProduceOptions) -> Result<KafkaSink<'a>> {
        let mut producer = KafkaProducer::new(&cfg.kafka, &opts.producer, cfg.verbose)?;
        let mut known_topics = HashSet::new();
        let mut only_partition = None;
        if let Some(topic) = &opts.topic {
            let partitions = producer.check_topic(topic)?;
            if let Some(p) = opts
                .partition
                .filter(|p| usize::try_from(*p).is_ok_and(|p| p >= partitions))
            {
                return Err(Error::NotFound(format!(
                    "topic {topic:?} has no partition {p} (it has {partitions})"
                )));
            }
            if partitions == 1 {
                only_partition = Some(0);
            }
            known_topics.insert(topic.clone());
        }
        let schema_header = opts
            .check
            .as_ref()
            .and_then(|c| c.header.as_deref())
            .map(|h| (VALUE_SCHEMA_HEADER, Some(h)));
        let fixed_headers = (!opts.headers.is_empty() || schema_header.is_some()).then(|| {
            Headers::new(
                opts.headers
                    .iter()
                    .map(|(k, v)| (k.as_str(), Some(v.as_bytes())))
                    .chain(schema_header),
            )
        });
        Ok(KafkaSink {
            opts,
            producer,
            fixed_headers,
            known_topics,
            only_partition,
        })
    }
}

impl Sink for KafkaSink<'_> {
    async fn send(&mut self, key: Option<&[u8]>, value: Option<&[u8]>) -> Result<()> {
        let msg = Outgoing {
            topic: self.opts.topic.as_deref().unwrap_or_default(),
            partition: match key {
                None => self.opts.partition.or(self.only_partition),
                Some(_) => self.opts.partition,
            },
            timestamp: None,
            key,
            value,
        };
        self.producer.send(&msg, self.fixed_headers.as_ref());
        Ok(())
    }

    async fn send_envelope(&mut self, line: &[u8], cfg: &Config) -> Result<(), LineError> {
        let env = Envelope::parse(line).map_err(LineError::Malformed)?;
        let topic = match (&self.opts.topic, &env.topic) {
            (Some(t), _) | (None, Some(t)) => t.clone(),
            (None, None) => {
                return Err(LineError::Malformed(
                    "the envelope has no topic and no TOPIC was given".into(),
                ));
            }
        };
        if !self.known_topics.contains(&topic) {
            self.producer.check_topic(&topic)?;
            if cfg.verbose > 0 {
                eprintln!("evctl: producing to {topic}");
            }
            self.known_topics.insert(topic.clone());
        }
        let headers = (!env.headers.is_empty() || self.fixed_headers.is_some()).then(|| {
            let from_envelope = env.headers.iter().map(|(k, v)| (k.as_str(), v.as_deref()));
            let fixed = self
                .opts
                .headers
                .iter()
                .map(|(k, v)| (k.as_str(), Some(v.as_bytes())));
            Headers::new(from_envelope.chain(fixed))
        });
        let msg = Outgoing {
            topic: &topic,
            partition: self.opts.partition.or(env.partition),
            timestamp: env.timestamp,
            key: env.key.as_deref(),
            value: env.value.as_deref(),
        };
        self.producer.send(&msg, headers.as_ref());
        Ok(())
    }

    fn idle(&mut self) {
        self.producer.poll();
    }

    async fn finish(self) -> DeliverySummary {
        self.producer.finish()
    }

    fn target(&self) -> String {
        self.opts
            .topic
            .clone()
            .unwrap_or_else(|| "the envelopes' topics".into())
    }
}

struct AmqpSink<'a> {
    opts: &'a AmqpOptions,
    publisher: AmqpPublisher,
    /// The default exchange (`""`) for `--queue`.
    exchange: String,
    routing_key: String,
    properties: Properties,
    checked_exchanges: HashSet<String>,
    settings: crate::config::AmqpSettings,
}

impl<'a> AmqpSink<'a> {
    async fn open(cfg: &Config, amqp: &'a AmqpOptions) -> Result<AmqpSink<'a>> {
        let publisher = AmqpPublisher::connect(&cfg.amqp).await?;
        let (exchange, routing_key) = match (&amqp.exchange, &amqp.queue) {
            (Some(x), _) => (x.clone(), amqp.routing_key.clone().unwrap_or_default()),
            (None, Some(q)) => (String::new(), q.clone()),
            (None, None) => unreachable!("AMQP selected without --exchange or --queue"),
        };
        // A missing exchange or queue is an error, never declared by accident.
        if let Some(queue) = &amqp.queue {
            check_queue(publisher.channel(), queue, &cfg.amqp).await?;
        }
        check_exchange(publisher.channel(), &exchange, &cfg.amqp).await?;
        let mut checked_exchanges = HashSet::new();
        checked_exchanges.insert(exchange.clone());
        Ok(AmqpSink {
            opts: amqp,
            publisher,
            exchange,
            routing_key,
            properties: amqp.properties.clone(),
            checked_exchanges,
            settings: cfg.amqp.clone(),
        })
    }
}

impl Sink for AmqpSink<'_> {
    async fn send(&mut self, key: Option<&[u8]>, value: Option<&[u8]>) -> Result<()> {
        // With --exchange, a message's key (--key, -K) is its routing key; --queue fixes it.
        let routing_key = match key {
            Some(k) if self.opts.queue.is_none() => std::str::from_utf8(k)
                .map_err(|_| Error::usage("a routing key must be UTF-8 text"))?,
            _ => &self.routing_key,
        };
        let (exchange, mandatory) = (self.exchange.clone(), self.opts.mandatory);
        let routing_key = routing_key.to_string();
        self.publisher
            .publish(
                &exchange,
                &routing_key,
                mandatory,
                value.unwrap_or_default(),
                self.properties.clone(),
            )
            .await
    }

    async fn send_envelope(&mut self, line: &[u8], _cfg: &Config) -> Result<(), LineError> {
        let env = AmqpEnvelope::parse(line).map_err(LineError::Malformed)?;
        // The flags choose the destination; `--exchange` alone lets the envelope's routing key
        // through, so tailed messages go back with the keys they had.
        let exchange = if self.opts.queue.is_some() {
            String::new()
        } else {
            self.exchange.clone()
        };
        let routing_key = match (&self.opts.queue, &self.opts.routing_key, &env.routing_key) {
            (Some(q), _, _) => q.clone(),
            (None, Some(rk), _) => rk.clone(),
            (None, None, Some(rk)) => rk.clone(),
            (None, None, None) => String::new(),
        };
        if !self.checked_exchanges.contains(&exchange) {
            check_exchange(self.publisher.channel(), &exchange, &self.settings).await?;
            self.checked_exchanges.insert(exchange.clone());
        }
        self.publisher
            .publish(
                &exchange,
                &routing_key,
                self.opts.mandatory,
                &env.body,
                env.properties,
            )
            .await?;
        Ok(())
    }

    fn idle(&mut self) {}

    async fn finish(self) -> DeliverySummary {
        self.publisher.finish().await
    }

    fn target(&self) -> String {
        match &self.opts.queue {
            Some(q) => format!("queue {q}"),
            None => format!("exchange {}", self.exchange),
        }
    }
}

fn report(cfg: &Config, target: &str, queued: u64, skipped: &[String], summary: &DeliverySummary) {
    if cfg.quiet && summary.all_delivered() && skipped.is_empty() {
        return;
    }
    let mut line = format!(
        "evctl: {} of {queued} messages delivered to {target}",
        summary.delivered
    );
    if !summary.all_delivered() {
        line.push_str(&format!(
            ", {} failed ({})",
            summary.failed + summary.unconfirmed,
            summary.failure_text()
        ));
    }
    if !skipped.is_empty() {
        line.push_str(&format!(", {} malformed lines skipped", skipped.len()));
    }
    eprintln!("{line}");
}
