//! `evctl queues list|describe`: RabbitMQ queue statistics from the management API.

use crate::amqp::management::{ManagementClient, QueueStats};
use crate::cli::{OutputFormat, QueuesCommand};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::table::Table;
use crate::output::{write_json, write_listing};

pub fn run(cfg: &Config, command: &QueuesCommand) -> Result<()> {
    let client = ManagementClient::new(&cfg.amqp)?;
    let mut out = std::io::stdout().lock();
    match command {
        QueuesCommand::List { vhost } => {
            let queues = client.queues(vhost.as_deref())?;
            write_listing(&mut out, cfg.output, &queues, || {
                let mut table = Table::new([
                    "VHOST",
                    "QUEUE",
                    "TYPE",
                    "READY",
                    "UNACKED",
                    "CONSUMERS",
                    "PUBLISH/S",
                    "DELIVER/S",
                    "ACK/S",
                ]);
                for q in &queues {
                    table.row([
                        q.vhost.clone(),
                        q.name.clone(),
                        q.kind.clone(),
                        q.messages_ready.to_string(),
                        q.messages_unacknowledged.to_string(),
                        q.consumers.to_string(),
                        format!("{:.1}", q.publish_rate()),
                        format!("{:.1}", q.deliver_rate()),
                        format!("{:.1}", q.ack_rate()),
                    ]);
                }
                table
            })
        }
        QueuesCommand::Describe { queue, vhost } => {
            let vhost = vhost.as_deref().unwrap_or(&cfg.amqp.vhost);
            let q = client.queue(vhost, queue)?;
            if cfg.output != OutputFormat::Text {
                return write_json(&mut out, &q, cfg.output == OutputFormat::Json);
            }
            describe_table(&q).write(&mut out).map_err(Error::Output)
        }
    }
}

fn describe_table(q: &QueueStats) -> Table {
    let mut table = Table::new(["FIELD", "VALUE"]);
    table.row(["queue".to_string(), q.name.clone()]);
    table.row(["vhost".to_string(), q.vhost.clone()]);
    table.row(["type".to_string(), q.kind.clone()]);
    table.row(["durable".to_string(), q.durable.to_string()]);
    table.row(["messages ready".to_string(), q.messages_ready.to_string()]);
    table.row([
        "messages unacknowledged".to_string(),
        q.messages_unacknowledged.to_string(),
    ]);
    table.row(["consumers".to_string(), q.consumers.to_string()]);
    table.row([
        "consumer utilisation".to_string(),
        q.consumer_utilisation
            .map_or("-".to_string(), |u| format!("{:.0}%", u * 100.0)),
    ]);
    table.row([
        "publish rate".to_string(),
        format!("{:.1}/s", q.publish_rate()),
    ]);
    table.row([
        "deliver rate".to_string(),
        format!("{:.1}/s", q.deliver_rate()),
    ]);
    table.row(["ack rate".to_string(), format!("{:.1}/s", q.ack_rate())]);
    for (key, value) in &q.arguments {
        let value = value
            .as_str()
            .map_or_else(|| value.to_string(), str::to_string);
        table.row([format!("argument {key}"), value]);
    }
    table
}
