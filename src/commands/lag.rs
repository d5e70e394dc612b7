//! `evctl lag`: how far behind each consumer group is, in messages and in time, with a status
//! judged over a short window of samples, and CI gates.

use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::Interrupt;

use crate::amqp::management::ManagementClient;
use crate::cli::{FailOn, LagArgs, LagView, OutputFormat};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::kafka::lag_sampler::LagSampler;
use crate::kafka::offsets::OffsetProbe;
use crate::lag::format_ms;
use crate::lag::{Gates, GroupLag, GroupStatus, QueueLag, QueueSample, Trend, judge_queue};
use crate::metrics;
use crate::output::format::write_iso_time;
use crate::output::table::Table;
use crate::output::write_listing;
use crate::start::now_ms;
use crate::tui::app::Tab;
use crate::tui::run::{Dashboard, run_dashboard};

/// `evctl lag`'s flags, checked and parsed before anything is read.
struct Lag {
    groups: Vec<String>,
    topics: Vec<String>,
    /// `--queue` names and patterns, matched whole: RabbitMQ queues instead of groups.
    queues: Vec<regex::Regex>,
    /// Readings that judge a group or queue.
    samples: u32,
    /// Time between readings.
    interval: Duration,
    /// Print every reading (`--watch`), not only the judgement once the window is full.
    watch: bool,
    only_lagging: bool,
    gates: Gates,
    /// `lag dashboard`: its refresh.
    dashboard: Option<Duration>,
}

/// What `lag` watches: groups (and topics), or RabbitMQ queues; and its window.
pub struct Selection {
    pub groups: Vec<String>,
    pub topics: Vec<String>,
    pub queues: Vec<regex::Regex>,
    pub samples: u32,
}

impl Lag {
    fn selection(&self) -> Selection {
        Selection {
            groups: self.groups.clone(),
            topics: self.topics.clone(),
            queues: self.queues.clone(),
            samples: self.samples,
        }
    }
}

impl Lag {
    fn resolve(args: &LagArgs) -> Result<Lag> {
        let queues = args
            .queues
            .iter()
            .map(|p| {
                regex::Regex::new(&format!("^(?:{p})$"))
                    .map_err(|e| Error::usage(format!("invalid --queue {p:?}: {e}")))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Lag {
            groups: args.groups.clone(),
            topics: args.topics.clone(),
            queues,
            samples: args.samples,
            interval: args.watch.unwrap_or(args.interval),
            watch: args.watch.is_some(),
            only_lagging: args.only_lagging,
            gates: Gates {
                fail_on: args.fail_on.map(|f| match f {
                    FailOn::Warn => GroupStatus::Warn,
                    FailOn::Err => GroupStatus::Err,
                }),
                max_lag: args.max_lag,
                max_time_lag_ms: args
                    .max_time_lag
                    .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX)),
            },
            dashboard: match &args.view {
                Some(LagView::Dashboard(dash)) => Some(dash.refresh),
                _ => None,
            },
        })
    }
}

pub fn run(cfg: &Config, args: &LagArgs, interrupt: &Interrupt) -> Result<()> {
    let lag = Lag::resolve(args)?;
    if let Some(LagView::Serve(serve)) = &args.view {
        return super::lag_serve::run(cfg, &lag.selection(), serve, interrupt);
    }
    if let Some(refresh) = lag.dashboard {
        // Consumer groups, or (with --queue) the RabbitMQ queues named.
        return run_dashboard(
            cfg,
            &Dashboard {
                tabs: vec![if lag.queues.is_empty() {
                    Tab::Lag
                } else {
                    Tab::Queues
                }],
                groups: lag.groups,
                topics: lag.topics,
                queues: lag.queues,
                contexts: Vec::new(),
                samples: lag.samples,
                refresh,
                connection: Vec::new(),
            },
            None,
        );
    }
    if !lag.queues.is_empty() {
        return run_queues(cfg, &lag, interrupt);
    }
    let probe = Arc::new(OffsetProbe::new(&cfg.kafka, cfg.verbose)?);
    let mut sampler = LagSampler::new(probe, &lag.groups, &lag.topics, lag.samples)?;
    // With --watch an unreachable cluster is said once, and the watch goes on until it returns.
    let mut outage = false;
    loop {
        let (filled, mut reports) = match sampler.sample() {
            Ok(sampled) => {
                if std::mem::take(&mut outage) && !cfg.quiet {
                    eprintln!("evctl: the cluster answers again");
                }
                sampled
            }
            Err(e @ (Error::Unavailable(_) | Error::Broker(_))) if lag.watch => {
                if !std::mem::replace(&mut outage, true) {
                    eprintln!("evctl: {e} (still watching; retrying every {})", {
                        humantime::format_duration(lag.interval)
                    });
                }
                sleep_unless_interrupted(lag.interval, interrupt)?;
                continue;
            }
            Err(e) => return Err(e),
        };
        if lag.watch || filled {
            if lag.only_lagging {
                for g in &mut reports {
                    g.partitions.retain(|p| p.lag > 0);
                }
                reports = reports
                    .into_iter()
                    .map(|g| GroupLag::new(g.group, g.judged, g.partitions))
                    .collect();
            }
            print(cfg, &reports, lag.watch)?;
            let breaches: Vec<String> =
                reports.iter().flat_map(|g| lag.gates.breaches(g)).collect();
            if !breaches.is_empty() {
                return Err(Error::CheckFailed(breaches.join("; ")));
            }
            if !lag.watch {
                return Ok(());
            }
        }
        sleep_unless_interrupted(lag.interval, interrupt)?;
    }
}

