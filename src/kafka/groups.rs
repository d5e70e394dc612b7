//! Consumer groups through librdkafka's Admin API: `ListConsumerGroups` and
//! `ListConsumerGroupOffsets`, which the safe rdkafka crate does not wrap.
//!
//! The crate offers `fetch_group_list`, which follows ListGroups with DescribeGroups (more than
//! a listing needs), and `committed_offsets`, which needs one client per group (50 groups: 50 clients, each with its own connections and a slow
//! teardown). The Admin API asks ListGroups alone, and reads any number of groups' offsets
//! through one client, side by side. The unsafe code is kept to this module: every pointer
//! comes from librdkafka, is checked for null, and is read before the event that owns it is
//! destroyed.
#![allow(unsafe_code)]

use std::collections::HashMap;
use std::ffi::{CStr, CString};
use std::time::{Duration, Instant};

use rdkafka::TopicPartitionList;
use rdkafka::bindings as rd;
use rdkafka::consumer::{BaseConsumer, Consumer};
use serde::Serialize;

use super::{EvctlContext, LastError, Served, refusal_error};
use crate::config::KafkaSettings;
use crate::error::{Error, Result};

/// An Admin API call's result queue and options (with the request timeout set), destroyed
/// together when dropped.
struct AdminCall {
    queue: *mut rd::rd_kafka_queue_t,
    options: *mut rd::rd_kafka_AdminOptions_t,
}

impl AdminCall {
    /// # Safety
    /// `rk` must be a live client handle that outlives the returned value.
    unsafe fn new(
        rk: *mut rd::rd_kafka_t,
        op: rd::rd_kafka_admin_op_t,
        settings: &KafkaSettings,
        what: &str,
    ) -> Result<AdminCall> {
        let timeout_ms = i32::try_from(settings.timeout.as_millis()).unwrap_or(i32::MAX);
        // SAFETY: `rk` is live (the caller's promise); the queue and the options are owned by
        // the value returned, which destroys them.
        unsafe {
            let queue = rd::rd_kafka_queue_new(rk);
            if queue.is_null() {
                return Err(Error::Broker(format!("{what}: no queue")));
            }
            let options = rd::rd_kafka_AdminOptions_new(rk, op);
            if !options.is_null() {
                let mut errstr = [0 as std::ffi::c_char; 256];
                rd::rd_kafka_AdminOptions_set_request_timeout(
                    options,
                    timeout_ms,
                    errstr.as_mut_ptr(),
                    errstr.len(),
                );
            }
            Ok(AdminCall { queue, options })
        }
    }
}

