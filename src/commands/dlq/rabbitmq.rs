//! DLQ queues on RabbitMQ: inspect with a peek that puts everything back; replay with
//! confirms and `mandatory`, acknowledging a DLQ message only once the target confirmed it.

use std::collections::HashMap;

use super::{
    Inspection, LOOP_GUARD, MALFORMED, NO_ORIGIN, NO_TARGET, NOT_SELECTED, Pace, ReplayOptions,
    Summary,
};
use crate::amqp::dead_letters::{DeadMessage, QueueReader, Replaying, Republisher, Target};
use crate::amqp::envelope::write_amqp_envelope;
use crate::cli::OutputFormat;
use crate::commands::Interrupt;
use crate::config::Config;
use crate::dlq::{self, DeadLetter};
use crate::error::{Error, Result};
use crate::output::progress::warn;

pub async fn inspect(cfg: &Config, queue: &str, samples: usize) -> Result<()> {
    let reader = QueueReader::open(&cfg.amqp, queue).await?;
    let mut report = Inspection {
        source: format!("queue {queue}"),
        ..Inspection::default()
    };
    let mut seen = 0u32;
    while seen < reader.count {
        let Some(d) = reader.next().await? else {
            break;
        };
        seen += 1;
        let decoded = match dlq::decode_amqp(d.headers()) {
            Ok(x) => x,
            Err(e) => {
                report.malformed.push(format!("{queue}#{seen}: {e}"));
                None
            }
        };
        report.count(message_time(queue, &d, decoded.as_ref()), decoded.as_ref());
        if report.samples.len() < samples {
            report.samples.push(sample(queue, &d, decoded.as_ref()));
        }
    }
    reader.close().await;
    super::print_inspection(&report, cfg)
}

/// When it was dead-lettered (x-death time), else its AMQP timestamp.
fn message_time(queue: &str, d: &DeadMessage, dead_letter: Option<&DeadLetter>) -> Option<i64> {
    dead_letter
        .and_then(|x| x.timestamp_ms)
        .or_else(|| d.record(queue).timestamp_ms())
}

fn sample(queue: &str, d: &DeadMessage, dead_letter: Option<&DeadLetter>) -> serde_json::Value {
    let mut line = Vec::new();
    write_amqp_envelope(&mut line, &d.record(queue));
    super::sample_of(&line, dead_letter)
}

/// The target of a message under the flags: `--to-queue`, `--to-exchange [X]`, else its
/// source queue through the default exchange.
fn target_of(opts: &ReplayOptions, dead_letter: Option<&DeadLetter>) -> Option<Target> {
    if let Some(q) = &opts.to_queue {
        return Some(Target {
            exchange: String::new(),
            routing_key: q.clone(),
            cc: Vec::new(),
        });
    }
    let d = dead_letter?;
    match &opts.to_exchange {
        Some(x) => {
            let exchange = if x.is_empty() {
                d.exchange.clone()?
            } else {
                x.clone()
            };
            let mut keys = d.routing_keys.iter().cloned();
            let routing_key = keys.next()?;
            Some(Target {
                exchange,
                routing_key,
                cc: keys.collect(),
            })
        }
        None => Some(Target {
            exchange: String::new(),
            routing_key: d.queue.clone()?,
            cc: Vec::new(),
        }),
    }
}

