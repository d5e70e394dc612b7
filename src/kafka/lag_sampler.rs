//! The lag sampler: reads consumer groups' committed offsets, watermarks and the records at
//! their committed offsets through an `OffsetProbe`, keeps each group's window of samples and
//! judges it (`lag::judge`). `evctl lag` prints its reports; the dashboard's lag collector
//! sends them to the screen.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use super::offsets::{Committed, OffsetProbe, Oldest, Watermarks};
use crate::error::{Error, Result};
use crate::lag::{GroupLag, NOT_COMMITTED, Offsets, PartitionStatus, judge};
use crate::start::now_ms;

/// Samples consumer-group offsets and judges each group over a window of samples (Burrow's).
/// `lag` prints its reports; the dashboard's collector sends them to the screen.
pub struct LagSampler {
    probe: Arc<OffsetProbe>,
    partitions: Vec<(String, i32)>,
    groups: Vec<String>,
    /// The groups and topics asked for (names or patterns; empty: all), listed again every
    /// `RELIST_EVERY` samples so that a watch sees groups and topics that appear.
    wanted: (Vec<String>, Vec<String>),
    taken: usize,
    samples: usize,
    /// Per group, the last `samples` samples.
    history: Vec<Window>,
    /// Per group, the topics it had committed on at the last sample.
    topics: Vec<BTreeSet<String>>,
    /// What the last full sample read, when the brokers gave a digest of the offsets:
    /// `sample_if_moved` compares a new reading with it before doing anything else.
    settled: Option<Settled>,
    /// The partitions of the last sample's groups (one per set of topics read): a sample of
    /// the same partitions shares them.
    layouts: Vec<Layout>,
    /// The oldest unconsumed records read for the last sample.
    seen: Seen,
}

/// A full sample's reading: the digest of the offsets committed, the partitions whose
/// watermarks were read (and those whose low watermarks were) and what they were, and whether
/// it found every group caught up and idle over a full window.
struct Settled {
    digest: u64,
    at_rest: bool,
    /// The partitions whose watermarks were read, and those whose low watermarks were.
    relevant: Vec<(String, i32)>,
    uncommitted: Vec<(String, i32)>,
    watermarks: Watermarks,
}

/// One group's last samples: when each was taken and the offsets read.
type Window = Vec<(i64, Offsets)>;

/// A sample's partitions, as `Offsets` has them.
type Layout = Arc<[(Arc<str>, i32)]>;

/// Adds a sample to a window of at most `samples`, dropping the oldest.
fn push(window: &mut Window, sample: (i64, Offsets), samples: usize) {
    window.push(sample);
    if window.len() > samples {
        window.remove(0);
    }
}

/// Samples between two listings of the groups and topics: 20 s at the dashboard's refresh.
const RELIST_EVERY: usize = 10;

impl LagSampler {
    /// Samples through `probe`, which the dashboard shares with its overview.
    pub fn new(
        probe: Arc<OffsetProbe>,
        groups: &[String],
        topics: &[String],
        samples: u32,
    ) -> Result<LagSampler> {
        let partitions = probe.partitions(topics)?;
        let selected = select_groups(&probe, groups)?;
        Ok(LagSampler {
            history: vec![Vec::new(); selected.len()],
            topics: vec![BTreeSet::new(); selected.len()],
            probe,
            partitions,
            groups: selected,
            wanted: (groups.to_vec(), topics.to_vec()),
            taken: 0,
            samples: samples.max(1) as usize,
            settled: None,
            layouts: Vec::new(),
            seen: Seen::default(),
        })
    }

    /// Lists the groups and the topics' partitions again; groups already known keep their
    /// windows.
    fn relist(&mut self) -> Result<()> {
        let partitions = self.probe.partitions(&self.wanted.1)?;
        let groups = select_groups(&self.probe, &self.wanted.0)?;
        // New groups or partitions: the next sample is taken in full.
        if groups != self.groups || partitions != self.partitions {
            self.settled = None;
        }
        let mut known: HashMap<String, (Window, BTreeSet<String>)> = self
            .groups
            .drain(..)
            .zip(self.history.drain(..).zip(self.topics.drain(..)))
            .collect();
        for group in &groups {
            let (window, topics) = known.remove(group).unwrap_or_default();
            self.history.push(window);
            self.topics.push(topics);
        }
        self.groups = groups;
        self.partitions = partitions;
        Ok(())
    }

