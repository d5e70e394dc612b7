//! `evctl groups list`: the cluster's consumer groups.

use crate::cli::GroupsCommand;
use crate::config::Config;
use crate::error::Result;
use crate::kafka::offsets::OffsetProbe;
use crate::output::table::Table;
use crate::output::write_listing;

pub fn run(cfg: &Config, command: &GroupsCommand) -> Result<()> {
    let GroupsCommand::List = command;
    let groups = OffsetProbe::new(&cfg.kafka, cfg.verbose)?.list_groups()?;
    write_listing(&mut std::io::stdout().lock(), cfg.output, &groups, || {
        let mut table = Table::new(["GROUP", "STATE", "KIND"]);
        for g in &groups {
            table.row([
                g.group.as_str(),
                g.state.as_str(),
                if g.simple { "offsets only" } else { "consumer" },
            ]);
        }
        table
    })
}
