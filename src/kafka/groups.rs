//! Listing consumer groups with librdkafka's `ListConsumerGroups` Admin API.
//!
//! The safe rdkafka crate offers only `fetch_group_list`, which follows ListGroups with
//! DescribeGroups; Tansu's sqlite engine fails the second and closes the connection. The Admin
//! API asks ListGroups alone, so this module calls it through rdkafka-sys. The unsafe code is
//! kept to this one function: every pointer comes from librdkafka, is checked for null, and is
//! read before the event that owns it is destroyed.
#![allow(unsafe_code)]

use std::ffi::CStr;
use std::time::{Duration, Instant};

use rdkafka::bindings as rd;
use rdkafka::consumer::{BaseConsumer, Consumer};
use serde::Serialize;

use super::EvctlContext;
use crate::config::KafkaSettings;
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct GroupListing {
    pub group: String,
    /// Stable, Empty, PreparingRebalance, CompletingRebalance, Dead or Unknown.
    pub state: String,
    /// A "simple" group only stores offsets: nobody ever joined it as a member.
    pub simple: bool,
}

/// Every consumer group the cluster knows, sorted by name.
pub fn list_groups(
    consumer: &BaseConsumer<EvctlContext>,
    settings: &KafkaSettings,
) -> Result<Vec<GroupListing>> {
    let timeout_ms = i32::try_from(settings.timeout.as_millis()).unwrap_or(i32::MAX);
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
        let queue = rd::rd_kafka_queue_new(rk);
        if queue.is_null() {
            return Err(Error::Broker("listing consumer groups: no queue".into()));
        }
        let options = rd::rd_kafka_AdminOptions_new(
            rk,
            rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS,
        );
        if !options.is_null() {
            let mut errstr = [0 as std::ffi::c_char; 256];
            rd::rd_kafka_AdminOptions_set_request_timeout(
                options,
                timeout_ms,
                errstr.as_mut_ptr(),
                errstr.len(),
            );
        }
        rd::rd_kafka_ListConsumerGroups(rk, options, queue);
        // Poll in short steps so a slow answer still ends at the deadline.
        let deadline = Instant::now() + settings.timeout + Duration::from_secs(1);
        let mut event: *mut rd::rd_kafka_event_t = std::ptr::null_mut();
        while event.is_null() && Instant::now() < deadline {
            event = rd::rd_kafka_queue_poll(queue, 100);
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
        if !options.is_null() {
            rd::rd_kafka_AdminOptions_destroy(options);
        }
        rd::rd_kafka_queue_destroy(queue);
        result?;
    }
    groups.sort();
    Ok(groups)
}
