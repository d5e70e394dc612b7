//! `evctl dlq inspect|replay`: dead-letter topics (Kafka) and queues (RabbitMQ).

mod kafka;
mod rabbitmq;

use std::io::Write;

use super::Interrupt;
use crate::cli::{DlqCommand, DlqReplayArgs, OutputFormat};
use crate::config::Config;
use crate::dlq::{
    DeadLetter, Inspection, LOOP_GUARD, MALFORMED, NO_ORIGIN, NO_TARGET, NOT_SELECTED, Summary,
};
use crate::error::{Error, Result};
use crate::output::progress::{Bar, warn};
use crate::output::write_json;
use crate::pace::Pacer;

pub async fn run(cfg: &Config, command: &DlqCommand, interrupt: &Interrupt) -> Result<()> {
    match command {
        DlqCommand::Inspect(args) => match (&args.source.topic, &args.source.queue) {
            (_, Some(queue)) => rabbitmq::inspect(cfg, queue, args.samples).await,
            (Some(topic), None) => kafka::inspect(cfg, topic, args.samples),
            (None, None) => Err(Error::usage("name a DLQ topic or --queue")),
        },
        DlqCommand::Replay(args) => {
            let opts = ReplayOptions::resolve(args)?;
            match (&args.source.topic, &args.source.queue) {
                (_, Some(queue)) => rabbitmq::replay(cfg, queue, &opts, interrupt).await,
                (Some(topic), None) => kafka::replay(cfg, topic, &opts, interrupt),
                (None, None) => Err(Error::usage("name a DLQ topic or --queue")),
            }
        }
    }
}

/// `dlq replay`'s flags, checked and parsed before anything is read: what selects messages,
/// how fast and how far, and where they go (Kafka's flags or RabbitMQ's, never both).
pub struct ReplayOptions {
    pub filter: Filter,
    pub limit: Option<u64>,
    pub rate: Option<u32>,
    pub max_replays: u32,
    pub keep_dlq_headers: bool,
    pub dry_run: bool,
    /// Sent and not yet confirmed, at most.
    pub window: u32,
    /// Kafka: a target topic for every message (`--to`).
    pub to: Option<String>,
    /// Kafka: the group whose offsets track the replay.
    pub group: Option<String>,
    pub partitions: Vec<i32>,
    pub from: Option<i64>,
    pub transactional: bool,
    /// RabbitMQ: a target queue, or an exchange (empty: each message's own).
    pub to_queue: Option<String>,
    pub to_exchange: Option<String>,
}

impl ReplayOptions {
    fn resolve(args: &DlqReplayArgs) -> Result<ReplayOptions> {
        if args.source.queue.is_some()
            && (args.to.is_some() || args.transactional || !args.partitions.is_empty())
        {
            return Err(Error::usage(
                "--to, --transactional and --partition are for Kafka DLQ topics; \
                 use --to-queue or --to-exchange with --queue",
            ));
        }
        if args.source.queue.is_none() && (args.to_queue.is_some() || args.to_exchange.is_some()) {
            return Err(Error::usage(
                "--to-queue and --to-exchange are for RabbitMQ (--queue); use --to \
                 TOPIC with a Kafka DLQ",
            ));
        }
        Ok(ReplayOptions {
            filter: Filter::new(args)?,
            limit: args.limit,
            rate: args.rate,
            max_replays: args.max_replays,
            keep_dlq_headers: args.keep_dlq_headers,
            dry_run: args.dry_run,
            window: args.window,
            to: args.to.clone(),
            group: args.group.clone(),
            partitions: args.partitions.clone(),
            from: args.from,
            transactional: args.transactional,
            to_queue: args.to_queue.clone(),
            to_exchange: args.to_exchange.clone(),
        })
    }
}

/// The selection flags of `dlq replay`.
pub struct Filter {
    since: Option<i64>,
    until: Option<i64>,
    key: Option<String>,
    headers: Vec<(String, String)>,
    error: Option<regex::Regex>,
}

impl Filter {
    fn new(args: &DlqReplayArgs) -> Result<Filter> {
        let headers = args
            .headers
            .iter()
            .map(|h| {
                h.split_once('=')
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .ok_or_else(|| Error::usage(format!("--header {h:?}: expected NAME=VALUE")))
            })
            .collect::<Result<Vec<_>>>()?;
        let error = args
            .error
            .as_deref()
            .map(|re| {
                regex::Regex::new(re)
                    .map_err(|e| Error::usage(format!("invalid --error {re:?}: {e}")))
            })
            .transpose()?;
        Ok(Filter {
            since: args.since,
            until: args.until,
            key: args.key.clone(),
            headers,
            error,
        })
    }

