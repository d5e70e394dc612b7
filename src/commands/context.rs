//! `evctl context list|use|show`: the named contexts of the config file.

use serde::Serialize;

use crate::amqp_url::mask_password;
use crate::cli::{ContextCommand, GlobalArgs, OutputFormat};
use crate::config::{AmqpContext, ConfigFile, DEFAULT_BROKERS, Setting};
use crate::error::{Error, Result};
use crate::output::table::Table;
use crate::output::{write_json, write_listing};

#[derive(Debug, Serialize)]
struct ContextRow<'a> {
    name: &'a str,
    brokers: &'a str,
    current: bool,
}

#[derive(Debug, Serialize)]
struct ContextView<'a> {
    name: &'a str,
    brokers: &'a str,
    /// Property values for display: secrets masked, indirections named, never resolved.
    properties: Vec<(&'a str, String)>,
    /// RabbitMQ settings for display, the same way.
    amqp: Vec<(&'a str, String)>,
}

pub fn run(global: &GlobalArgs, command: &ContextCommand) -> Result<()> {
    let (path, file) = ConfigFile::of(global)?;
    let mut out = std::io::stdout().lock();
    match command {
        ContextCommand::List => {
            let current = global
                .context
                .as_deref()
                .or(file.current_context.as_deref());
            let rows: Vec<ContextRow<'_>> = file
                .contexts
                .iter()
                .map(|(name, ctx)| ContextRow {
                    name,
                    brokers: ctx.brokers.as_deref().unwrap_or(DEFAULT_BROKERS),
                    current: Some(name.as_str()) == current,
                })
                .collect();
            if rows.is_empty() && global.output == OutputFormat::Text {
                eprintln!("evctl: no contexts in {}", path.display());
                return Ok(());
            }
            write_listing(&mut out, global.output, &rows, || {
                let mut table = Table::new(["CURRENT", "NAME", "BROKERS"]);
                for r in &rows {
                    table.row([if r.current { "*" } else { "" }, r.name, r.brokers]);
                }
                table
            })
        }
        ContextCommand::Use { name } => {
            file.select(Some(name))?;
            set_current_context(&path, name)?;
            if !global.quiet {
                eprintln!("evctl: current context is now {name}");
            }
            Ok(())
        }
        ContextCommand::Show { name } => {
            let Some((name, ctx)) = file.select(name.as_deref().or(global.context.as_deref()))?
            else {
                return Err(Error::config(format!(
                    "no current context in {} (choose one with `evctl context use NAME`)",
                    path.display()
                )));
            };
            let view = ContextView {
                name,
                brokers: ctx.brokers.as_deref().unwrap_or(DEFAULT_BROKERS),
                properties: ctx
                    .properties
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.display(k)))
                    .collect(),
                amqp: amqp_view(&ctx.amqp),
            };
            if global.output != OutputFormat::Text {
                return write_json(&mut out, &view, global.output == OutputFormat::Json);
            }
            let mut table = Table::new(["SETTING", "VALUE"]);
            table.row(["context", view.name]);
            table.row(["brokers", view.brokers]);
            for (k, v) in view.properties.iter().chain(&view.amqp) {
                table.row([*k, v.as_str()]);
            }
            table.write(&mut out).map_err(Error::Output)
        }
    }
}

fn amqp_view(amqp: &AmqpContext) -> Vec<(&'static str, String)> {
    let mut rows = Vec::new();
    if let Some(url) = &amqp.url {
        let shown = match url {
            Setting::Text(url) => mask_password(url),
            other => other.display("amqp.url"),
        };
        rows.push(("amqp.url", shown));
    }
    if let Some(url) = &amqp.management_url {
        rows.push(("amqp.management-url", url.clone()));
    }
    if let Some(user) = &amqp.management_user {
        rows.push(("amqp.management-user", user.clone()));
    }
    if let Some(password) = &amqp.management_password {
        rows.push(("amqp.management-password", password.display("password")));
    }
    for (name, path) in [
        ("amqp.tls-ca", &amqp.tls_ca),
        ("amqp.tls-cert", &amqp.tls_cert),
        ("amqp.tls-key", &amqp.tls_key),
    ] {
        if let Some(path) = path {
            rows.push((name, path.display().to_string()));
        }
    }
    rows
}

/// Rewrites `current-context`, keeping the file's comments and layout. The new text goes to a
/// file beside it (owner-only, or the old file's mode) that then replaces it, so a crash or a
/// full disk mid-write leaves the old file whole: the file holds credentials and contexts.
fn set_current_context(path: &std::path::Path, name: &str) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let file_error = |source| Error::File {
        path: path.display().to_string(),
        source,
    };
    let text = std::fs::read_to_string(path).map_err(file_error)?;
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e| Error::config(format!("{}: {e}", path.display())))?;
    doc["current-context"] = toml_edit::value(name);
    // A config file linked from elsewhere (dotfiles) is replaced where it really is, and the
    // link stays a link.
    let path = &std::fs::canonicalize(path).map_err(file_error)?;
    let mode = std::fs::metadata(path)
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or(0o600);
    let mut staged = path.as_os_str().to_owned();
    staged.push(format!(".evctl-{}", std::process::id()));
    let staged = std::path::PathBuf::from(staged);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&staged)
        .and_then(|mut file| {
            file.write_all(doc.to_string().as_bytes())?;
            file.set_permissions(std::fs::Permissions::from_mode(mode))?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&staged, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&staged);
    }
    written.map_err(file_error)
}
