//! `evctl groups list|describe|reset-offsets`: consumer groups, who is in them, and moving
//! their committed offsets.

use std::collections::{BTreeSet, HashMap};
use std::io::Write;

use serde::Serialize;

use crate::cli::{GroupsCommand, OutputFormat, ResetOffsetsArgs};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::kafka::membership::Member;
use crate::kafka::offsets::OffsetProbe;
use crate::output::table::Table;
use crate::output::{write_json, write_listing};
use crate::start::now_ms;

pub fn run(cfg: &Config, command: &GroupsCommand) -> Result<()> {
    let probe = OffsetProbe::new(&cfg.kafka, cfg.verbose)?;
    match command {
        GroupsCommand::List => list(cfg, &probe),
        GroupsCommand::Describe { group } => describe(cfg, &probe, group),
        GroupsCommand::ResetOffsets(args) => {
            let reset = Reset::resolve(args)?;
            reset_offsets(cfg, &probe, &reset)
        }
    }
}

#[derive(Debug, Serialize)]
struct GroupRow {
    group: String,
    state: String,
    /// `None` when the broker would not describe the group.
    members: Option<usize>,
    protocol: Option<String>,
    /// Topics it has committed offsets on or is assigned.
    topics: Vec<String>,
}

fn list(cfg: &Config, probe: &OffsetProbe) -> Result<()> {
    let listed = probe.list_groups()?;
    let described = if listed.is_empty() {
        Ok(Vec::new())
    } else {
        probe.describe(None)
    };
    let partitions = probe.partitions(&[])?;
    let mut rows = Vec::with_capacity(listed.len());
    for g in &listed {
        let description = described
            .as_ref()
            .ok()
            .and_then(|d| d.iter().find(|d| d.group == g.group));
        let mut topics: BTreeSet<String> = probe
            .committed(&g.group, &partitions)?
            .into_iter()
            .filter(|(_, offset)| offset.is_some())
            .map(|((topic, _), _)| topic)
            .collect();
        if let Some(d) = description {
            topics.extend(
                d.members
                    .iter()
                    .flat_map(|m| m.assignment.iter().map(|a| a.topic.clone())),
            );
        }
        let state = match description {
            Some(d) if g.state == "Unknown" => d.state.clone(),
            _ => g.state.clone(),
        };
        rows.push(GroupRow {
            group: g.group.clone(),
            state,
            members: description.map(|d| d.members.len()),
            protocol: description.map(|d| d.protocol.clone()),
            topics: topics.into_iter().collect(),
        });
    }
    write_listing(&mut std::io::stdout().lock(), cfg.output, &rows, || {
        let mut table = Table::new(["GROUP", "STATE", "MEMBERS", "PROTOCOL", "TOPICS"]);
        for r in &rows {
            table.row([
                r.group.clone(),
                r.state.clone(),
                r.members.map_or("?".into(), |m| m.to_string()),
                r.protocol.clone().unwrap_or_else(|| "?".into()),
                r.topics.join(","),
            ]);
        }
        table
    })?;
    if let Err(e) = described
        && !cfg.quiet
    {
        eprintln!("evctl: members and protocol unknown: {e}");
    }
    Ok(())
}

#[derive(Debug, Serialize)]
struct Description {
    group: String,
    state: Option<String>,
    protocol_type: Option<String>,
    protocol: Option<String>,
    /// `None` when the broker would not describe the group.
    members: Option<Vec<Member>>,
    offsets: Vec<OffsetRow>,
}

#[derive(Debug, Serialize)]
struct OffsetRow {
    topic: String,
    partition: i32,
    committed: Option<i64>,
    high_watermark: i64,
    lag: i64,
    member_id: Option<String>,
    client_id: Option<String>,
    host: Option<String>,
}