    /// Starts a sample: lists groups and topics again when it is time; the sample's time.
    fn begin(&mut self) -> Result<i64> {
        if self.taken > 0 && self.taken.is_multiple_of(RELIST_EVERY) {
            self.relist()?;
        }
        self.taken += 1;
        Ok(now_ms())
    }

    /// Takes one sample and judges every group on its window; true when every window is full.
    pub fn sample(&mut self) -> Result<(bool, Vec<GroupLag>)> {
        let at = self.begin()?;
        let (digest, committed) =
            self.probe
                .committed_many_unless(&self.groups, &self.partitions, None)?;
        self.judge_sample(at, digest, committed.unwrap_or_default())
    }

    /// `sample`, reading no more than it must when nothing moved since the last full sample
    /// (the same offsets committed, the same watermarks): then the windows gain that sample
    /// again as of now and are judged again (time lags grow with the clock), and when that
    /// sample found every group caught up and idle over a full window nothing is judged again
    /// and this is `None`. A cluster at rest costs one OffsetFetch, hashed not decoded, and
    /// one ListOffsets a sample, and no more.
    pub fn sample_if_moved(&mut self) -> Result<Option<(bool, Vec<GroupLag>)>> {
        let at = self.begin()?;
        // The watermarks first: when they moved, the offsets are read in full at once, not
        // read to a digest and then again.
        let last = match &self.settled {
            Some(settled) => {
                let watermarks = self
                    .probe
                    .watermarks_of(&settled.relevant, &settled.uncommitted)?;
                (watermarks == settled.watermarks).then_some(settled.digest)
            }
            None => None,
        };
        let (digest, committed) =
            self.probe
                .committed_many_unless(&self.groups, &self.partitions, last)?;
        if let Some(committed) = committed {
            return self.judge_sample(at, digest, committed).map(Some);
        }
        // Left unread: the same offsets as the last full sample, and the same watermarks.
        for window in &mut self.history {
            if let Some((_, offsets)) = window.last() {
                let again = offsets.clone();
                push(window, (at, again), self.samples);
            }
        }
        if self.settled.as_ref().is_some_and(|s| s.at_rest) {
            return Ok(None);
        }
        let (filled, reports, at_rest) = self.judge_windows()?;
        if let Some(settled) = &mut self.settled {
            settled.at_rest = at_rest;
        }
        Ok(Some((filled, reports)))
    }