/// (vhost, queue)
type QueueKey = (String, String);

/// RabbitMQ queues judged by depth over a window of samples, as `lag --queue` and
/// `lag serve --queue` read them.
pub struct QueueSampler {
    client: ManagementClient,
    patterns: Vec<regex::Regex>,
    samples: usize,
    /// Per queue (vhost, name): depths sampled, oldest first.
    history: Vec<(QueueKey, Vec<QueueSample>)>,
    /// Whether stream consumers' offset lag is hidden (rabbitmq_stream_management is off).
    pub unexposed: bool,
}

impl QueueSampler {
    pub fn new(cfg: &Config, patterns: &[regex::Regex], samples: u32) -> Result<QueueSampler> {
        Ok(QueueSampler {
            client: ManagementClient::new(&cfg.amqp)?,
            patterns: patterns.to_vec(),
            samples: samples.max(1) as usize,
            history: Vec::new(),
            unexposed: false,
        })
    }

    /// Takes one sample and judges every queue on its window; true when every window is full.
    pub fn sample(&mut self) -> Result<(bool, Vec<QueueLag>)> {
        let at = now_ms();
        let patterns = &self.patterns;
        let (readings, exposed) = self
            .client
            .queue_readings(|q| patterns.iter().any(|re| re.is_match(&q.name)))?;
        self.unexposed = !exposed;
        for (q, consumers) in readings {
            let key = (q.vhost.clone(), q.name.clone());
            match self.history.iter_mut().find(|(k, _)| *k == key) {
                Some((_, samples)) => samples.push((at, q.counts(), consumers)),
                None => self.history.push((key, vec![(at, q.counts(), consumers)])),
            }
        }
        for (_, samples) in &mut self.history {
            if samples.len() > self.samples {
                samples.remove(0);
            }
        }
        let filled = self.history.iter().all(|(_, s)| s.len() >= self.samples);
        let reports = self.history.iter().map(|(_, s)| judge_queue(s)).collect();
        Ok((filled, reports))
    }
}

/// `lag --queue`: RabbitMQ queues judged by depth over the same window of samples.
fn run_queues(cfg: &Config, lag: &Lag, interrupt: &Interrupt) -> Result<()> {
    let mut sampler = QueueSampler::new(cfg, &lag.queues, lag.samples)?;
    let mut warned = false;
    loop {
        let (filled, reports) = sampler.sample()?;
        if sampler.unexposed && !warned && !cfg.quiet {
            warned = true;
            eprintln!(
                "evctl: offset lag of stream consumers is not exposed: enable the \
                 rabbitmq_stream_management plugin"
            );
        }
        if lag.watch || filled {
            print_queues(cfg, &reports)?;
            let breaches: Vec<String> = reports
                .iter()
                .flat_map(|q| lag.gates.queue_breaches(q))
                .collect();
            if !breaches.is_empty() {
                return Err(Error::CheckFailed(breaches.join("; ")));
            }
            if !lag.watch {
                return Ok(());
            }
        }
        sleep_unless_interrupted(lag.interval, interrupt)?;
    }
}

