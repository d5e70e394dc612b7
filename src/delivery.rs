//! What became of the messages a producer or publisher was handed: the same summary for
//! Kafka and RabbitMQ.

use std::collections::BTreeMap;

/// What became of the messages handed to the producer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeliverySummary {
    pub delivered: u64,
    pub failed: u64,
    /// Messages still unacknowledged when the flush gave up.
    pub unconfirmed: u64,
    pub reasons: BTreeMap<String, u64>,
}

impl DeliverySummary {
    /// Counts one failed message and why.
    pub fn fail(&mut self, reason: String) {
        self.failed += 1;
        *self.reasons.entry(reason).or_default() += 1;
    }

    pub fn all_delivered(&self) -> bool {
        self.failed == 0 && self.unconfirmed == 0
    }

    /// "3 failed (2 × Broker: Unknown topic or partition; ...)" style explanation.
    pub fn failure_text(&self) -> String {
        let mut parts: Vec<String> = self
            .reasons
            .iter()
            .map(|(reason, n)| format!("{n} × {reason}"))
            .collect();
        if self.unconfirmed > 0 {
            parts.push(format!(
                "{} × not acknowledged before the timeout",
                self.unconfirmed
            ));
        }
        parts.join("; ")
    }
}