    /// Adds a sample of `committed` (and the watermarks it reads) to the windows and judges
    /// every group.
    fn judge_sample(
        &mut self,
        at: i64,
        digest: Option<u64>,
        committed: Vec<Committed>,
    ) -> Result<(bool, Vec<GroupLag>)> {
        // Each group is judged on the partitions of the topics it committed on, and only those
        // topics' watermarks are read.
        let mine: Vec<BTreeSet<&str>> = committed
            .iter()
            .map(|c| {
                // A group's partitions name few topics: gathered in a hash set, then sorted.
                c.iter()
                    .filter(|(_, o)| o.is_some())
                    .map(|((t, _), _)| t.as_str())
                    .collect::<HashSet<&str, foldhash::fast::RandomState>>()
                    .into_iter()
                    .collect()
            })
            .collect();
        let any: HashSet<&str> = mine.iter().flatten().copied().collect();
        let relevant: Vec<(String, i32)> = self
            .partitions
            .iter()
            .filter(|(t, _)| any.contains(t.as_str()))
            .cloned()
            .collect();
        // Where each topic's partitions lie in `relevant` (sorted by topic).
        let mut spans: HashMap<&str, std::ops::Range<usize>> = HashMap::new();
        for (i, (t, _)) in relevant.iter().enumerate() {
            spans.entry(t.as_str()).or_insert(i..i).end = i + 1;
        }
        // A group's lag on a partition it committed nothing on counts from the low
        // watermark: only those partitions' low watermarks are read.
        let uncommitted = uncommitted(&committed, &mine, &relevant, &spans);
        // One read of the watermarks serves every group of this sample.
        let watermarks = self.probe.watermarks_of(&relevant, &uncommitted)?;
        // Groups that read the same topics share a sample's partitions and watermarks; the
        // partitions are the last sample's where they are the same.
        type Shared<'a> = (Vec<&'a (String, i32)>, Layout, Arc<[(i64, i64)]>);
        let mut shared: HashMap<&BTreeSet<&str>, Shared<'_>> = HashMap::new();
        let last_layouts = std::mem::take(&mut self.layouts);
        let mut layouts = Vec::new();
        let mut names: HashMap<&str, Arc<str>> = HashMap::new();
        for ((c, topics), (window, seen)) in committed
            .iter()
            .zip(&mine)
            .zip(self.history.iter_mut().zip(&mut self.topics))
        {
            if seen.len() != topics.len() || seen.iter().zip(topics).any(|(a, b)| a != b) {
                // Earlier samples lack the new topics' partitions: the window starts again.
                window.clear();
                *seen = topics.iter().map(|t| t.to_string()).collect();
            }
            let (own, partitions, marks) = shared.entry(topics).or_insert_with(|| {
                let own: Vec<&(String, i32)> = topics
                    .iter()
                    .filter_map(|t| spans.get(t))
                    .flat_map(|span| relevant[span.clone()].iter())
                    .collect();
                let partitions = last_layouts
                    .iter()
                    .find(|l| {
                        l.len() == own.len()
                            && l.iter()
                                .zip(&own)
                                .all(|((t, p), (t2, p2))| p == p2 && **t == **t2)
                    })
                    .cloned()
                    .unwrap_or_else(|| {
                        own.iter()
                            .map(|(t, p)| {
                                let name =
                                    names.entry(t.as_str()).or_insert_with(|| t.as_str().into());
                                (Arc::clone(name), *p)
                            })
                            .collect()
                    });
                layouts.push(Arc::clone(&partitions));
                let marks = own
                    .iter()
                    .map(|key| watermarks.get(*key).copied().unwrap_or((0, 0)))
                    .collect();
                (own, partitions, marks)
            });
            let committed = own
                .iter()
                .map(|key| c.get(*key).copied().flatten().unwrap_or(NOT_COMMITTED))
                .collect();
            let offsets = Offsets {
                partitions: Arc::clone(partitions),
                watermarks: Arc::clone(marks),
                committed,
            };
            push(window, (at, offsets), self.samples);
        }
        self.layouts = layouts;
        // The offsets as read are in the windows now: their maps go before the reports are
        // built, which keeps the peak of a large sample lower.
        drop((mine, any, spans));
        drop(committed);
        let (filled, reports, at_rest) = self.judge_windows()?;
        self.settled = digest.map(|digest| Settled {
            digest,
            at_rest,
            relevant,
            uncommitted,
            watermarks,
        });
        Ok((filled, reports))
    }

    /// Judges every group on its window; whether every window is full, the reports, and
    /// whether they find every group caught up and idle over a full window.
    fn judge_windows(&mut self) -> Result<(bool, Vec<GroupLag>, bool)> {
        let filled = self.history.iter().all(|w| w.len() >= self.samples);
        let mut reports: Vec<GroupLag> = self
            .groups
            .iter()
            .zip(&self.history)
            .map(|(group, window)| judge(group, window))
            .collect();
        add_time_lag(&self.probe, &mut reports, &self.history, &mut self.seen)?;
        // The group totals include the time lags just added.
        let reports: Vec<GroupLag> = reports
            .into_iter()
            .map(|g| GroupLag::new(g.group, g.judged, g.partitions))
            .collect();
        let idle = |t: Option<&crate::lag::Trend>| {
            t.is_some_and(|t| t.consume_rate == 0.0 && t.produce_rate == 0.0)
        };
        let at_rest = filled
            && reports.iter().all(|g| {
                g.partitions
                    .iter()
                    .all(|p| p.lag == 0 && idle(p.trend.as_ref()))
            });
        Ok((filled, reports, at_rest))
    }
}

