//! `evctl tail`: read topics and print their messages.

use std::io::Write;
use std::time::Duration;

use super::Interrupt;
use crate::amqp::envelope::AmqpRecordRef;
use crate::amqp::management::ManagementClient;
use crate::amqp::tail::{AmqpSource, AmqpTail, Delivered, StreamOffset};
use crate::cli::{Isolation, OutputFormat, TailArgs};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::filter::MessageFilter;
use crate::kafka::consume::{KafkaTail, Polled, Record, TailOptions};
use crate::output::RecordStyle;
use crate::output::format::FormatString;
use crate::schema::decode::RecordDecoder;
use crate::schema::source::SchemaSource;
use crate::start::{StartFrom, now_ms};
use clap::ValueEnum;

/// Output is written in blocks of about this size into pipes (line by line on a terminal).
const BLOCK: usize = 64 * 1024;

/// `evctl tail`'s flags, checked and parsed before anything is read.
struct Tail {
    source: Source,
    filter: MessageFilter,
    style: RecordStyle,
    /// Stop after this many messages printed.
    limit: u64,
    /// Stop at the end instead of following (`-e`).
    exit: bool,
    /// Decode framed and Avro payloads with their schemas (not `--no-decode`).
    decode: bool,
}

enum Source {
    Kafka {
        topics: Vec<String>,
        partitions: Vec<i32>,
        from: StartFrom,
        group: Option<String>,
        isolation: Option<&'static str>,
    },
    Amqp {
        source: AmqpSource,
        /// Name the queue in each envelope (`--queue`; a tap's queue is evctl's own).
        named_queue: bool,
    },
}

impl Tail {
    fn resolve(cfg: &Config, args: &TailArgs) -> Result<Tail> {
        let from = StartFrom::parse(&args.from, now_ms()).map_err(Error::Usage)?;
        if args.format.is_some() && cfg.output != OutputFormat::Text {
            return Err(Error::usage(format!(
                "-f/--format and -o {} conflict: a format string prints what its tokens say",
                cfg.output
                    .to_possible_value()
                    .map_or_else(String::new, |v| v.get_name().to_string())
            )));
        }
        let format = args
            .format
            .as_deref()
            .map(FormatString::parse)
            .transpose()
            .map_err(Error::Usage)?;
        let filter = MessageFilter::new(args.key.as_deref(), &args.headers, args.grep.as_deref())
            .map_err(Error::Usage)?;
        // `--color always` asks for the readable form even into a pipe (`| less -R`).
        let readable = cfg.stdout_is_terminal || cfg.color;
        let style = RecordStyle::choose(cfg.output, format, readable, cfg.color);
        let amqp = match (&args.queue, &args.exchange) {
            (Some(queue), _) if is_stream(cfg, queue) => Some(AmqpSource::Stream {
                queue: queue.clone(),
                offset: stream_offset(&args.from, from)?,
            }),
            (Some(queue), _) if args.ack => Some(AmqpSource::Consume {
                queue: queue.clone(),
            }),
            (Some(queue), _) => Some(AmqpSource::Peek {
                queue: queue.clone(),
                window: args.window,
            }),
            (None, Some(exchange)) => Some(AmqpSource::Tap {
                exchange: exchange.clone(),
                // A headers exchange ignores the routing key; `#` matches all on a topic
                // exchange.
                binding: match (&args.binding, args.matches.is_empty()) {
                    (Some(b), _) => b.clone(),
                    (None, true) => "#".to_string(),
                    (None, false) => String::new(),
                },
                matches: args.matches.clone(),
            }),
            (None, None) => None,
        };
        let source = match amqp {
            Some(source) => {
                if args.from != "end" && !matches!(source, AmqpSource::Stream { .. }) {
                    return Err(Error::usage(
                        "--from applies to Kafka topics and RabbitMQ streams (other queues are read from their head)",
                    ));
                }
                Source::Amqp {
                    source,
                    named_queue: args.queue.is_some(),
                }
            }
            None => Source::Kafka {
                topics: args.topics.clone(),
                partitions: args.partitions.clone(),
                from,
                group: args.group.clone(),
                isolation: args.isolation.map(|i| match i {
                    Isolation::ReadCommitted => "read_committed",
                    Isolation::ReadUncommitted => "read_uncommitted",
                }),
            },
        };
        Ok(Tail {
            source,
            filter,
            style,
            limit: args.count.unwrap_or(u64::MAX),
            exit: args.exit,
            decode: !args.no_decode,
        })
    }
}

pub async fn run(cfg: &Config, args: &TailArgs, interrupt: &Interrupt) -> Result<()> {
    let run = Tail::resolve(cfg, args)?;
    match &run.source {
        Source::Amqp {
            source,
            named_queue,
        } => tail_amqp(cfg, &run, source.clone(), *named_queue, interrupt).await,
        Source::Kafka {
            topics,
            partitions,
            from,
            group,
            isolation,
        } => {
            let options = TailOptions {
                topics,
                partitions,
                from: *from,
                group: group.as_deref(),
                exit_at_end: run.exit,
                isolation: *isolation,
            };
            tail_kafka(cfg, &run, &options, interrupt)
        }
    }
}

