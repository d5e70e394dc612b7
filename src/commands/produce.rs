//! `evctl produce`: messages from a flag, a file or stdin to a Kafka topic.

use std::collections::HashSet;
use std::fs::File;
use std::io::Read;
use std::time::{Duration, Instant};

use rdkafka::message::OwnedHeaders;

use super::Interrupt;
use crate::cli::{Acks, Compression, InputMode, OnError, ProduceArgs};
use crate::config::Config;
use crate::envelope::Envelope;
use crate::error::{Error, Result};
use crate::input::{InputChunks, Next, lines};
use crate::kafka::produce::{
    DeliverySummary, KafkaProducer, Outgoing, ProducerOptions, owned_headers,
};

pub fn run(cfg: &Config, args: &ProduceArgs, interrupt: &Interrupt) -> Result<()> {
    check_args(args)?;
    let options = ProducerOptions {
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
    };
    let mut producer = KafkaProducer::new(&cfg.kafka, &options, cfg.verbose)?;
    let mut known_topics = HashSet::new();
    if let Some(topic) = &args.topic {
        producer.check_topic(topic)?;
        known_topics.insert(topic.clone());
    }
    let fixed_headers = (!args.headers.is_empty()).then(|| {
        owned_headers(
            args.headers
                .iter()
                .map(|(k, v)| (k.as_str(), Some(v.as_bytes()))),
        )
    });

    let mut run = ProduceRun {
        args,
        producer: &mut producer,
        fixed_headers: fixed_headers.as_ref(),
        known_topics,
        pacer: args.rate.map(Pacer::new),
        queued: 0,
        skipped: Vec::new(),
    };
    let outcome = run.feed(cfg, interrupt);
    let (queued, skipped) = (run.queued, std::mem::take(&mut run.skipped));
    let summary = producer.finish();
    report(cfg, args, queued, &skipped, &summary);
    outcome?;
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

fn check_args(args: &ProduceArgs) -> Result<()> {
    let jsonl = args.input == InputMode::Jsonl;
    if args.topic.is_none() && !jsonl {
        return Err(Error::usage(
            "a TOPIC is needed (only --input jsonl can take topics from the envelopes)",
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
    if args.rate == Some(0) {
        return Err(Error::usage("--rate must be at least 1 message per second"));
    }
    Ok(())
}

struct ProduceRun<'a> {
    args: &'a ProduceArgs,
    producer: &'a mut KafkaProducer,
    fixed_headers: Option<&'a OwnedHeaders>,
    known_topics: HashSet<String>,
    pacer: Option<Pacer>,
    queued: u64,
    /// Locations and reasons of malformed lines skipped with `--on-error skip`.
    skipped: Vec<String>,
}

impl ProduceRun<'_> {
    /// Sends everything the input holds; stops at the first malformed line unless skipping.
    fn feed(&mut self, cfg: &Config, interrupt: &Interrupt) -> Result<()> {
        if let Some(value) = &self.args.value {
            let topic = self.args.topic.as_deref().unwrap_or_default();
            return self.send_value(topic, value.as_bytes());
        }
        let (source, name): (Box<dyn Read + Send>, String) = match &self.args.file {
            Some(path) => (
                Box::new(File::open(path).map_err(|source| Error::File {
                    path: path.display().to_string(),
                    source,
                })?),
                path.display().to_string(),
            ),
            None => (Box::new(std::io::stdin()), "stdin".to_string()),
        };
        let chunks = InputChunks::spawn(source, self.args.input == InputMode::Raw);
        let mut line_no = 0u64;
        loop {
            if interrupt.is_set() {
                return Err(Error::Interrupted);
            }
            let chunk = match chunks.next(Duration::from_millis(200)) {
                Ok(Next::Chunk(chunk)) => chunk,
                Ok(Next::Waiting) => {
                    self.producer.poll();
                    continue;
                }
                Ok(Next::End) => return Ok(()),
                Err(source) => return Err(Error::File { path: name, source }),
            };
            if self.args.input == InputMode::Raw {
                let topic = self.args.topic.as_deref().unwrap_or_default();
                self.send_value(topic, &chunk)?;
                continue;
            }
            for line in lines(&chunk) {
                line_no += 1;
                if interrupt.is_set() {
                    return Err(Error::Interrupted);
                }
                let result = match self.args.input {
                    InputMode::Jsonl => self.send_envelope(line, cfg),
                    _ => self.send_line(line),
                };
                match result {
                    Err(LineError::Malformed(message)) => {
                        let location = format!("{name}:{line_no}");
                        match self.args.on_error {
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

    fn send_line(&mut self, line: &[u8]) -> Result<(), LineError> {
        let topic = self.args.topic.as_deref().unwrap_or_default();
        let (key, value) = match &self.args.key_separator {
            Some(sep) => match memchr::memmem::find(line, sep.as_bytes()) {
                Some(at) => (Some(&line[..at]), &line[at + sep.len()..]),
                // As kcat: a line without the separator is all value, with no key.
                None => (None, line),
            },
            None => (self.args.key.as_deref().map(str::as_bytes), line),
        };
        let msg = Outgoing {
            topic,
            partition: self.args.partition,
            timestamp: None,
            key,
            value: self.value_or_null(value),
        };
        self.send(&msg, self.fixed_headers)
            .map_err(LineError::Fatal)
    }

    fn send_value(&mut self, topic: &str, value: &[u8]) -> Result<()> {
        let msg = Outgoing {
            topic,
            partition: self.args.partition,
            timestamp: None,
            key: self.args.key.as_deref().map(str::as_bytes),
            value: self.value_or_null(value),
        };
        self.send(&msg, self.fixed_headers)
    }

    fn send_envelope(&mut self, line: &[u8], cfg: &Config) -> Result<(), LineError> {
        if line.iter().all(u8::is_ascii_whitespace) {
            return Ok(());
        }
        let env = Envelope::parse(line).map_err(LineError::Malformed)?;
        let topic = match (&self.args.topic, &env.topic) {
            (Some(t), _) | (None, Some(t)) => t.clone(),
            (None, None) => {
                return Err(LineError::Malformed(
                    "the envelope has no topic and no TOPIC was given".into(),
                ));
            }
        };
        if !self.known_topics.contains(&topic) {
            self.producer
                .check_topic(&topic)
                .map_err(LineError::Fatal)?;
            if cfg.verbose > 0 {
                eprintln!("evctl: producing to {topic}");
            }
            self.known_topics.insert(topic.clone());
        }
        let headers = (!env.headers.is_empty() || self.fixed_headers.is_some()).then(|| {
            let from_envelope = env.headers.iter().map(|(k, v)| (k.as_str(), v.as_deref()));
            let fixed = self
                .args
                .headers
                .iter()
                .map(|(k, v)| (k.as_str(), Some(v.as_bytes())));
            owned_headers(from_envelope.chain(fixed))
        });
        let msg = Outgoing {
            topic: &topic,
            partition: self.args.partition.or(env.partition),
            timestamp: env.timestamp,
            key: env.key.as_deref(),
            value: env.value.as_deref(),
        };
        self.send(&msg, headers.as_ref()).map_err(LineError::Fatal)
    }

    fn value_or_null<'v>(&self, value: &'v [u8]) -> Option<&'v [u8]> {
        if self.args.null_value && value.is_empty() {
            None
        } else {
            Some(value)
        }
    }

    fn send(&mut self, msg: &Outgoing<'_>, headers: Option<&OwnedHeaders>) -> Result<()> {
        if let Some(pacer) = &mut self.pacer {
            pacer.wait();
        }
        self.producer.send(msg, headers);
        self.queued += 1;
        Ok(())
    }
}

enum LineError {
    /// The line cannot be read as a message: subject to `--on-error`.
    Malformed(String),
    /// The broker or client failed: always stops.
    Fatal(Error),
}

/// Spaces sends evenly at `rate` messages per second.
struct Pacer {
    start: Instant,
    rate: u32,
    sent: u64,
}

impl Pacer {
    fn new(rate: u32) -> Pacer {
        Pacer {
            start: Instant::now(),
            rate,
            sent: 0,
        }
    }

    fn wait(&mut self) {
        let due = Duration::from_secs_f64(self.sent as f64 / f64::from(self.rate));
        let elapsed = self.start.elapsed();
        if due > elapsed {
            std::thread::sleep(due - elapsed);
        }
        self.sent += 1;
    }
}

fn report(
    cfg: &Config,
    args: &ProduceArgs,
    queued: u64,
    skipped: &[String],
    summary: &DeliverySummary,
) {
    if cfg.quiet && summary.all_delivered() && skipped.is_empty() {
        return;
    }
    let target = args.topic.as_deref().unwrap_or("the envelopes' topics");
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
