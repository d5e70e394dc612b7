//! Committed offsets of many consumer groups in one OffsetFetch request (v8 and later ask for
//! several groups at once), after one batched FindCoordinator (v4). librdkafka's admin API
//! sends one request per group, and with hundreds of groups each refresh of `lag --watch` and
//! the dashboard's lag tab then costs hundreds of round trips through its threads.
//!
//! kafka-protocol writes the requests and reads the answers; they travel on `transport` (TCP,
//! TLS, SASL PLAIN and SCRAM). `OffsetProbe` uses librdkafka where the context asks for what
//! the transport does not do (Kerberos, OAuth, keystores, ...), where a broker is too old, or
//! after a failure.

use std::collections::HashMap;
use std::time::Duration;

use kafka_protocol::messages::offset_fetch_request::OffsetFetchRequestGroup;
use kafka_protocol::messages::{
    ApiKey, ApiVersionsRequest, ConsumerGroupDescribeRequest, FindCoordinatorRequest, GroupId,
    OffsetFetchRequest,
};
use kafka_protocol::protocol::{Request, StrBytes};

use super::groups::GroupOffsets;
use super::membership::{Assigned, GroupDescription, Member};
use super::transport::{Connection, Security, Undecoded};

const FIND_COORDINATOR_VERSION: i16 = 4;
const OFFSET_FETCH_VERSION: i16 = 8;

/// Connections to the cluster's brokers, kept between calls.
pub struct BatchFetch {
    bootstrap: Vec<String>,
    timeout: Duration,
    security: Security,
    /// By `host:port`.
    connections: HashMap<String, Connection>,
    /// `supported` said yes.
    checked: bool,
}

impl BatchFetch {
    pub fn new(brokers: &str, timeout: Duration, security: Security) -> BatchFetch {
        BatchFetch {
            bootstrap: brokers
                .split(',')
                .map(|b| b.trim().to_string())
                .filter(|b| !b.is_empty())
                .collect(),
            timeout,
            security,
            connections: HashMap::new(),
            checked: false,
        }
    }

    /// Whether it has served before: `supported` said yes.
    pub fn proven(&self) -> bool {
        self.checked
    }

    /// Checks (once) that a bootstrap broker answers FindCoordinator v4 and OffsetFetch v8.
    pub fn supported(&mut self) -> Result<(), String> {
        if self.checked {
            return Ok(());
        }
        let address = self.bootstrap.first().cloned().ok_or("no brokers")?;
        let answer = self.send(&address, &ApiVersionsRequest::default(), 0)?;
        if answer.error_code != 0 {
            return Err(format!("ApiVersions error {}", answer.error_code));
        }
        let offers = |key: ApiKey, version: i16| {
            answer
                .api_keys
                .iter()
                .any(|k| k.api_key == key as i16 && k.max_version >= version)
        };
        if offers(ApiKey::FindCoordinator, FIND_COORDINATOR_VERSION)
            && offers(ApiKey::OffsetFetch, OFFSET_FETCH_VERSION)
        {
            self.checked = true;
            Ok(())
        } else {
            Err("the broker lacks FindCoordinator v4 or OffsetFetch v8".into())
        }
    }

    /// Every offset each group committed (`None` where the broker says -1), in `groups`'
    /// order. Any error fails the whole call.
    pub fn committed(&mut self, groups: &[String]) -> Result<Vec<GroupOffsets>, String> {
        Ok(self.committed_unless(groups, None)?.1.unwrap_or_default())
    }