fn tail_kafka(
    cfg: &Config,
    run: &Tail,
    options: &TailOptions<'_>,
    interrupt: &Interrupt,
) -> Result<()> {
    let tail = KafkaTail::open(&cfg.kafka, cfg.verbose, options)?;

    // Framed payloads are decoded with a registry; unframed Avro values of a topic whose
    // value schema is Avro (folder or registry) with that schema.
    let mut decoder = if !run.decode {
        None
    } else {
        let mut source = SchemaSource::open(&cfg.schemas)?;
        // Without a registry, only a folder schema in Avro needs the decoder (the registry's
        // are looked up when an unframed value first comes).
        let wanted = cfg.schemas.registry.is_some()
            || options
                .topics
                .iter()
                .any(|t| source.binary_value_schema(t).is_some());
        wanted.then(|| Decoder {
            records: RecordDecoder::new(source),
            warned: false,
            quiet: cfg.quiet,
        })
    };
    let mut out = Output {
        buf: Vec::with_capacity(BLOCK + 4096),
        stdout: std::io::stdout().lock(),
        line_by_line: cfg.stdout_is_terminal,
    };
    let mut printed = 0u64;
    let limit = run.limit;
    let result = (|| {
        while printed < limit {
            if interrupt.is_set() {
                return Err(Error::Interrupted);
            }
            // Poll without waiting while output is pending, so it is written as soon as the
            // stream pauses.
            let wait = if out.buf.is_empty() {
                Duration::from_millis(100)
            } else {
                Duration::ZERO
            };
            match tail.poll(wait)? {
                Polled::Message(message) => {
                    if print(
                        &message,
                        &run.filter,
                        &run.style,
                        decoder.as_mut(),
                        &mut out.buf,
                    ) {
                        printed += 1;
                    }
                    tail.mark_written(&message)?;
                    if out.buf.len() >= BLOCK || out.line_by_line {
                        out.write()?;
                        tail.commit(false)?;
                    }
                }
                Polled::Idle => {
                    if !out.buf.is_empty() {
                        out.write()?;
                        tail.commit(false)?;
                    } else if reader_gone() {
                        // `evctl tail t | head -3` while the topic is quiet: stop now rather
                        // than at the next message (as coreutils' `tail -f` does).
                        return Err(Error::Output(std::io::ErrorKind::BrokenPipe.into()));
                    }
                }
                Polled::AtEnd => break,
            }
        }
        Ok(())
    })();
    // Whatever happened, what was read is written and committed before leaving.
    let written = out.write();
    let committed = if written.is_ok() {
        tail.commit(true)
    } else {
        Ok(())
    };
    result?;
    written?;
    committed
}

async fn tail_amqp(
    cfg: &Config,
    run: &Tail,
    source: AmqpSource,
    named_queue: bool,
    interrupt: &Interrupt,
) -> Result<()> {
    let (filter, style) = (&run.filter, &run.style);
    let is_stream_read = matches!(source, AmqpSource::Stream { .. });
    let wait = Duration::from_millis(if is_stream_read { 1000 } else { 200 });
    let mut tail = AmqpTail::open(&cfg.amqp, source).await?;
    let mut out = Output {
        buf: Vec::with_capacity(BLOCK + 4096),
        stdout: std::io::stdout().lock(),
        line_by_line: cfg.stdout_is_terminal,
    };
    let limit = run.limit;
    let mut printed = 0u64;
    let mut position = 0i64;
    // The newest message rendered but not yet written (and so not yet acknowledged).
    let mut unwritten: Option<Delivered> = None;
    let mut unwritten_count = 0usize;
    let result = async {
        while printed < limit {
            if interrupt.is_set() {
                return Err(Error::Interrupted);
            }
            let Some(delivery) = tail.next(wait).await? else {
                write_and_ack(&mut out, &tail, &mut unwritten, &mut unwritten_count).await?;
                // A peek ends when the queue has been read; so does -e. A stream has no
                // "empty": with -e it ends after a second without a message.
                if (tail.drained() && (tail.is_peek() || run.exit)) || (run.exit && is_stream_read)
                {
                    return Ok(());
                }
                continue;
            };
            let record = delivery.record(Some(tail.queue()).filter(|_| named_queue));
            if filter.is_empty() || amqp_matches(filter, &record) {
                style.render_amqp(&mut out.buf, &record, position);
                printed += 1;
            }
            position += 1;
            unwritten = Some(delivery);
            unwritten_count += 1;
            // Written before acknowledged, in batches well under the prefetch.
            if out.buf.len() >= BLOCK || out.line_by_line || unwritten_count >= 256 {
                write_and_ack(&mut out, &tail, &mut unwritten, &mut unwritten_count).await?;
            }
            if tail.drained() && tail.is_peek() {
                break;
            }
        }
        write_and_ack(&mut out, &tail, &mut unwritten, &mut unwritten_count).await
    }
    .await;
    let written = out.write();
    let cut_short = tail
        .peek_cut_short()
        .map(|(w, held)| (w, held, tail.queue().to_string()));
    tail.close().await;
    result?;
    written?;
    if let Some((window, held, queue)) = cut_short
        && printed < limit
        && !cfg.quiet
    {
        eprintln!(
            "evctl: read the first {window} of the {held} messages in {queue:?} and put them back: \
             a peek holds what it reads unacknowledged until it ends, so it stops at --window \
             (at most 65535); --ack consumes instead"
        );
    }
    Ok(())
}