/// The partitions of `relevant` (sorted by topic; `spans` says where each topic's lie) on
/// which a group committed nothing, though it committed on their topic (`mine`).
fn uncommitted(
    committed: &[Committed],
    mine: &[BTreeSet<&str>],
    relevant: &[(String, i32)],
    spans: &HashMap<&str, std::ops::Range<usize>>,
) -> Vec<(String, i32)> {
    committed
        .iter()
        .zip(mine)
        .flat_map(|(c, topics)| {
            topics
                .iter()
                .filter_map(|t| spans.get(t))
                .flat_map(|span| relevant[span.clone()].iter())
                .filter(|key| c.get(*key).copied().flatten().is_none())
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .cloned()
        .collect()
}

/// The groups to report: every group without `-g`; a `-g` value is a name, or an anchored
/// regular expression over the cluster's groups when it has regex characters.
fn select_groups(probe: &OffsetProbe, wanted: &[String]) -> Result<Vec<String>> {
    let is_plain = |g: &String| g.chars().all(|c| c.is_alphanumeric() || "-_.".contains(c));
    if !wanted.is_empty() && wanted.iter().all(is_plain) {
        return Ok(wanted.to_vec());
    }
    let listed: Vec<String> = probe.list_groups()?.into_iter().map(|g| g.group).collect();
    if wanted.is_empty() {
        return Ok(listed);
    }
    let mut selected = Vec::new();
    for pattern in wanted {
        if is_plain(pattern) {
            selected.push(pattern.clone());
            continue;
        }
        let re = regex::Regex::new(&format!("^(?:{pattern})$"))
            .map_err(|e| Error::usage(format!("invalid --group {pattern:?}: {e}")))?;
        selected.extend(listed.iter().filter(|g| re.is_match(g)).cloned());
    }
    selected.sort();
    selected.dedup();
    Ok(selected)
}

/// The oldest unconsumed records already read, by (topic, partition, committed offset, high
/// watermark): what lies between two offsets of a log does not change, so a group that lags
/// and does not move costs no reads. Kept for the last sample's positions only. (Retention
/// can delete such a record; the time lag stays that of the deleted record until the group
/// or the log moves.)
type Seen = HashMap<(Arc<str>, i32, i64, i64), Oldest, foldhash::fast::RandomState>;

/// Reads the oldest unconsumed record of every lagging partition of every group, once per
/// (partition, offset) however many groups share it and not again while it stays the oldest
/// unconsumed, and sets the time lags. Where only transaction markers lie between the
/// committed offset and the high watermark, the group has read everything there is: its lag
/// is 0, not the count of markers.
fn add_time_lag(
    probe: &OffsetProbe,
    reports: &mut [GroupLag],
    history: &[Window],
    seen: &mut Seen,
) -> Result<()> {
    let positions: HashSet<(Arc<str>, i32, i64, i64), foldhash::fast::RandomState> = reports
        .iter()
        .flat_map(|g| g.partitions.iter())
        .filter(|p| p.lag > 0)
        .map(|p| {
            (
                Arc::clone(&p.topic),
                p.partition,
                p.high_watermark - p.lag,
                p.high_watermark,
            )
        })
        .collect();
    let unread: Vec<(String, i32, i64, i64)> = positions
        .iter()
        .filter(|key| !seen.contains_key(*key))
        .map(|(t, p, from, high)| (t.to_string(), *p, *from, *high))
        .collect();
    let read = probe.oldest_unread(&unread)?;
    let mut now_seen = Seen::default();
    for key in positions {
        let oldest = match seen.get(&key) {
            Some(oldest) => Some(*oldest),
            None => read.get(&(key.0.to_string(), key.1, key.2)).copied(),
        };
        // A record not read in time is asked for again next sample.
        if let Some(oldest) = oldest {
            now_seen.insert(key, oldest);
        }
    }
    *seen = now_seen;
    for (g, window) in reports.iter_mut().zip(history) {
        let now = window.last().map_or(0, |(at, _)| *at);
        for p in &mut g.partitions {
            if p.lag == 0 {
                continue;
            }
            let key = (
                Arc::clone(&p.topic),
                p.partition,
                p.high_watermark - p.lag,
                p.high_watermark,
            );
            match seen.get(&key) {
                Some(Oldest::At(ts)) => p.time_lag_ms = Some((now - ts).max(0)),
                Some(Oldest::NothingReadable) => {
                    p.lag = 0;
                    p.time_lag_ms = Some(0);
                    p.status = PartitionStatus::Ok;
                }
                None => {}
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn low_watermarks_are_read_only_where_a_group_committed_nothing() {
        let key = |t: &str, p| (t.to_string(), p);
        let relevant = vec![key("a", 0), key("a", 1), key("b", 0), key("b", 1)];
        let spans: HashMap<&str, std::ops::Range<usize>> = [("a", 0..2), ("b", 2..4)].into();
        // g1 reads a (both partitions committed) and b (only partition 0); g2 reads a, and
        // has a partition on it with no offset.
        let g1: Committed = [
            (key("a", 0), Some(1)),
            (key("a", 1), Some(2)),
            (key("b", 0), Some(3)),
        ]
        .into_iter()
        .collect();
        let g2: Committed = [(key("a", 0), Some(5)), (key("a", 1), None)]
            .into_iter()
            .collect();
        let mine = vec![BTreeSet::from(["a", "b"]), BTreeSet::from(["a"])];
        assert_eq!(
            uncommitted(&[g1, g2], &mine, &relevant, &spans),
            vec![key("a", 1), key("b", 1)]
        );
    }
}