fn print_queues(cfg: &Config, reports: &[QueueLag]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match cfg.output {
        OutputFormat::Prometheus => {
            let mut text = metrics::Exposition::text();
            metrics::write_queues(reports, &mut text);
            out.write_all(&text.into_text()).map_err(Error::Output)?;
        }
        OutputFormat::Json | OutputFormat::Jsonl | OutputFormat::Junit => {
            write_listing(&mut out, cfg.output, reports, Table::default)?
        }
        OutputFormat::Text => {
            let mut table = Table::new([
                "VHOST",
                "QUEUE",
                "DEPTH",
                "READY",
                "UNACKED",
                "OFFSET-LAG",
                "CONSUMERS",
                "STATUS",
                "TREND",
            ]);
            for q in reports {
                table.row([
                    q.vhost.clone(),
                    q.queue.clone(),
                    q.depth.to_string(),
                    q.ready.to_string(),
                    q.unacked.to_string(),
                    q.offset_lag.map_or("-".into(), |l| l.to_string()),
                    q.consumers.to_string(),
                    format!("{} ({})", q.status.as_str(), q.partition_status.as_str()),
                    describe_trend(&q.trend, ["ack", "publish", "nothing acknowledged"]),
                ]);
            }
            table.write(&mut out).map_err(Error::Output)?;
        }
    }
    out.flush().map_err(Error::Output)
}

pub fn sleep_unless_interrupted(duration: Duration, interrupt: &Interrupt) -> Result<()> {
    let until = Instant::now() + duration;
    while Instant::now() < until {
        if interrupt.is_set() {
            return Err(Error::Interrupted);
        }
        std::thread::sleep(Duration::from_millis(50).min(until - Instant::now()));
    }
    Ok(())
}

fn print(cfg: &Config, reports: &[GroupLag], watching: bool) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match cfg.output {
        OutputFormat::Prometheus => {
            let mut text = metrics::Exposition::text();
            metrics::write_groups(reports, &mut text);
            out.write_all(&text.into_text()).map_err(Error::Output)?;
        }
        OutputFormat::Json | OutputFormat::Jsonl | OutputFormat::Junit => {
            write_listing(&mut out, cfg.output, reports, Table::default)?
        }
        OutputFormat::Text => {
            if watching {
                let mut stamp = Vec::new();
                write_iso_time(&mut stamp, Some(now_ms()));
                writeln!(out, "{}", String::from_utf8_lossy(&stamp)).map_err(Error::Output)?;
            }
            let mut table = Table::new([
                "GROUP",
                "TOPIC",
                "PARTITION",
                "COMMITTED",
                "HIGH",
                "LAG",
                "TIME-LAG",
                "STATUS",
                "TREND",
            ]);
            for g in reports {
                for p in &g.partitions {
                    table.row([
                        g.group.clone(),
                        p.topic.to_string(),
                        p.partition.to_string(),
                        p.committed.map_or("-".into(), |c| c.to_string()),
                        p.high_watermark.to_string(),
                        p.lag.to_string(),
                        p.time_lag_ms.map_or("?".into(), format_ms),
                        p.status.as_str().to_string(),
                        p.trend.as_ref().map_or(String::new(), |t| {
                            describe_trend(t, ["consume", "produce", "not consuming"])
                        }),
                    ]);
                }
                table.row([
                    g.group.clone(),
                    "(group)".into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    g.total_lag.to_string(),
                    g.max_time_lag_ms.map_or("-".into(), format_ms),
                    g.status.as_str().to_string(),
                    g.trend.as_ref().map_or(String::new(), |t| {
                        describe_trend(t, ["consume", "produce", "not consuming"])
                    }),
                ]);
            }
            table.write(&mut out).map_err(Error::Output)?;
            if let Some(g) = reports.first()
                && !cfg.quiet
                && !watching
            {
                eprintln!(
                    "evctl: status judged from {} (--samples, --interval)",
                    g.judged
                );
            }
        }
    }
    out.flush().map_err(Error::Output)
}

/// "consume 12.0/s, produce 3.0/s, caught up in 4s", or why it will not be; `labels` name the
/// two rates (RabbitMQ: ack and publish) and the idle case.
fn describe_trend(t: &Trend, labels: [&str; 3]) -> String {
    let eta = match (t.catch_up_ms, t.falling_behind) {
        (_, true) => "falling behind".to_string(),
        (Some(0), _) => "caught up".to_string(),
        (Some(ms), _) => format!("caught up in {}", format_ms(ms)),
        (None, false) if t.consume_rate <= 0.0 => labels[2].to_string(),
        (None, false) => "not catching up".to_string(),
    };
    format!(
        "consume {:.1}/s, produce {:.1}/s, {eta}",
        t.consume_rate, t.produce_rate
    )
}
