//! The HTTP agent shared by the Schema Registry and RabbitMQ management clients: a global
//! timeout, answers of every status handed back to the caller, and a private CA to trust when
//! the context names one.

use std::path::Path;
use std::time::Duration;

use crate::error::{Error, Result};

/// An agent that gives up after `timeout` and trusts the PEM certificates in `ca` (instead
/// of the system's roots) when given.
pub fn agent(timeout: Duration, ca: Option<&Path>) -> Result<ureq::Agent> {
    let mut config = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false);
    if let Some(ca) = ca {
        let pem = std::fs::read(ca).map_err(|source| Error::File {
            path: ca.display().to_string(),
            source,
        })?;
        let certs = ureq::tls::parse_pem(&pem)
            .filter_map(|item| match item {
                Ok(ureq::tls::PemItem::Certificate(c)) => Some(Ok(c)),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            })
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| Error::config(format!("{}: {e}", ca.display())))?;
        if certs.is_empty() {
            return Err(Error::config(format!(
                "{}: no PEM certificate in this CA file",
                ca.display()
            )));
        }
        config = config.tls_config(
            ureq::tls::TlsConfig::builder()
                .root_certs(ureq::tls::RootCerts::new_with_certs(&certs))
                .build(),
        );
    }
    Ok(ureq::Agent::new_with_config(config.build()))
}
