//! `evctl context list|use|show`: the named contexts of the config file.

use std::path::Path;

use serde::Serialize;

use crate::amqp_url::mask_password;
use crate::cli::{ContextCommand, GlobalArgs, OutputFormat};
use crate::config::{
    AmqpContext, ConfigFile, DEFAULT_BROKERS, KafkaSettings, Setting, default_config_path,
};
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
    if let ContextCommand::Add {
        name,
        make_current,
        replace,
    } = command
    {
        // The file named may not exist yet: this is what creates it.
        let path = global.config.clone().unwrap_or_else(default_config_path);
        add_context(global, &path, name, *make_current, *replace)?;
        if !global.quiet {
            eprintln!("evctl: context {name} saved in {}", path.display());
        }
        return Ok(());
    }
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
        ContextCommand::Add { .. } => unreachable!("handled above"),
        ContextCommand::Remove { name } => {
            remove_context(&path, name)?;
            if !global.quiet {
                eprintln!("evctl: context {name} removed from {}", path.display());
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

/// Rewrites `current-context`, keeping the file's comments and layout.
fn set_current_context(path: &Path, name: &str) -> Result<()> {
    let mut doc = read_document(path)?;
    doc["current-context"] = toml_edit::value(name);
    write_document(path, &doc)
}

/// `context add`: the connection flags given with it, as a context of the file (created when
/// missing).
fn add_context(
    global: &GlobalArgs,
    path: &Path,
    name: &str,
    make_current: bool,
    replace: bool,
) -> Result<()> {
    let mut doc = if path.exists() {
        read_document(path)?
    } else {
        toml_edit::DocumentMut::new()
    };
    let contexts = doc
        .entry("contexts")
        .or_insert_with(|| {
            let mut table = toml_edit::Table::new();
            table.set_implicit(true);
            toml_edit::Item::Table(table)
        })
        .as_table_mut()
        .ok_or_else(|| Error::config(format!("{}: contexts is not a table", path.display())))?;
    if contexts.contains_key(name) && !replace {
        return Err(Error::usage(format!(
            "context {name:?} already exists in {} (--replace overwrites it)",
            path.display()
        )));
    }
    let context = context_table(global)?;
    contexts.insert(name, toml_edit::Item::Table(context));
    if make_current {
        doc["current-context"] = toml_edit::value(name);
    }
    // What is written must read back as a config file.
    toml::from_str::<ConfigFile>(&doc.to_string())
        .map_err(|e| Error::config(format!("context {name:?}: {e}")))?;
    write_document(path, &doc)
}

/// The settings the flags name, as a context's table. Secrets given as flags are kept inline
/// (the file is owner-only); `{ env = "VAR" }` or `{ file = "PATH" }` can replace them by hand.
fn context_table(global: &GlobalArgs) -> Result<toml_edit::Table> {
    use toml_edit::value;
    let mut context = toml_edit::Table::new();
    if let Some(brokers) = &global.brokers {
        context["brokers"] = value(brokers.as_str());
    }
    let schemas = &global.schemas;
    if let Some(dir) = &schemas.schemas {
        context["schemas"] = value(dir.display().to_string());
    }
    if !global.property.is_empty() {
        // A misspelt property is refused now rather than when the context is first used.
        let settings = KafkaSettings {
            brokers: global.brokers.clone().unwrap_or_default(),
            properties: global.property.clone(),
            timeout: global.timeout,
        };
        crate::kafka::client_config(&settings, 0)
            .create_native_config()
            .map_err(|e| crate::kafka::configuration_error(&e))?;
        let mut properties = toml_edit::Table::new();
        for (key, v) in &global.property {
            properties[key.as_str()] = value(v.as_str());
        }
        context["properties"] = toml_edit::Item::Table(properties);
    }
    let mut amqp = toml_edit::Table::new();
    if let Some(url) = &global.amqp_url {
        amqp["url"] = value(url.as_str());
    }
    if let Some(url) = &global.management_url {
        amqp["management-url"] = value(url.as_str());
    }
    if !amqp.is_empty() {
        context["amqp"] = toml_edit::Item::Table(amqp);
    }
    if let Some(url) = &schemas.schema_registry {
        let mut registry = toml_edit::Table::new();
        registry["url"] = value(url.as_str());
        if let Some(auth) = &schemas.registry_auth {
            registry["auth"] = value(auth.as_str());
        }
        if let Some(token) = &schemas.registry_token {
            registry["token"] = value(token.as_str());
        }
        if let Some(ca) = &schemas.registry_ca {
            registry["ca"] = value(ca.display().to_string());
        }
        context["schema-registry"] = toml_edit::Item::Table(registry);
    }
    if context.is_empty() {
        return Err(Error::usage(
            "context add saves the connection flags given with it: name at least one of \
             --brokers, -X, --amqp-url, --management-url, --schemas, --schema-registry",
        ));
    }
    Ok(context)
}

fn remove_context(path: &Path, name: &str) -> Result<()> {
    let mut doc = read_document(path)?;
    let removed = doc
        .get_mut("contexts")
        .and_then(toml_edit::Item::as_table_like_mut)
        .and_then(|contexts| contexts.remove(name));
    if removed.is_none() {
        return Err(Error::config(format!(
            "no context named {name:?} in {}",
            path.display()
        )));
    }
    if doc.get("current-context").and_then(toml_edit::Item::as_str) == Some(name) {
        doc.remove("current-context");
    }
    write_document(path, &doc)
}

fn file_error(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::File {
        path: path.display().to_string(),
        source,
    }
}

fn read_document(path: &Path) -> Result<toml_edit::DocumentMut> {
    let text = std::fs::read_to_string(path).map_err(file_error(path))?;
    text.parse()
        .map_err(|e| Error::config(format!("{}: {e}", path.display())))
}

/// Writes the config file whole: the new text goes to a file beside it that then replaces it,
/// so a crash or a full disk mid-write leaves the old file whole (the file holds credentials
/// and contexts). An existing file keeps its mode, and a file linked from elsewhere (dotfiles)
/// is replaced where it really is, the link staying a link; a new file is created owner-only
/// (0600), in a directory created owner-only (0700) when missing.
fn write_document(path: &Path, doc: &toml_edit::DocumentMut) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
    let (path, mode) = if path.exists() {
        let path = std::fs::canonicalize(path).map_err(file_error(path))?;
        let mode = std::fs::metadata(&path)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0o600);
        (path, mode)
    } else {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(file_error(dir))?;
        }
        (path.to_path_buf(), 0o600)
    };
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
        .and_then(|()| std::fs::rename(&staged, &path));
    if written.is_err() {
        let _ = std::fs::remove_file(&staged);
    }
    written.map_err(file_error(&path))
}
