//! `evctl exchanges list`: RabbitMQ exchanges from the management API.

use crate::amqp::management::ManagementClient;
use crate::cli::ExchangesCommand;
use crate::config::Config;
use crate::error::Result;
use crate::output::table::Table;
use crate::output::write_listing;

pub fn run(cfg: &Config, command: &ExchangesCommand) -> Result<()> {
    let ExchangesCommand::List { vhost } = command;
    let exchanges = ManagementClient::new(&cfg.amqp)?.exchanges(vhost.as_deref())?;
    write_listing(
        &mut std::io::stdout().lock(),
        cfg.output,
        &exchanges,
        || {
            let mut table = Table::new(["VHOST", "EXCHANGE", "TYPE", "FLAGS", "IN/S", "OUT/S"]);
            for x in &exchanges {
                let flags: Vec<&str> = [
                    (x.durable, "durable"),
                    (x.auto_delete, "auto-delete"),
                    (x.internal, "internal"),
                ]
                .into_iter()
                .filter_map(|(on, name)| on.then_some(name))
                .collect();
                let (rate_in, rate_out) = x.rates();
                let name = if x.name.is_empty() {
                    "(default)"
                } else {
                    x.name.as_str()
                };
                table.row([
                    x.vhost.clone(),
                    name.to_string(),
                    x.kind.clone(),
                    flags.join(","),
                    format!("{rate_in:.1}"),
                    format!("{rate_out:.1}"),
                ]);
            }
            table
        },
    )
}