/// Writes what was rendered, then acknowledges it (with the messages before it).
async fn write_and_ack(
    out: &mut Output<'_>,
    tail: &AmqpTail,
    unwritten: &mut Option<Delivered>,
    count: &mut usize,
) -> Result<()> {
    out.write()?;
    if let Some(delivery) = unwritten.take() {
        tail.written_through(&delivery).await?;
    }
    *count = 0;
    Ok(())
}

/// A stream queue is read by offset; anything else is peeked or consumed. The management API
/// says which; without it the queue is treated as classic.
fn is_stream(cfg: &Config, queue: &str) -> bool {
    ManagementClient::new(&cfg.amqp)
        .and_then(|client| client.queue(&cfg.amqp.vhost, queue))
        .is_ok_and(|q| q.kind == "stream")
}

/// `--from` for a stream: `last` (the last chunk) and `next` (only new messages) are distinct
/// there, where Kafka's `end` is both.
fn stream_offset(spec: &str, from: StartFrom) -> Result<StreamOffset> {
    match spec.trim() {
        "last" => return Ok(StreamOffset::Last),
        "next" => return Ok(StreamOffset::Next),
        _ => {}
    }
    Ok(match from {
        StartFrom::Beginning => StreamOffset::First,
        StartFrom::End => StreamOffset::Next,
        StartFrom::Offset(o) => StreamOffset::Offset(o),
        StartFrom::Tail(1) => StreamOffset::Last,
        StartFrom::Tail(_) => {
            return Err(Error::usage(
                "a stream can start at -1 (its last chunk), not -N: use an offset or a time",
            ));
        }
        StartFrom::Time(ms) => StreamOffset::Time(u64::try_from(ms / 1000).unwrap_or(0)),
    })
}

fn amqp_matches(filter: &MessageFilter, record: &AmqpRecordRef<'_>) -> bool {
    filter.matches(
        Some(record.routing_key.as_bytes()),
        record.text_headers(),
        Some(record.body),
    )
}

/// Shows Confluent-framed keys and values, and unframed Avro values, as the JSON they encode.
struct Decoder {
    records: RecordDecoder,
    /// A payload that could not be decoded is shown as it is, with one warning per run.
    warned: bool,
    quiet: bool,
}

/// Renders `record` into `buf` if it passes the filter; says whether it did.
fn print(
    record: &Record<'_>,
    filter: &MessageFilter,
    style: &RecordStyle,
    decoder: Option<&mut Decoder>,
    buf: &mut Vec<u8>,
) -> bool {
    let (key, value) = match decoder {
        Some(d) => {
            let header = |name: &str| record.header(name);
            let decoded = d
                .records
                .decode(record.key(), record.value(), header, record.topic());
            if let Some(problem) = decoded.problem
                && !d.warned
            {
                d.warned = true;
                if !d.quiet {
                    eprintln!("evctl: showing a payload undecoded: {problem}");
                }
            }
            (decoded.key, decoded.value)
        }
        None => (record.key(), record.value()),
    };
    let headers = record.headers();
    if !filter.is_empty() && !filter.matches(key, headers.clone(), value) {
        return false;
    }
    style.render(buf, &record.shown(key, value), headers);
    true
}

/// True when stdout is a pipe or socket whose reading end has been closed.
fn reader_gone() -> bool {
    use rustix::event::{PollFd, PollFlags, poll};
    let stdout = std::io::stdout();
    let mut fds = [PollFd::new(&stdout, PollFlags::empty())];
    let zero = rustix::event::Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    matches!(poll(&mut fds, Some(&zero)), Ok(n) if n > 0)
        && fds[0].revents().intersects(PollFlags::ERR | PollFlags::HUP)
}

struct Output<'a> {
    buf: Vec<u8>,
    stdout: std::io::StdoutLock<'a>,
    line_by_line: bool,
}

impl Output<'_> {
    fn write(&mut self) -> Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        self.stdout.write_all(&self.buf).map_err(Error::Output)?;
        self.stdout.flush().map_err(Error::Output)?;
        self.buf.clear();
        Ok(())
    }
}