    /// Whether a message is selected: its dead-letter time (ms), key, text headers and
    /// decoded metadata.
    fn selects<'h>(
        &self,
        time_ms: Option<i64>,
        key: Option<&[u8]>,
        mut header: impl FnMut(&str) -> Option<std::borrow::Cow<'h, str>>,
        dead_letter: Option<&DeadLetter>,
    ) -> bool {
        if let Some(since) = self.since
            && time_ms.is_none_or(|t| t < since)
        {
            return false;
        }
        if let Some(until) = self.until
            && time_ms.is_none_or(|t| t >= until)
        {
            return false;
        }
        if let Some(k) = &self.key
            && key != Some(k.as_bytes())
        {
            return false;
        }
        if !self
            .headers
            .iter()
            .all(|(name, value)| header(name).is_some_and(|v| v == value.as_str()))
        {
            return false;
        }
        if let Some(re) = &self.error {
            return dead_letter
                .and_then(DeadLetter::error)
                .is_some_and(|e| re.is_match(e));
        }
        true
    }
}

/// Holds a replay to `--rate` and shows its progress bar on a terminal.
struct Pace {
    pacer: Option<Pacer>,
    bar: Bar,
}

impl Pace {
    fn new(rate: Option<u32>, total: Option<u64>, quiet: bool) -> Pace {
        Pace {
            pacer: rate.map(Pacer::new),
            bar: Bar::stderr("replaying", total, quiet),
        }
    }

    /// Counts one message sent; sleeps as needed to keep to the rate.
    fn sent(&mut self) {
        if let Some(pacer) = &mut self.pacer {
            pacer.wait();
        }
        self.bar.inc();
    }
}

/// A sample for `dlq inspect`: the message's envelope line with its decoded metadata added.
fn sample_of(envelope_line: &[u8], dead_letter: Option<&DeadLetter>) -> serde_json::Value {
    let mut value: serde_json::Value =
        serde_json::from_slice(envelope_line).unwrap_or(serde_json::Value::Null);
    if let Some(object) = value.as_object_mut() {
        object.insert(
            "dead_letter".into(),
            serde_json::to_value(dead_letter).unwrap_or_default(),
        );
    }
    value
}

/// Prints a replay's summary (stdout with `-o json`, stderr otherwise) and turns failures and
/// problems into the exit code.
fn finish(summary: &Summary, cfg: &Config, interrupted: bool) -> Result<()> {
    if cfg.output == OutputFormat::Text {
        if !cfg.quiet {
            warn(format_args!("{}", summary.describe()));
        }
    } else {
        write_json(
            &mut std::io::stdout().lock(),
            summary,
            cfg.output == OutputFormat::Json,
        )?;
    }
    if interrupted {
        return Err(Error::Interrupted);
    }
    if summary.failed > 0 || summary.problems() > 0 {
        return Err(Error::Partial(format!(
            "{} failed and {} left in the DLQ for a problem (see above); nothing was lost",
            summary.failed,
            summary.problems()
        )));
    }
    Ok(())
}

/// Prints `dlq inspect`'s counts and samples.
fn print_inspection(report: &Inspection, cfg: &Config) -> Result<()> {
    let mut out = std::io::stdout().lock();
    if cfg.output != OutputFormat::Text {
        return write_json(&mut out, report, cfg.output == OutputFormat::Json);
    }
    let time = |ms: Option<i64>| {
        let mut b = Vec::new();
        crate::output::format::write_iso_time(&mut b, ms);
        String::from_utf8_lossy(&b).into_owned()
    };
    let mut text = format!("{}: {} messages", report.source, report.messages);
    if report.messages > 0 {
        text.push_str(&format!(
            ", dead-lettered {} .. {}",
            time(report.oldest_ms),
            time(report.newest_ms)
        ));
    }
    text.push('\n');
    for (title, counts) in [
        ("by origin", &report.by_origin),
        ("by error", &report.by_error),
        ("by convention", &report.by_convention),
    ] {
        if counts.is_empty() {
            continue;
        }
        text.push_str(&format!("\n{title}:\n"));
        for (what, n) in counts {
            text.push_str(&format!("  {n:>8}  {what}\n"));
        }
    }
    if !report.malformed.is_empty() {
        text.push_str(&format!("\nmalformed ({}):\n", report.malformed.len()));
        for m in &report.malformed {
            text.push_str(&format!("  {m}\n"));
        }
    }
    for (i, sample) in report.samples.iter().enumerate() {
        text.push_str(&format!(
            "\nsample {}:\n{}\n",
            i + 1,
            serde_json::to_string_pretty(sample).unwrap_or_default()
        ));
    }
    out.write_all(text.as_bytes()).map_err(Error::Output)?;
    out.flush().map_err(Error::Output)
}
