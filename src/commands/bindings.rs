//! `evctl bindings`: which RabbitMQ exchange routes what where, from the management API.

use crate::amqp::management::ManagementClient;
use crate::cli::BindingsArgs;
use crate::config::Config;
use crate::error::Result;
use crate::output::table::Table;
use crate::output::write_listing;

pub fn run(cfg: &Config, args: &BindingsArgs) -> Result<()> {
    let bindings: Vec<_> = ManagementClient::new(&cfg.amqp)?
        .bindings(args.vhost.as_deref())?
        .into_iter()
        .filter(|b| args.exchange.as_ref().is_none_or(|x| &b.source == x))
        .filter(|b| {
            args.queue
                .as_ref()
                .is_none_or(|q| &b.destination == q && b.destination_type == "queue")
        })
        .collect();
    write_listing(&mut std::io::stdout().lock(), cfg.output, &bindings, || {
        let mut table = Table::new([
            "VHOST",
            "EXCHANGE",
            "ROUTING KEY",
            "DESTINATION",
            "ARGUMENTS",
        ]);
        for b in &bindings {
            let source = if b.source.is_empty() {
                "(default)"
            } else {
                b.source.as_str()
            };
            let arguments = if b.arguments.is_empty() {
                String::new()
            } else {
                serde_json::to_string(&b.arguments).unwrap_or_default()
            };
            table.row([
                b.vhost.clone(),
                source.to_string(),
                b.routing_key.clone(),
                format!("{} {}", b.destination_type, b.destination),
                arguments,
            ]);
        }
        table
    })
}
