//! `evctl topics`: list, describe, create and delete.

use crate::cli::{OutputFormat, TopicsCommand};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::kafka::admin::{TopicAdmin, TopicSummary};
use crate::kafka::offsets::OffsetProbe;
use crate::output::format::human_bytes;
use crate::output::table::Table;
use crate::output::{write_json, write_listing};

pub async fn run(cfg: &Config, command: &TopicsCommand) -> Result<()> {
    let admin = TopicAdmin::new(&cfg.kafka, cfg.verbose)?;
    let mut out = std::io::stdout().lock();
    match command {
        TopicsCommand::List => {
            // Two batched offset lookups for the whole cluster, not two per partition.
            let probe = OffsetProbe::new(&cfg.kafka, cfg.verbose)?;
            let topics: Vec<TopicSummary> = probe
                .cluster()?
                .topics
                .iter()
                .map(TopicSummary::from)
                .collect();
            write_listing(&mut out, cfg.output, &topics, || {
                let mut table =
                    Table::new(["TOPIC", "PARTITIONS", "REPLICATION", "MESSAGES", "SIZE"]);
                for t in &topics {
                    table.row([
                        t.name.clone(),
                        t.partitions.to_string(),
                        t.replication_factor.to_string(),
                        t.messages.to_string(),
                        human_bytes(t.size_bytes),
                    ]);
                }
                table
            })
        }
        TopicsCommand::Describe { topic } => {
            let description = admin.describe(topic).await?;
            if cfg.output != OutputFormat::Text {
                return write_json(&mut out, &description, cfg.output == OutputFormat::Json);
            }
            let mut table = Table::new([
                "PARTITION",
                "LEADER",
                "REPLICAS",
                "ISR",
                "LOW",
                "HIGH",
                "MESSAGES",
                "SIZE",
            ]);
            for p in &description.partitions {
                table.row([
                    p.partition.to_string(),
                    p.leader.to_string(),
                    join(&p.replicas),
                    join(&p.isr),
                    p.low_watermark.to_string(),
                    p.high_watermark.to_string(),
                    p.messages.to_string(),
                    human_bytes(p.size_bytes),
                ]);
            }
            let size: Option<i64> = description.partitions.iter().map(|p| p.size_bytes).sum();
            let mut text = format!(
                "Topic: {}  (size on disk over all replicas: {})\n\n",
                description.name,
                human_bytes(size)
            )
            .into_bytes();
            table.write(&mut text).map_err(Error::Output)?;
            text.extend_from_slice(b"\n");
            match &description.configs_error {
                Some(e) => {
                    text.extend_from_slice(format!("Configs: not available ({e})\n").as_bytes())
                }
                None => {
                    let mut configs = Table::new(["CONFIG", "VALUE", "DEFAULT"]);
                    for c in &description.configs {
                        configs.row([
                            c.name.clone(),
                            c.value.clone().unwrap_or_else(|| "(sensitive)".into()),
                            if c.is_default { "yes" } else { "no" }.to_string(),
                        ]);
                    }
                    configs.write(&mut text).map_err(Error::Output)?;
                }
            }
            std::io::Write::write_all(&mut out, &text).map_err(Error::Output)
        }
        TopicsCommand::Create {
            topic,
            partitions,
            replication_factor,
            configs,
        } => {
            admin
                // -1 asks the broker for its default, as kafka-topics.sh does.
                .create(
                    topic,
                    *partitions,
                    replication_factor.unwrap_or(-1),
                    configs,
                )
                .await?;
            if !cfg.quiet {
                eprintln!("evctl: created topic {topic} with {partitions} partition(s)");
            }
            Ok(())
        }
        TopicsCommand::Delete { topic } => {
            admin.delete(topic).await?;
            if !cfg.quiet {
                eprintln!("evctl: deleted topic {topic}");
            }
            Ok(())
        }
    }
}

fn join(ids: &[i32]) -> String {
    ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
}
