//! DLQ queues on RabbitMQ: inspect with a peek that puts everything back; replay with
//! confirms and `mandatory`, acknowledging a DLQ message only once the target confirmed it.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

use futures_util::StreamExt;
use lapin::message::Delivery;
use lapin::options::{
    BasicAckOptions, BasicConsumeOptions, BasicPublishOptions, ConfirmSelectOptions,
};
use lapin::types::{AMQPValue, FieldArray, FieldTable, LongString};
use lapin::{Channel, Confirmation, Connection, Consumer, PublisherConfirm};

use super::{
    Filter, Inspection, LOOP_GUARD, MALFORMED, NO_ORIGIN, NO_TARGET, NOT_SELECTED, Pace, Summary,
};
use crate::amqp::client::{amqp_error, check_exchange, check_queue, connect};
use crate::amqp::envelope::{AmqpRecordRef, write_amqp_envelope};
use crate::cli::{DlqReplayArgs, OutputFormat};
use crate::commands::Interrupt;
use crate::config::Config;
use crate::dlq::{
    self, DeadLetter, REPLAY_COUNT, REPLAYED_AT, REPLAYED_FROM, is_dead_letter_header,
};
use crate::error::{Error, Result};
use crate::output::progress::warn;

/// Nothing arriving for this long means the rest of the queue went to other consumers.
const QUIET: Duration = Duration::from_secs(2);

struct Reader {
    connection: Connection,
    channel: Channel,
    consumer: Consumer,
    /// Messages in the queue when reading began: no more are read (a replayed message that
    /// fails again comes back later, not into this run).
    count: u32,
}

async fn open(cfg: &Config, queue: &str) -> Result<Reader> {
    let settings = &cfg.amqp;
    let connection = connect(settings).await?;
    let channel = connection
        .create_channel()
        .await
        .map_err(|e| amqp_error("opening a channel", &e, settings))?;
    let count = check_queue(&channel, queue, settings).await?.0;
    // No prefetch limit: messages left in the DLQ stay unacknowledged until the channel
    // closes (which puts them back), and must not stall the rest.
    let consumer = channel
        .basic_consume(
            queue.into(),
            "evctl-dlq".into(),
            BasicConsumeOptions::default(),
            FieldTable::default(),
        )
        .await
        .map_err(|e| amqp_error(&format!("reading queue {queue:?}"), &e, settings))?;
    Ok(Reader {
        connection,
        channel,
        consumer,
        count,
    })
}

impl Reader {
    async fn next(&mut self, cfg: &Config) -> Result<Option<Delivery>> {
        match tokio::time::timeout(QUIET, self.consumer.next()).await {
            Ok(Some(Ok(d))) => Ok(Some(d)),
            Ok(Some(Err(e))) => Err(amqp_error("reading the DLQ", &e, &cfg.amqp)),
            Ok(None) | Err(_) => Ok(None),
        }
    }

    /// Closes the channel: every message not acknowledged goes back to the DLQ.
    async fn close(self) {
        let _ = self.channel.close(200, "evctl done".into()).await;
        let _ = self.connection.close(200, "evctl done".into()).await;
    }
}

fn headers_of(d: &Delivery) -> FieldTable {
    d.properties.headers().clone().unwrap_or_default()
}