fn describe(cfg: &Config, probe: &OffsetProbe, group: &str) -> Result<()> {
    let described = probe
        .describe(Some(group))
        .map(|d| d.into_iter().find(|d| d.group == group));
    let all = probe.partitions(&[])?;
    let committed = probe.committed(group, &all)?;
    let description = described.as_ref().ok().and_then(Option::as_ref);
    // The group's topics: those it committed on and those assigned to its members.
    let mut topics: BTreeSet<&str> = committed
        .iter()
        .filter(|(_, o)| o.is_some())
        .map(|((t, _), _)| t.as_str())
        .collect();
    if let Some(d) = description {
        topics.extend(
            d.members
                .iter()
                .flat_map(|m| m.assignment.iter().map(|a| a.topic.as_str())),
        );
    }
    let partitions: Vec<(String, i32)> = all
        .iter()
        .filter(|(t, _)| topics.contains(t.as_str()))
        .cloned()
        .collect();
    let known = description.is_some_and(|d| !d.members.is_empty() || d.state != "Dead");
    if partitions.is_empty() && !known && described.is_ok() {
        return Err(Error::NotFound(format!(
            "no consumer group {group:?} on {}: no members and no committed offsets",
            cfg.kafka.brokers
        )));
    }
    let watermarks = probe.watermarks(&partitions)?;
    let offsets: Vec<OffsetRow> = partitions
        .iter()
        .map(|key| {
            let c = committed.get(key).copied().flatten();
            let (low, high) = watermarks.get(key).copied().unwrap_or((0, 0));
            let owner = description.and_then(|d| d.owner(&key.0, key.1));
            OffsetRow {
                topic: key.0.clone(),
                partition: key.1,
                committed: c,
                high_watermark: high,
                lag: (high - c.unwrap_or(low)).max(0),
                member_id: owner.map(|m| m.member_id.clone()),
                client_id: owner.map(|m| m.client_id.clone()),
                host: owner.map(|m| m.host.clone()),
            }
        })
        .collect();
    let report = Description {
        group: group.to_string(),
        state: description.map(|d| d.state.clone()),
        protocol_type: description.map(|d| d.protocol_type.clone()),
        protocol: description.map(|d| d.protocol.clone()),
        members: description.map(|d| d.members.clone()),
        offsets,
    };
    print_description(cfg, &report)?;
    match described {
        Err(e) => Err(Error::Unavailable(format!(
            "offsets shown, members unknown: {e}"
        ))),
        Ok(_) => Ok(()),
    }
}

fn print_description(cfg: &Config, d: &Description) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match cfg.output {
        // Prometheus and JUnit are refused before this runs.
        OutputFormat::Json
        | OutputFormat::Jsonl
        | OutputFormat::Junit
        | OutputFormat::Prometheus => write_json(&mut out, d, cfg.output == OutputFormat::Json)?,
        OutputFormat::Text => {
            let unknown = || "?".to_string();
            writeln!(
                out,
                "group {}  state {}  protocol {}  members {}\n",
                d.group,
                d.state.clone().unwrap_or_else(unknown),
                d.protocol
                    .clone()
                    .filter(|p| !p.is_empty())
                    .unwrap_or_else(|| "-".into()),
                d.members
                    .as_ref()
                    .map_or_else(unknown, |m| m.len().to_string())
            )
            .map_err(Error::Output)?;
            if let Some(members) = d.members.as_ref().filter(|m| !m.is_empty()) {
                let mut table = Table::new(["MEMBER", "CLIENT-ID", "HOST", "ASSIGNMENT"]);
                for m in members {
                    table.row([
                        m.member_id.clone(),
                        m.client_id.clone(),
                        m.host.clone(),
                        match &m.unreadable_assignment {
                            Some(why) => format!("unreadable ({why})"),
                            None => m
                                .assignment
                                .iter()
                                .map(|a| {
                                    let parts: Vec<String> =
                                        a.partitions.iter().map(i32::to_string).collect();
                                    format!("{}:{}", a.topic, parts.join(","))
                                })
                                .collect::<Vec<_>>()
                                .join(" "),
                        },
                    ]);
                }
                table.write(&mut out).map_err(Error::Output)?;
                writeln!(out).map_err(Error::Output)?;
            }
            let mut table = Table::new([
                "TOPIC",
                "PARTITION",
                "COMMITTED",
                "HIGH",
                "LAG",
                "CLIENT-ID",
                "HOST",
            ]);
            for o in &d.offsets {
                table.row([
                    o.topic.clone(),
                    o.partition.to_string(),
                    o.committed.map_or("-".into(), |c| c.to_string()),
                    o.high_watermark.to_string(),
                    o.lag.to_string(),
                    o.client_id.clone().unwrap_or_else(|| "-".into()),
                    o.host.clone().unwrap_or_else(|| "-".into()),
                ]);
            }
            table.write(&mut out).map_err(Error::Output)?;
        }
    }
    out.flush().map_err(Error::Output)
}

#[derive(Debug, Serialize)]
struct PlannedOffset {
    group: String,
    topic: String,
    partition: i32,
    current: Option<i64>,
    new: i64,
}