    /// `committed`, with a digest of the answers' bytes; the offsets are left undecoded,
    /// `None`, when the digest is `last`.
    pub fn committed_unless(
        &mut self,
        groups: &[String],
        last: Option<u64>,
    ) -> Result<(u64, Option<Vec<GroupOffsets>>), String> {
        use std::hash::BuildHasher;
        if groups.is_empty() {
            return Ok((0, Some(Vec::new())));
        }
        let address = self.bootstrap.first().cloned().ok_or("no brokers")?;
        // Groups by coordinator.
        let mut by_coordinator: HashMap<String, Vec<&String>> = HashMap::new();
        for (group, coordinator) in groups.iter().zip(self.coordinators(&address, groups)?) {
            by_coordinator.entry(coordinator).or_default().push(group);
        }
        let mut answers = Vec::with_capacity(by_coordinator.len());
        for (coordinator, asked) in by_coordinator {
            let request = OffsetFetchRequest::default().with_groups(
                asked
                    .iter()
                    .map(|g| {
                        // No topics: every partition the group committed.
                        OffsetFetchRequestGroup::default()
                            .with_group_id(GroupId(StrBytes::from_string((*g).clone())))
                            .with_topics(None)
                    })
                    .collect(),
            );
            answers.push(self.send_undecoded(&coordinator, &request, OFFSET_FETCH_VERSION)?);
        }
        // The answers' bytes are hashed before anything is decoded: a cluster at rest answers
        // the same bytes sample after sample, and decoding hundreds of thousands of offsets
        // only to find them unchanged is most of what a sample at rest would cost. (A broker
        // that lists the same offsets in another order only costs a decoding.)
        let state = foldhash::quality::FixedState::with_seed(0x0ff5e7);
        let digest = answers
            .iter()
            .fold(0u64, |sum, a| sum.wrapping_add(state.hash_one(a.said())));
        if last == Some(digest) {
            return Ok((digest, None));
        }
        let answers = answers
            .into_iter()
            .map(Undecoded::decode)
            .collect::<Result<Vec<_>, String>>()?;
        let mut found: HashMap<&str, GroupOffsets> = HashMap::new();
        for group in answers.into_iter().flat_map(|a| a.groups) {
            let name = group.group_id.0.as_str();
            if group.error_code != 0 {
                return Err(format!("group {name}: error {}", group.error_code));
            }
            let mut offsets = GroupOffsets::default();
            for topic in group.topics {
                for p in topic.partitions {
                    if p.error_code != 0 {
                        return Err(format!(
                            "group {name} {}/{}: error {}",
                            topic.name.0.as_str(),
                            p.partition_index,
                            p.error_code
                        ));
                    }
                    let committed = (p.committed_offset >= 0).then_some(p.committed_offset);
                    offsets.insert((topic.name.0.to_string(), p.partition_index), committed);
                }
            }
            if let Some(g) = groups.iter().find(|g| g.as_str() == name) {
                found.insert(g.as_str(), offsets);
            }
        }
        let all = groups
            .iter()
            .map(|g| {
                found
                    .remove(g.as_str())
                    .ok_or_else(|| format!("no answer for group {g}"))
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok((digest, Some(all)))
    }

    /// Groups of the consumer protocol of KIP-848 (`group.protocol=consumer`, Kafka 4's
    /// default for new consumers) as ConsumerGroupDescribe tells of them. DescribeGroups, the
    /// classic call, knows nothing of these; groups of another kind are left out.
    pub fn describe_consumer_groups(
        &mut self,
        groups: &[String],
    ) -> Result<Vec<GroupDescription>, String> {
        let address = self.bootstrap.first().cloned().ok_or("no brokers")?;
        let mut by_coordinator: HashMap<String, Vec<&String>> = HashMap::new();
        for (group, coordinator) in groups.iter().zip(self.coordinators(&address, groups)?) {
            by_coordinator.entry(coordinator).or_default().push(group);
        }
        let mut out = Vec::new();
        for (coordinator, asked) in by_coordinator {
            let request = ConsumerGroupDescribeRequest::default().with_group_ids(
                asked
                    .iter()
                    .map(|g| GroupId(StrBytes::from_string((*g).clone())))
                    .collect(),
            );
            let answer = self.send(&coordinator, &request, 0)?;
            // A classic group answers with an error here (GROUP_ID_NOT_FOUND).
            for g in answer.groups.into_iter().filter(|g| g.error_code == 0) {
                let mut members: Vec<Member> = g
                    .members
                    .into_iter()
                    .map(|m| {
                        let mut assignment: Vec<Assigned> = m
                            .assignment
                            .topic_partitions
                            .into_iter()
                            .map(|t| {
                                let mut partitions = t.partitions;
                                partitions.sort_unstable();
                                Assigned {
                                    topic: t.topic_name.0.to_string(),
                                    partitions,
                                }
                            })
                            .collect();
                        assignment.sort_by(|a, b| a.topic.cmp(&b.topic));
                        Member {
                            member_id: m.member_id.to_string(),
                            client_id: m.client_id.to_string(),
                            host: m.client_host.to_string(),
                            assignment,
                            unreadable_assignment: None,
                        }
                    })
                    .collect();
                members.sort_by(|a, b| a.member_id.cmp(&b.member_id));
                out.push(GroupDescription {
                    group: g.group_id.0.to_string(),
                    state: g.group_state.to_string(),
                    protocol_type: "consumer".to_string(),
                    protocol: g.assignor_name.to_string(),
                    members,
                });
            }
        }
        Ok(out)
    }

    /// Each group's coordinator as `host:port`, from one FindCoordinator request.
    fn coordinators(&mut self, address: &str, groups: &[String]) -> Result<Vec<String>, String> {
        let request = FindCoordinatorRequest::default()
            .with_key_type(0) // groups
            .with_coordinator_keys(
                groups
                    .iter()
                    .map(|g| StrBytes::from_string(g.clone()))
                    .collect(),
            );
        let answer = self.send(address, &request, FIND_COORDINATOR_VERSION)?;
        let mut found = HashMap::new();
        for c in answer.coordinators {
            if c.error_code != 0 {
                return Err(format!(
                    "no coordinator for group {}: error {}",
                    c.key.as_str(),
                    c.error_code
                ));
            }
            found.insert(c.key.to_string(), format!("{}:{}", c.host.as_str(), c.port));
        }
        groups
            .iter()
            .map(|g| {
                found
                    .remove(g)
                    .ok_or_else(|| format!("no coordinator for group {g}"))
            })
            .collect()
    }

    /// Sends one request to `address` and returns its answer. A connection that fails is
    /// dropped, to be opened again next time.
    fn send<R: Request>(
        &mut self,
        address: &str,
        request: &R,
        version: i16,
    ) -> Result<R::Response, String> {
        self.send_undecoded(address, request, version)?.decode()
    }

    /// `send`, the answer left undecoded.
    fn send_undecoded<R: Request>(
        &mut self,
        address: &str,
        request: &R,
        version: i16,
    ) -> Result<Undecoded<R>, String> {
        if !self.connections.contains_key(address) {
            let connection = Connection::open(address, self.timeout, &self.security)?;
            self.connections.insert(address.to_string(), connection);
        }
        let connection = self
            .connections
            .get_mut(address)
            .ok_or_else(|| "no connection".to_string())?;
        let result = connection.send_undecoded(request, version);
        if result.is_err() {
            self.connections.remove(address);
        }
        result
    }
}
