//! The licence check of the dependency tree, offline from `cargo metadata` (as `cargo deny
//! check licenses` does, without its advisory database): every package built for Linux must
//! be usable under a licence on the list below, and one that is not fails the run, named.

use std::collections::BTreeMap;

/// Permissive licences: a package qualifies when its SPDX expression can be satisfied with
/// these alone (for `A OR B`, either; for `A AND B`, both). Copyleft ones (GPL, LGPL, AGPL,
/// and MPL-2.0 when it is the only choice) are not on it.
const ALLOWED: &[&str] = &[
    "0BSD",
    "Apache-2.0",
    "Apache-2.0 WITH LLVM-exception",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "BSL-1.0",
    "CC0-1.0",
    "CDLA-Permissive-2.0",
    "ISC",
    "MIT",
    "MIT-0",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "Unlicense",
    "WTFPL",
    "Zlib",
];

/// Whether an SPDX licence expression can be met with the allowed licences. `/` is the old
/// crates.io spelling of OR; WITH binds tighter than AND, AND tighter than OR.
fn acceptable(expression: &str) -> Result<bool, String> {
    let spaced = expression
        .replace('(', " ( ")
        .replace(')', " ) ")
        .replace('/', " OR ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut at = 0;
    let verdict = or(&tokens, &mut at)?;
    if at != tokens.len() {
        return Err(format!("unexpected {:?} in {expression:?}", tokens[at]));
    }
    Ok(verdict)
}

fn or(tokens: &[&str], at: &mut usize) -> Result<bool, String> {
    let mut any = and(tokens, at)?;
    while tokens.get(*at) == Some(&"OR") {
        *at += 1;
        any |= and(tokens, at)?;
    }
    Ok(any)
}

fn and(tokens: &[&str], at: &mut usize) -> Result<bool, String> {
    let mut all = licence(tokens, at)?;
    while tokens.get(*at) == Some(&"AND") {
        *at += 1;
        all &= licence(tokens, at)?;
    }
    Ok(all)
}

fn licence(tokens: &[&str], at: &mut usize) -> Result<bool, String> {
    match tokens.get(*at) {
        Some(&"(") => {
            *at += 1;
            let inner = or(tokens, at)?;
            if tokens.get(*at) != Some(&")") {
                return Err("unbalanced parentheses".to_string());
            }
            *at += 1;
            Ok(inner)
        }
        Some(id) if !["AND", "OR", "WITH", ")"].contains(id) => {
            *at += 1;
            let mut name = id.to_string();
            if tokens.get(*at) == Some(&"WITH") {
                let exception = tokens.get(*at + 1).ok_or("WITH what?")?;
                name = format!("{name} WITH {exception}");
                *at += 2;
            }
            Ok(ALLOWED.contains(&name.as_str()))
        }
        other => Err(format!("expected a licence, found {other:?}")),
    }
}

#[test]
fn licence_expressions_are_judged_as_spdx_reads_them() {
    for (expression, verdict) in [
        ("MIT OR Apache-2.0", true),
        ("MIT/Apache-2.0", true),
        ("GPL-3.0-only OR MIT", true),
        ("GPL-3.0-only AND MIT", false),
        ("(MIT OR Apache-2.0) AND Unicode-3.0", true),
        ("(MIT OR GPL-2.0-only) AND LGPL-2.1-only", false),
        ("Apache-2.0 WITH LLVM-exception", true),
        ("GPL-2.0-only WITH Classpath-exception-2.0", false),
        ("MPL-2.0", false),
        ("MIT OR MPL-2.0", true),
    ] {
        assert_eq!(acceptable(expression), Ok(verdict), "{expression}");
    }
    assert!(acceptable("MIT AND").is_err());
    assert!(acceptable("(MIT").is_err());
}

#[test]
fn every_dependency_has_an_allowed_licence() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let out = std::process::Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .args(["--filter-platform", "x86_64-unknown-linux-gnu"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let packages = metadata["packages"].as_array().unwrap();
    let mut refused = Vec::new();
    let mut by_licence = BTreeMap::<&str, usize>::new();
    for package in packages {
        let name = format!("{} {}", package["name"], package["version"]);
        match package["license"].as_str() {
            None => refused.push(format!("{name}: no licence expression")),
            Some(expression) => match acceptable(expression) {
                Ok(true) => *by_licence.entry(expression).or_default() += 1,
                Ok(false) => refused.push(format!("{name}: {expression}")),
                Err(e) => refused.push(format!("{name}: {e}")),
            },
        }
    }
    assert!(
        refused.is_empty(),
        "licences not allowed:\n{}",
        refused.join("\n")
    );
    assert!(packages.len() > 100, "{} packages", packages.len());
    eprintln!("{} packages, every one allowed:", packages.len());
    for (expression, n) in by_licence {
        eprintln!("{n:5}  {expression}");
    }
}