/// `groups reset-offsets`'s flags, checked and parsed before the cluster is asked anything.
struct Reset {
    group: String,
    /// `--all-topics`, or the `--topic T[:P,..]` specs.
    topics: Option<Vec<(String, Option<Vec<i32>>)>>,
    to: ResetTo,
    execute: bool,
}

/// Where each partition's offset goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ResetTo {
    Earliest,
    Latest,
    Offset(i64),
    /// The first offset at or after this time (ms).
    Time(i64),
    ShiftBy(i64),
}

impl Reset {
    fn resolve(args: &ResetOffsetsArgs) -> Result<Reset> {
        let to = if args.to_earliest {
            ResetTo::Earliest
        } else if args.to_latest {
            ResetTo::Latest
        } else if let Some(n) = args.to_offset {
            ResetTo::Offset(n)
        } else if let Some(t) = args.to_datetime {
            ResetTo::Time(t)
        } else if let Some(d) = args.by_duration {
            ResetTo::Time(now_ms() - i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        } else if let Some(n) = args.shift_by {
            ResetTo::ShiftBy(n)
        } else {
            return Err(Error::usage(
                "give where to: --to-earliest, --to-latest, --to-offset, --to-datetime, \
                 --by-duration or --shift-by",
            ));
        };
        let topics = if args.all_topics {
            None
        } else {
            Some(
                args.topics
                    .iter()
                    .map(|spec| topic_spec(spec))
                    .collect::<Result<Vec<_>>>()?,
            )
        };
        Ok(Reset {
            group: args.group.clone(),
            topics,
            to,
            execute: args.execute,
        })
    }
}

/// `T` (every partition) or `T:P,P`.
fn topic_spec(spec: &str) -> Result<(String, Option<Vec<i32>>)> {
    match spec.rsplit_once(':') {
        Some((t, list)) => {
            let ids = list
                .split(',')
                .map(|p| {
                    p.trim().parse::<i32>().map_err(|_| {
                        Error::usage(format!("--topic {spec:?}: {p:?} is not a partition number"))
                    })
                })
                .collect::<Result<Vec<i32>>>()?;
            Ok((t.to_string(), Some(ids)))
        }
        None => Ok((spec.to_string(), None)),
    }
}

fn reset_offsets(cfg: &Config, probe: &OffsetProbe, reset: &Reset) -> Result<()> {
    let group = reset.group.as_str();
    // Members would overwrite the new offsets with their positions (and a broker refuses a
    // commit from outside an active group): find out first.
    let members = match probe.describe(Some(group)) {
        Ok(d) => Ok(d
            .into_iter()
            .find(|d| d.group == group)
            .map_or_else(Vec::new, |d| d.members)),
        Err(e) => Err(e),
    };
    let all = probe.partitions(&[])?;
    let partitions = reset_partitions(probe, reset, &all)?;
    let committed = probe.committed(group, &partitions)?;
    let watermarks = probe.watermarks(&partitions)?;
    let at_time = match reset.to {
        ResetTo::Time(t) => probe.offsets_at(&partitions, t)?,
        _ => HashMap::new(),
    };
    let mut plan = Vec::with_capacity(partitions.len());
    for key in &partitions {
        let current = committed.get(key).copied().flatten();
        let (low, high) = watermarks.get(key).copied().unwrap_or((0, 0));
        let new = match reset.to {
            ResetTo::Earliest => low,
            ResetTo::Latest => high,
            ResetTo::Offset(n) => n.clamp(low, high),
            ResetTo::Time(_) => at_time.get(key).copied().flatten().unwrap_or(high),
            ResetTo::ShiftBy(n) => {
                let Some(c) = current else {
                    return Err(Error::usage(format!(
                        "--shift-by: group {group:?} has no committed offset on {}/{} to shift from",
                        key.0, key.1
                    )));
                };
                c.saturating_add(n).clamp(low, high)
            }
        };
        plan.push(PlannedOffset {
            group: group.to_string(),
            topic: key.0.clone(),
            partition: key.1,
            current,
            new,
        });
    }
    write_listing(&mut std::io::stdout().lock(), cfg.output, &plan, || {
        let mut table = Table::new(["GROUP", "TOPIC", "PARTITION", "CURRENT", "NEW"]);
        for p in &plan {
            table.row([
                p.group.clone(),
                p.topic.clone(),
                p.partition.to_string(),
                p.current.map_or("-".into(), |c| c.to_string()),
                p.new.to_string(),
            ]);
        }
        table
    })?;
    let refusal = refusal(group, &members);
    if !reset.execute {
        if let Some(e) = refusal {
            eprintln!("evctl: warning: --execute would be refused: {e}");
        } else if !cfg.quiet {
            eprintln!("evctl: dry run, nothing changed: add --execute to commit these offsets");
        }
        return Ok(());
    }
    if let Some(e) = refusal {
        return Err(e);
    }
    let offsets: Vec<(&str, i32, i64)> = plan
        .iter()
        .map(|p| (p.topic.as_str(), p.partition, p.new))
        .collect();
    probe.commit(group, &offsets)?;
    if !cfg.quiet {
        eprintln!(
            "evctl: committed {} offset(s) for group {group:?}",
            plan.len()
        );
    }
    Ok(())
}

/// Why `--execute` must not commit: the group has active members (they would overwrite the
/// offsets), or nobody can tell whether it has.
fn refusal(group: &str, members: &Result<Vec<Member>>) -> Option<Error> {
    match members {
        Ok(m) if m.is_empty() => None,
        Ok(m) => Some(Error::usage(format!(
            "group {group:?} has {} active member(s) ({}): stop its consumers before resetting \
             its offsets",
            m.len(),
            m.iter()
                .map(|m| format!("{} on {}", m.client_id, m.host))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
        Err(e) => Some(Error::Unavailable(format!(
            "cannot check that group {group:?} has no active members, so its offsets are not \
             reset: {e}"
        ))),
    }
}

/// The partitions named by `--topic T[:P,..]` (checked against the cluster), or with
/// `--all-topics` every partition of the topics the group committed on.
fn reset_partitions(
    probe: &OffsetProbe,
    reset: &Reset,
    all: &[(String, i32)],
) -> Result<Vec<(String, i32)>> {
    let Some(specs) = &reset.topics else {
        let committed = probe.committed(&reset.group, all)?;
        let topics: BTreeSet<&str> = committed
            .iter()
            .filter(|(_, o)| o.is_some())
            .map(|((t, _), _)| t.as_str())
            .collect();
        if topics.is_empty() {
            return Err(Error::NotFound(format!(
                "group {:?} has no committed offsets: name the topics with --topic",
                reset.group
            )));
        }
        return Ok(all
            .iter()
            .filter(|(t, _)| topics.contains(t.as_str()))
            .cloned()
            .collect());
    };
    let mut out = Vec::new();
    for (topic, wanted) in specs {
        let existing: Vec<i32> = all
            .iter()
            .filter(|(t, _)| t == topic)
            .map(|(_, p)| *p)
            .collect();
        if existing.is_empty() {
            return Err(Error::NotFound(format!("topic {topic:?} does not exist")));
        }
        match wanted {
            None => out.extend(existing.iter().map(|p| (topic.to_string(), *p))),
            Some(ids) => {
                for &p in ids {
                    if !existing.contains(&p) {
                        return Err(Error::NotFound(format!(
                            "topic {topic:?} has no partition {p} (it has {})",
                            existing.len()
                        )));
                    }
                    out.push((topic.to_string(), p));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topic_specs_name_partitions_or_all_and_bad_numbers_are_usage_errors() {
        assert_eq!(topic_spec("orders").unwrap(), ("orders".into(), None));
        assert_eq!(
            topic_spec("orders:0, 2").unwrap(),
            ("orders".into(), Some(vec![0, 2]))
        );
        let bad = topic_spec("orders:0,x").unwrap_err();
        assert_eq!(bad.exit_code(), 2);
        assert!(
            bad.to_string().contains("\"x\" is not a partition number"),
            "{bad}"
        );
    }

    fn member(client: &str) -> Member {
        Member {
            member_id: format!("{client}-1"),
            client_id: client.into(),
            host: "/10.0.0.7".into(),
            assignment: Vec::new(),
            unreadable_assignment: None,
        }
    }

    #[test]
    fn execute_is_refused_while_members_are_active_or_unknown() {
        assert!(refusal("billing", &Ok(Vec::new())).is_none());
        let busy = refusal("billing", &Ok(vec![member("worker-a"), member("worker-b")])).unwrap();
        assert_eq!(busy.exit_code(), 2);
        assert_eq!(
            busy.to_string(),
            "group \"billing\" has 2 active member(s) (worker-a on /10.0.0.7, worker-b on \
             /10.0.0.7): stop its consumers before resetting its offsets"
        );
        let unknown = refusal("billing", &Err(Error::Unavailable("no answer".into()))).unwrap();
        assert_eq!(unknown.exit_code(), 3);
        assert!(unknown.to_string().contains("cannot check"));
    }
}
