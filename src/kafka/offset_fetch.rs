//! Committed offsets of many consumer groups in one OffsetFetch request (v8 and later ask for
//! several groups at once), after one batched FindCoordinator (v4). librdkafka's admin API
//! sends one request per group, and with hundreds of groups each refresh of `lag --watch` and
//! the dashboard's lag tab then costs hundreds of round trips through its threads.
//!
//! The requests travel on `transport` (TCP, TLS, SASL PLAIN and SCRAM); `OffsetProbe` uses
//! librdkafka where the context asks for what the transport does not do (Kerberos, OAuth,
//! keystores, ...), where a broker is too old, or after a failure.

use std::collections::HashMap;
use std::time::Duration;

use super::groups::GroupOffsets;
use super::transport::{Connection, Reader, Security, compact_len, compact_str};

const API_VERSIONS: i16 = 18;
const FIND_COORDINATOR: i16 = 10;
const OFFSET_FETCH: i16 = 9;
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

    /// Checks (once) that a bootstrap broker answers FindCoordinator v4 and OffsetFetch v8.
    pub fn supported(&mut self) -> Result<(), String> {
        if self.checked {
            return Ok(());
        }
        let address = self.bootstrap.first().cloned().ok_or("no brokers")?;
        let answer = self.call(&address, API_VERSIONS, 0, &[])?;
        let mut r = Reader(&answer);
        let error = r.i16()?;
        if error != 0 {
            return Err(format!("ApiVersions error {error}"));
        }
        let mut find = false;
        let mut fetch = false;
        for _ in 0..r.i32()? {
            let (key, _min, max) = (r.i16()?, r.i16()?, r.i16()?);
            find |= key == FIND_COORDINATOR && max >= FIND_COORDINATOR_VERSION;
            fetch |= key == OFFSET_FETCH && max >= OFFSET_FETCH_VERSION;
        }
        if find && fetch {
            self.checked = true;
            Ok(())
        } else {
            Err("the broker lacks FindCoordinator v4 or OffsetFetch v8".into())
        }
    }

    /// Every offset each group committed (`None` where the broker says -1), in `groups`'
    /// order. Any error fails the whole call.
    pub fn committed(&mut self, groups: &[String]) -> Result<Vec<GroupOffsets>, String> {
        if groups.is_empty() {
            return Ok(Vec::new());
        }
        let address = self.bootstrap.first().cloned().ok_or("no brokers")?;
        let mut found: HashMap<&str, GroupOffsets> = HashMap::new();
        // Groups by coordinator.
        let mut by_coordinator: HashMap<String, Vec<&String>> = HashMap::new();
        for (group, coordinator) in groups.iter().zip(self.coordinators(&address, groups)?) {
            by_coordinator.entry(coordinator).or_default().push(group);
        }
        for (coordinator, asked) in by_coordinator {
            let mut body = Vec::new();
            compact_len(&mut body, asked.len());
            for group in &asked {
                compact_str(&mut body, group);
                body.push(0); // topics: null, every partition committed
                body.push(0); // no tagged fields
            }
            body.push(0); // require_stable: false
            body.push(0);
            let answer = self.call(&coordinator, OFFSET_FETCH, OFFSET_FETCH_VERSION, &body)?;
            let mut r = Reader(&answer);
            r.i32()?; // throttle_time_ms
            for _ in 0..r.compact_len()? {
                let group = r.compact_str()?;
                let mut offsets = GroupOffsets::new();
                for _ in 0..r.compact_len()? {
                    let topic = r.compact_str()?;
                    for _ in 0..r.compact_len()? {
                        let partition = r.i32()?;
                        let offset = r.i64()?;
                        r.i32()?; // committed_leader_epoch
                        r.compact_nullable_str()?; // metadata
                        let error = r.i16()?;
                        r.tags()?;
                        if error != 0 {
                            return Err(format!(
                                "group {group} {topic}/{partition}: error {error}"
                            ));
                        }
                        offsets.insert((topic.clone(), partition), (offset >= 0).then_some(offset));
                    }
                    r.tags()?;
                }
                let error = r.i16()?;
                r.tags()?;
                if error != 0 {
                    return Err(format!("group {group}: error {error}"));
                }
                if let Some(g) = asked.iter().find(|g| ***g == group) {
                    found.insert(g.as_str(), offsets);
                }
            }
        }
        groups
            .iter()
            .map(|g| {
                found
                    .remove(g.as_str())
                    .ok_or_else(|| format!("no answer for group {g}"))
            })
            .collect()
    }

    /// Each group's coordinator as `host:port`, from one FindCoordinator request.
    fn coordinators(&mut self, address: &str, groups: &[String]) -> Result<Vec<String>, String> {
        let mut body = vec![0]; // key_type: group
        compact_len(&mut body, groups.len());
        for group in groups {
            compact_str(&mut body, group);
        }
        body.push(0);
        let answer = self.call(address, FIND_COORDINATOR, FIND_COORDINATOR_VERSION, &body)?;
        let mut r = Reader(&answer);
        r.i32()?; // throttle_time_ms
        let mut found = HashMap::new();
        for _ in 0..r.compact_len()? {
            let key = r.compact_str()?;
            r.i32()?; // node_id
            let host = r.compact_str()?;
            let port = r.i32()?;
            let error = r.i16()?;
            r.compact_nullable_str()?;
            r.tags()?;
            if error != 0 {
                return Err(format!("no coordinator for group {key}: error {error}"));
            }
            found.insert(key, format!("{host}:{port}"));
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

    /// Sends one request to `address` and returns the response body. A connection that
    /// fails is dropped, to be opened again next time.
    fn call(
        &mut self,
        address: &str,
        key: i16,
        version: i16,
        body: &[u8],
    ) -> Result<Vec<u8>, String> {
        if !self.connections.contains_key(address) {
            let connection = Connection::open(address, self.timeout, &self.security)?;
            self.connections.insert(address.to_string(), connection);
        }
        let connection = self
            .connections
            .get_mut(address)
            .ok_or_else(|| "no connection".to_string())?;
        // Every request here is flexible but ApiVersions v0.
        let result = connection.call(key, version, body, key != API_VERSIONS);
        if result.is_err() {
            self.connections.remove(address);
        }
        result
    }
}