fn text_header(headers: &FieldTable, name: &str) -> Option<String> {
    match headers.inner().get(name)? {
        AMQPValue::LongString(s) => Some(String::from_utf8_lossy(s.as_bytes()).into_owned()),
        AMQPValue::ShortString(s) => Some(s.as_str().to_string()),
        AMQPValue::LongLongInt(n) => Some(n.to_string()),
        AMQPValue::LongInt(n) => Some(n.to_string()),
        AMQPValue::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

pub async fn inspect(cfg: &Config, queue: &str, samples: usize) -> Result<()> {
    let mut reader = open(cfg, queue).await?;
    let mut report = Inspection {
        source: format!("queue {queue}"),
        ..Inspection::default()
    };
    let mut seen = 0u32;
    while seen < reader.count {
        let Some(d) = reader.next(cfg).await? else {
            break;
        };
        seen += 1;
        let headers = headers_of(&d);
        let decoded = match dlq::decode_amqp(&headers) {
            Ok(x) => x,
            Err(e) => {
                report.malformed.push(format!("{queue}#{seen}: {e}"));
                None
            }
        };
        report.count(message_time(&d, decoded.as_ref()), decoded.as_ref());
        if report.samples.len() < samples {
            report.samples.push(sample(queue, &d, decoded.as_ref()));
        }
    }
    reader.close().await;
    super::print_inspection(&report, cfg)
}

/// When it was dead-lettered (x-death time), else its AMQP timestamp.
fn message_time(d: &Delivery, dead_letter: Option<&DeadLetter>) -> Option<i64> {
    dead_letter.and_then(|x| x.timestamp_ms).or_else(|| {
        d.properties
            .timestamp()
            .and_then(|t| i64::try_from(t).ok())
            .map(|t| t * 1000)
    })
}

fn sample(queue: &str, d: &Delivery, dead_letter: Option<&DeadLetter>) -> serde_json::Value {
    let mut line = Vec::new();
    write_amqp_envelope(
        &mut line,
        &AmqpRecordRef {
            exchange: d.exchange.as_str(),
            routing_key: d.routing_key.as_str(),
            queue: Some(queue),
            redelivered: d.redelivered,
            properties: &d.properties,
            body: &d.data,
        },
    );
    super::sample_of(&line, dead_letter)
}

/// Where one message goes: exchange and routing key (and more keys as `CC`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Target {
    exchange: String,
    routing_key: String,
    cc: Vec<String>,
}

impl Target {
    fn describe(&self) -> String {
        if self.exchange.is_empty() {
            format!("queue {}", self.routing_key)
        } else {
            format!("exchange {} key {}", self.exchange, self.routing_key)
        }
    }
}

/// The target of a message under the flags: `--to-queue`, `--to-exchange [X]`, else its
/// source queue through the default exchange.
fn target_of(args: &DlqReplayArgs, dead_letter: Option<&DeadLetter>) -> Option<Target> {
    if let Some(q) = &args.to_queue {
        return Some(Target {
            exchange: String::new(),
            routing_key: q.clone(),
            cc: Vec::new(),
        });
    }
    let d = dead_letter?;
    match &args.to_exchange {
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

/// A published message awaiting its confirm, and the DLQ delivery to acknowledge then.
struct Pending {
    confirm: PublisherConfirm,
    delivery_tag: u64,
    target: String,
    position: String,
}

pub async fn replay(
    cfg: &Config,
    queue: &str,
    args: &DlqReplayArgs,
    filter: &Filter,
    interrupt: &Interrupt,
) -> Result<()> {
    let settings = &cfg.amqp;
    let mut reader = open(cfg, queue).await?;
    // Checks run on their own channel: a failed passive declare closes its channel.
    let mut check = reader
        .connection
        .create_channel()
        .await
        .map_err(|e| amqp_error("opening a channel", &e, settings))?;
    // An explicit target that does not exist is an error before anything is taken.
    if let Some(q) = &args.to_queue {
        check_queue(&check, q, settings).await?;
    }
    if let Some(x) = args.to_exchange.as_deref().filter(|x| !x.is_empty()) {
        check_exchange(&check, x, settings).await?;
    }
    let publish = reader
        .connection
        .create_channel()
        .await
        .map_err(|e| amqp_error("opening a channel", &e, settings))?;
    publish
        .confirm_select(ConfirmSelectOptions::default())
        .await
        .map_err(|e| amqp_error("enabling publisher confirms", &e, settings))?;
    let mut summary = Summary {
        dry_run: args.dry_run,
        ..Summary::default()
    };
    let mut known: HashMap<Target, bool> = HashMap::new();
    let mut pending: VecDeque<Pending> = VecDeque::new();
    let total = u64::from(reader.count);
    let mut pace = Pace::new(
        args.rate,
        Some(args.limit.map_or(total, |l| l.min(total))),
        cfg.quiet,
    );
    let mut seen = 0u32;
    let mut chosen = 0u64;
    let mut out = std::io::stdout().lock();
    while seen < reader.count && !interrupt.is_set() {
        if args.limit.is_some_and(|l| chosen >= l) || summary.failed > 0 {
            break;
        }
        let Some(d) = reader.next(cfg).await? else {
            break;
        };
        seen += 1;
        let position = format!("{queue}#{seen}");
        let headers = headers_of(&d);
        let decoded =
            dlq::decode_amqp(&headers).and_then(|x| Ok((x, dlq::amqp_replay_count(&headers)?)));
        let (dead_letter, replays) = match decoded {
            Ok(x) => x,
            Err(e) => {
                warn(format_args!("{position}: left in the DLQ: {e}"));
                summary.skip(MALFORMED);
                continue;
            }
        };
        let key = Some(d.routing_key.as_str().as_bytes());
        if !filter.selects(
            message_time(&d, dead_letter.as_ref()),
            key,
            |name| text_header(&headers, name).map(std::borrow::Cow::Owned),
            dead_letter.as_ref(),
        ) {
            summary.skip(NOT_SELECTED);
            continue;
        }
        if replays >= args.max_replays {
            warn(format_args!(
                "{position}: left in the DLQ: already replayed {replays} times \
                 (--max-replays {})",
                args.max_replays
            ));
            summary.skip(LOOP_GUARD);
            continue;
        }
        let Some(target) = target_of(args, dead_letter.as_ref()) else {
            warn(format_args!(
                "{position}: left in the DLQ: its headers do not say where it came from \
                 (give --to-queue or --to-exchange X)"
            ));
            summary.skip(NO_ORIGIN);
            continue;
        };
        if !known.contains_key(&target) {
            let exists = if target.exchange.is_empty() {
                check_queue(&check, &target.routing_key, settings)
                    .await
                    .map(|_| ())
            } else {
                check_exchange(&check, &target.exchange, settings).await
            };
            let ok = match exists {
                Ok(_) => true,
                Err(Error::NotFound(_)) => {
                    check = reader
                        .connection
                        .create_channel()
                        .await
                        .map_err(|e| amqp_error("opening a channel", &e, settings))?;
                    false
                }
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
        if args.dry_run {
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
        let mut table = FieldTable::default();
        for (k, v) in headers.inner() {
            let name = k.as_str();
            if (args.keep_dlq_headers || !is_dead_letter_header(name))
                && ![REPLAY_COUNT, REPLAYED_AT, REPLAYED_FROM].contains(&name)
            {
                table.insert(k.clone(), v.clone());
            }
        }
        table.insert(
            REPLAY_COUNT.into(),
            AMQPValue::LongLongInt(i64::from(replays) + 1),
        );
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        table.insert(REPLAYED_AT.into(), AMQPValue::LongString(now.into()));
        table.insert(
            REPLAYED_FROM.into(),
            AMQPValue::LongString(format!("queue {queue}").into()),
        );
        if !target.cc.is_empty() {
            let cc: Vec<AMQPValue> = target
                .cc
                .iter()
                .map(|k| AMQPValue::LongString(LongString::from(k.as_bytes().to_vec())))
                .collect();
            table.insert("CC".into(), AMQPValue::FieldArray(FieldArray::from(cc)));
        }
        let properties = d.properties.clone().with_headers(table);
        let confirm = publish
            .basic_publish(
                target.exchange.as_str().into(),
                target.routing_key.as_str().into(),
                BasicPublishOptions {
                    mandatory: true,
                    ..BasicPublishOptions::default()
                },
                &d.data,
                properties,
            )
            .await
            .map_err(|e| amqp_error("publishing", &e, settings))?;
        pending.push_back(Pending {
            confirm,
            delivery_tag: d.delivery_tag,
            target: target.describe(),
            position,
        });
        pace.sent();
        while pending.len() >= args.window as usize {
            settle(&reader.channel, &mut pending, &mut summary, cfg).await?;
        }
    }
    while !pending.is_empty() {
        settle(&reader.channel, &mut pending, &mut summary, cfg).await?;
    }
    drop(pace);
    let _ = publish.close(200, "evctl done".into()).await;
    let _ = check.close(200, "evctl done".into()).await;
    reader.close().await;
    super::finish(&summary, cfg, interrupt.is_set())
}

/// Waits for the oldest confirm; acknowledges its DLQ message only when the target took it.
async fn settle(
    channel: &Channel,
    pending: &mut VecDeque<Pending>,
    summary: &mut Summary,
    cfg: &Config,
) -> Result<()> {
    let Some(p) = pending.pop_front() else {
        return Ok(());
    };
    let why = match tokio::time::timeout(cfg.amqp.timeout, p.confirm).await {
        Ok(Ok(Confirmation::Ack(None))) => None,
        Ok(Ok(Confirmation::Ack(Some(returned)))) => Some(format!(
            "unroutable, returned by the broker ({} {})",
            returned.reply_code, returned.reply_text
        )),
        Ok(Ok(Confirmation::Nack(_))) => Some("nacked by the broker".to_string()),
        Ok(Ok(Confirmation::NotRequested)) => Some("no confirm".to_string()),
        Ok(Err(e)) => Some(e.to_string()),
        Err(_) => Some(format!(
            "no confirm within {}",
            humantime::format_duration(cfg.amqp.timeout)
        )),
    };
    match why {
        None => {
            channel
                .basic_ack(p.delivery_tag, BasicAckOptions::default())
                .await
                .map_err(|e| amqp_error("acknowledging a replayed message", &e, &cfg.amqp))?;
            summary.replayed_to(&p.target);
        }
        Some(why) => {
            // Not acknowledged: it stays in the DLQ.
            warn(format_args!(
                "{}: not replayed to {}: {why}",
                p.position, p.target
            ));
            summary.failed += 1;
        }
    }
    Ok(())
}