impl Drop for AdminCall {
    fn drop(&mut self) {
        // SAFETY: both were created by `AdminCall::new` and are destroyed only here.
        unsafe {
            if !self.options.is_null() {
                rd::rd_kafka_AdminOptions_destroy(self.options);
            }
            rd::rd_kafka_queue_destroy(self.queue);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct GroupListing {
    pub group: String,
    /// Stable, Empty, PreparingRebalance, CompletingRebalance, Dead or Unknown.
    pub state: String,
    /// A "simple" group only stores offsets: nobody ever joined it as a member.
    pub simple: bool,
}

/// Serves `consumer`'s events while an Admin API call waits, and fails at once when a broker
/// refused its login or certificate.
fn refused(consumer: &BaseConsumer<EvctlContext>, settings: &KafkaSettings) -> Result<()> {
    consumer.serve();
    match consumer.context().refused() {
        Some(reason) => Err(refusal_error(settings, &reason)),
        None => Ok(()),
    }
}

/// Every consumer group the cluster knows, sorted by name.
pub fn list_groups(
    consumer: &BaseConsumer<EvctlContext>,
    settings: &KafkaSettings,
) -> Result<Vec<GroupListing>> {
    let rk = consumer.client().native_ptr();
    let unreachable = || {
        Error::Unavailable(format!(
            "listing consumer groups: no answer from Kafka at {} within {}",
            settings.brokers,
            humantime::format_duration(settings.timeout)
        ))
    };
    let mut groups = Vec::new();
    // SAFETY: `rk` is the live handle of `consumer`, borrowed for this whole call. The queue,
    // the options and the event are created here and destroyed here, after their last use;
    // the listings and strings read out of the event are copied before it is destroyed.
    unsafe {
        let call = AdminCall::new(
            rk,
            rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS,
            settings,
            "listing consumer groups",
        )?;
        let (queue, options) = (call.queue, call.options);
        rd::rd_kafka_ListConsumerGroups(rk, options, queue);
        // Poll in short steps so a slow answer still ends at the deadline.
        let deadline = Instant::now() + settings.timeout + Duration::from_secs(1);
        let mut event: *mut rd::rd_kafka_event_t = std::ptr::null_mut();
        while event.is_null() && Instant::now() < deadline {
            event = rd::rd_kafka_queue_poll(queue, 100);
            if event.is_null() {
                refused(consumer, settings)?;
            }
        }
        let result = if event.is_null() {
            Err(unreachable())
        } else if rd::rd_kafka_event_type(event) != rd::RD_KAFKA_EVENT_LISTCONSUMERGROUPS_RESULT {
            Err(Error::Broker(
                "listing consumer groups: unexpected answer".into(),
            ))
        } else if rd::rd_kafka_event_error(event)
            != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR
        {
            let text = rd::rd_kafka_event_error_string(event);
            let text = if text.is_null() {
                "unknown error".to_string()
            } else {
                CStr::from_ptr(text).to_string_lossy().into_owned()
            };
            Err(Error::Unavailable(format!(
                "listing consumer groups on {}: {text}",
                settings.brokers
            )))
        } else {
            let listed = rd::rd_kafka_event_ListConsumerGroups_result(event);
            let mut count = 0usize;
            let array = if listed.is_null() {
                std::ptr::null_mut()
            } else {
                rd::rd_kafka_ListConsumerGroups_result_valid(listed, &mut count)
            };
            if !array.is_null() {
                for i in 0..count {
                    let listing = *array.add(i);
                    if listing.is_null() {
                        continue;
                    }
                    let id = rd::rd_kafka_ConsumerGroupListing_group_id(listing);
                    if id.is_null() {
                        continue;
                    }
                    let state = rd::rd_kafka_consumer_group_state_name(
                        rd::rd_kafka_ConsumerGroupListing_state(listing),
                    );
                    groups.push(GroupListing {
                        group: CStr::from_ptr(id).to_string_lossy().into_owned(),
                        state: if state.is_null() {
                            "Unknown".to_string()
                        } else {
                            CStr::from_ptr(state).to_string_lossy().into_owned()
                        },
                        simple: rd::rd_kafka_ConsumerGroupListing_is_simple_consumer_group(listing)
                            != 0,
                    });
                }
            }
            Ok(())
        };
        if !event.is_null() {
            rd::rd_kafka_event_destroy(event);
        }
        result?;
    }
    groups.sort();
    Ok(groups)
}

/// A group's committed offsets by (topic, partition); `None` where it committed nothing.
pub type GroupOffsets = HashMap<(String, i32), Option<i64>, foldhash::fast::RandomState>;

/// The committed offsets of each of `groups` for `partitions` (every partition the group
/// committed on, when `None`), asked side by side through one client.
pub fn list_group_offsets(
    consumer: &BaseConsumer<EvctlContext>,
    groups: &[String],
    partitions: Option<&TopicPartitionList>,
    settings: &KafkaSettings,
) -> Result<Vec<GroupOffsets>> {
    let rk = consumer.client().native_ptr();
    let names = groups
        .iter()
        .map(|g| {
            CString::new(g.as_str())
                .map_err(|_| Error::usage(format!("group name {g:?} holds a NUL byte")))
        })
        .collect::<Result<Vec<_>>>()?;
    let mut found: HashMap<String, std::result::Result<GroupOffsets, GroupError>> = HashMap::new();
    // An error for a whole request (no coordinator, not authorized) names no group.
    let mut request_error: Option<GroupError> = None;
    // SAFETY: `rk` is the live handle of `consumer`, borrowed for this whole call. The queue,
    // the options, each request and each event are created here and destroyed here after
    // their last use; `partitions` outlives the requests that read it; every string and list
    // read out of an event is copied before the event is destroyed.
    unsafe {
        let call = AdminCall::new(
            rk,
            rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS,
            settings,
            "reading group offsets",
        )?;
        let (queue, options) = (call.queue, call.options);
        let list = partitions.map_or(std::ptr::null(), |p| p.ptr() as *const _);
        for name in &names {
            // The Admin API takes one group per request.
            let mut request = rd::rd_kafka_ListConsumerGroupOffsets_new(name.as_ptr(), list);
            if request.is_null() {
                continue;
            }
            rd::rd_kafka_ListConsumerGroupOffsets(rk, &mut request, 1, options, queue);
            rd::rd_kafka_ListConsumerGroupOffsets_destroy(request);
        }
        let deadline = Instant::now() + settings.timeout + Duration::from_secs(1);
        let mut answered = 0;
        while answered < names.len() && Instant::now() < deadline {
            let event = rd::rd_kafka_queue_poll(queue, 100);
            if event.is_null() {
                refused(consumer, settings)?;
                continue;
            }
            answered += 1;
            if rd::rd_kafka_event_type(event) == rd::RD_KAFKA_EVENT_LISTCONSUMERGROUPOFFSETS_RESULT
            {
                read_offsets_event(event, &mut found);
            }
            let code = rd::rd_kafka_event_error(event);
            if code != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                let text = rd::rd_kafka_event_error_string(event);
                request_error = Some(GroupError {
                    code,
                    text: if text.is_null() {
                        format!("{code:?}")
                    } else {
                        CStr::from_ptr(text).to_string_lossy().into_owned()
                    },
                });
            }
            rd::rd_kafka_event_destroy(event);
        }
    }
    groups
        .iter()
        .map(
            |g| {
                match found.remove(g).or_else(|| request_error.clone().map(Err)) {
            Some(Ok(offsets)) => Ok(offsets),
            Some(Err(e))
                if e.code
                    == rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED =>
            {
                Err(Error::Denied(format!(
                    "reading offsets of group {g:?}: not authorized on {}: {} (see the ACLs \
                     for this client's principal)",
                    settings.brokers, e.text
                )))
            }
            Some(Err(e)) => Err(Error::Unavailable(format!(
                "reading offsets of group {g:?} on {}: {}",
                settings.brokers, e.text
            ))),
            None => Err(Error::Unavailable(format!(
                "reading offsets of group {g:?}: no answer from Kafka at {} within {}",
                settings.brokers,
                humantime::format_duration(settings.timeout)
            ))),
        }
            },
        )
        .collect()
}

/// A group's (or a whole request's) error in a ListConsumerGroupOffsets answer.
#[derive(Debug, Clone)]
struct GroupError {
    code: rd::rd_kafka_resp_err_t,
    text: String,
}

/// Copies the groups' offsets (or errors) out of one ListConsumerGroupOffsets result event.
///
/// # Safety
/// `event` must be a live event of type `RD_KAFKA_EVENT_LISTCONSUMERGROUPOFFSETS_RESULT`.
unsafe fn read_offsets_event(
    event: *mut rd::rd_kafka_event_t,
    found: &mut HashMap<String, std::result::Result<GroupOffsets, GroupError>>,
) {
    let text = |p: *const std::ffi::c_char| {
        if p.is_null() {
            String::new()
        } else {
            // SAFETY: a non-null C string owned by the event, which the caller keeps alive.
            unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
        }
    };
    // SAFETY: the caller guarantees `event`; the arrays and lists read below belong to it.
    unsafe {
        let result = rd::rd_kafka_event_ListConsumerGroupOffsets_result(event);
        if result.is_null() {
            return;
        }
        let mut count = 0usize;
        let array = rd::rd_kafka_ListConsumerGroupOffsets_result_groups(result, &mut count);
        if array.is_null() {
            return;
        }
        for i in 0..count {
            let group = *array.add(i);
            if group.is_null() {
                continue;
            }
            let name = text(rd::rd_kafka_group_result_name(group));
            let error = rd::rd_kafka_group_result_error(group);
            if !error.is_null() {
                let failure = GroupError {
                    code: rd::rd_kafka_error_code(error),
                    text: text(rd::rd_kafka_error_string(error)),
                };
                found.insert(name, Err(failure));
                continue;
            }
            let mut offsets = GroupOffsets::default();
            let list = rd::rd_kafka_group_result_partitions(group);
            if !list.is_null() {
                let elems = (*list).elems;
                for j in 0..usize::try_from((*list).cnt).unwrap_or(0) {
                    let e = &*elems.add(j);
                    let offset = (e.offset >= 0).then_some(e.offset);
                    offsets.insert((text(e.topic), e.partition), offset);
                }
            }
            found.insert(name, Ok(offsets));
        }
    }
}