pub async fn replay(
    cfg: &Config,
    queue: &str,
    opts: &ReplayOptions,
    interrupt: &Interrupt,
) -> Result<()> {
    let reader = QueueReader::open(&cfg.amqp, queue).await?;
    let mut check = reader.checker().await?;
    // An explicit target that does not exist is an error before anything is taken.
    if let Some(q) = &opts.to_queue {
        check.queue(q).await?;
    }
    if let Some(x) = opts.to_exchange.as_deref().filter(|x| !x.is_empty()) {
        check.exchange(x).await?;
    }
    let mut publish = reader.republisher().await?;
    let mut summary = Summary {
        dry_run: opts.dry_run,
        ..Summary::default()
    };
    let mut known: HashMap<Target, bool> = HashMap::new();
    let total = u64::from(reader.count);
    let mut pace = Pace::new(
        opts.rate,
        Some(opts.limit.map_or(total, |l| l.min(total))),
        cfg.quiet,
    );
    let mut seen = 0u32;
    let mut chosen = 0u64;
    let mut lost = None;
    let mut out = std::io::stdout().lock();
    while seen < reader.count && !interrupt.is_set() {
        if opts.limit.is_some_and(|l| chosen >= l) || summary.failed > 0 {
            break;
        }
        let d = match reader.next().await {
            Ok(Some(d)) => d,
            Ok(None) => break,
            Err(e) if chosen > 0 => {
                lost = Some(e);
                break;
            }
            Err(e) => return Err(e),
        };
        seen += 1;
        let position = format!("{queue}#{seen}");
        let decoded = dlq::decode_amqp(d.headers())
            .and_then(|x| Ok((x, dlq::amqp_replay_count(d.headers())?)));
        let (dead_letter, replays) = match decoded {
            Ok(x) => x,
            Err(e) => {
                warn(format_args!("{position}: left in the DLQ: {e}"));
                summary.skip(MALFORMED);
                continue;
            }
        };
        if !opts.filter.selects(
            message_time(queue, &d, dead_letter.as_ref()),
            Some(d.routing_key().as_bytes()),
            |name| d.text_header(name).map(std::borrow::Cow::Owned),
            dead_letter.as_ref(),
        ) {
            summary.skip(NOT_SELECTED);
            continue;
        }
        if replays >= opts.max_replays {
            warn(format_args!(
                "{position}: left in the DLQ: already replayed {replays} times \
                 (--max-replays {})",
                opts.max_replays
            ));
            summary.skip(LOOP_GUARD);
            continue;
        }
        let Some(target) = target_of(opts, dead_letter.as_ref()) else {
            warn(format_args!(
                "{position}: left in the DLQ: its headers do not say where it came from \
                 (give --to-queue or --to-exchange X)"
            ));
            summary.skip(NO_ORIGIN);
            continue;
        };
        if !known.contains_key(&target) {
            let exists = if target.exchange.is_empty() {
                check.queue(&target.routing_key).await
            } else {
                check.exchange(&target.exchange).await
            };
            let ok = match exists {
                Ok(()) => true,
                Err(Error::NotFound(_)) => false,
                Err(e) => return Err(e),
            };
            known.insert(target.clone(), ok);
        }
        if !known[&target] {
            warn(format_args!(
                "{position}: left in the DLQ: target {} does not exist",
                target.describe()
            ));
            summary.skip(NO_TARGET);
            continue;
        }
        chosen += 1;
        if opts.dry_run {
            let line = if cfg.output == OutputFormat::Text {
                format!("{position} -> {}\n", target.describe())
            } else {
                let mut l = serde_json::json!({
                    "from": position,
                    "exchange": target.exchange,
                    "routing_key": target.routing_key,
                })
                .to_string();
                l.push('\n');
                l
            };
            use std::io::Write;
            out.write_all(line.as_bytes()).map_err(Error::Output)?;
            summary.replayed_to(&target.describe());
            pace.sent();
            continue;
        }
        let how = Replaying {
            queue,
            replays,
            keep_dlq_headers: opts.keep_dlq_headers,
        };
        // A connection that goes (a restart, an operator) ends the replay with its report:
        // what was not confirmed stays in the DLQ.
        if let Err(e) = publish.publish(&d, &target, &how, position).await {
            lost = Some(e);
            break;
        }
        pace.sent();
        while publish.pending() >= opts.window as usize {
            settle(&mut publish, &mut summary).await?;
        }
    }
    while publish.pending() > 0 {
        settle(&mut publish, &mut summary).await?;
    }
    drop(pace);
    publish.close().await;
    check.close().await;
    reader.close().await;
    let finished = super::finish(&summary, cfg, interrupt.is_set());
    match lost {
        Some(e) => Err(Error::Partial(format!(
            "{e}; the replay stopped there, and what it did not replay stays in the DLQ; \
             nothing was lost"
        ))),
        None => finished,
    }
}

/// Waits for the oldest confirm: a replay the target took is counted (and its DLQ message
/// acknowledged); one it did not stays in the DLQ, with a warning.
async fn settle(publish: &mut Republisher<'_>, summary: &mut Summary) -> Result<()> {
    match publish.settle_oldest().await? {
        Some((target, None)) => summary.replayed_to(&target),
        Some((target, Some((position, why)))) => {
            warn(format_args!("{position}: not replayed to {target}: {why}"));
            summary.failed += 1;
        }
        None => {}
    }
    Ok(())
}
