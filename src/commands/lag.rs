//! `evctl lag`: how far behind each consumer group is, in messages and in time, with a status
//! judged over a short window of samples, and CI gates.

use std::collections::HashSet;

use crate::cli::{FailOn, LagArgs, OutputFormat};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::kafka::offsets::{OffsetProbe, PartitionOffsets};
use crate::lag::{Gates, GroupLag, GroupStatus, PartitionLag, Sample, evaluate};
use crate::output::table::Table;
use crate::output::{write_json, write_listing};
use crate::start::now_ms;

pub fn run(cfg: &Config, args: &LagArgs) -> Result<()> {
    let probe = OffsetProbe::new(&cfg.kafka, cfg.verbose)?;
    let partitions = probe.partitions(&args.topics)?;
    let judged = format!(
        "{} samples over {}",
        args.samples,
        humantime::format_duration(args.interval * (args.samples - 1))
    );
    let mut reports = Vec::new();
    for group in &args.groups {
        let mut samples: Vec<(i64, Vec<PartitionOffsets>)> = Vec::new();
        for i in 0..args.samples {
            if i > 0 {
                std::thread::sleep(args.interval);
            }
            samples.push((now_ms(), probe.sample(group, &partitions)?));
        }
        reports.push(judge(&probe, group, &judged, &samples, args)?);
    }

    let mut out = std::io::stdout().lock();
    match cfg.output {
        OutputFormat::Json => write_json(&mut out, &reports, true)?,
        OutputFormat::Jsonl => {
            write_listing(&mut out, OutputFormat::Jsonl, &reports, Table::default)?
        }
        OutputFormat::Text => {
            let mut table = Table::new([
                "GROUP",
                "TOPIC",
                "PARTITION",
                "COMMITTED",
                "HIGH",
                "LAG",
                "TIME-LAG",
                "STATUS",
            ]);
            for g in &reports {
                for p in &g.partitions {
                    table.row([
                        g.group.clone(),
                        p.topic.clone(),
                        p.partition.to_string(),
                        p.committed.map_or("-".into(), |c| c.to_string()),
                        p.high_watermark.to_string(),
                        p.lag.to_string(),
                        p.time_lag_ms.map_or("?".into(), format_ms),
                        p.status.as_str().to_string(),
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
                ]);
            }
            table.write(&mut out).map_err(Error::Output)?;
            if !cfg.quiet {
                eprintln!("evctl: status judged from {judged} (--samples, --interval)");
            }
        }
    }

    let gates = Gates {
        fail_on: args.fail_on.map(|f| match f {
            FailOn::Warn => GroupStatus::Warn,
            FailOn::Err => GroupStatus::Err,
        }),
        max_lag: args.max_lag,
        max_time_lag_ms: args
            .max_time_lag
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX)),
    };
    let breaches: Vec<String> = reports.iter().flat_map(|g| gates.breaches(g)).collect();
    if breaches.is_empty() {
        Ok(())
    } else {
        Err(Error::CheckFailed(breaches.join("; ")))
    }
}

/// One group's report from its samples (oldest first).
fn judge(
    probe: &OffsetProbe,
    group: &str,
    judged: &str,
    samples: &[(i64, Vec<PartitionOffsets>)],
    args: &LagArgs,
) -> Result<GroupLag> {
    let Some((now, latest)) = samples.last() else {
        return Ok(GroupLag::new(
            group.to_string(),
            judged.to_string(),
            Vec::new(),
        ));
    };
    // The group's topics: those where it committed anything.
    let topics: HashSet<&str> = latest
        .iter()
        .filter(|p| p.committed.is_some())
        .map(|p| p.topic.as_str())
        .collect();
    let mut partitions = Vec::new();
    let mut unread = Vec::new();
    for (i, current) in latest.iter().enumerate() {
        if !topics.contains(current.topic.as_str()) {
            continue;
        }
        let window: Vec<Sample> = samples
            .iter()
            .map(|(at, parts)| {
                let p = &parts[i];
                Sample {
                    at_ms: *at,
                    committed: p.committed.unwrap_or(p.low_watermark),
                    high_watermark: p.high_watermark,
                }
            })
            .collect();
        let last_change = window
            .windows(2)
            .rev()
            .find(|w| w[1].committed != w[0].committed)
            .map(|w| w[1].at_ms);
        let next = current.committed.unwrap_or(current.low_watermark);
        let lag = (current.high_watermark - next).max(0);
        if lag > 0 {
            unread.push((current.topic.clone(), current.partition, next));
        }
        partitions.push(PartitionLag {
            topic: current.topic.clone(),
            partition: current.partition,
            committed: current.committed,
            high_watermark: current.high_watermark,
            lag,
            time_lag_ms: (lag == 0).then_some(0),
            status: evaluate(&window, 0, *now, last_change),
        });
    }
    let oldest = probe.timestamps_at(&unread)?;
    for p in &mut partitions {
        if p.lag > 0 {
            p.time_lag_ms = oldest
                .get(&(p.topic.clone(), p.partition))
                .map(|ts| (now - ts).max(0));
        }
    }
    if args.only_lagging {
        partitions.retain(|p| p.lag > 0);
    }
    Ok(GroupLag::new(
        group.to_string(),
        judged.to_string(),
        partitions,
    ))
}

fn format_ms(ms: i64) -> String {
    humantime::format_duration(std::time::Duration::from_millis(
        u64::try_from(ms).unwrap_or(0) / 1000 * 1000,
    ))
    .to_string()
}
