//! SARIF 2.1.0 (OASIS), for code-scanning dashboards such as GitHub's.
//!
//! One run: the tool with every rule (its level under the config in force, or
//! disabled), one result per alert, and unreadable files as tool execution
//! notifications. Columns count Unicode code points, as everywhere in `check`.

use cio_digest::check::config::Config;
use cio_digest::check::rules::ALL;
use cio_digest::check::{Level, Report};
use serde_json::{json, Value};
use std::io::{self, Write};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn write(w: &mut impl Write, r: &Report, config: &Config) -> io::Result<()> {
    let rules: Vec<Value> = ALL
        .iter()
        .map(|rule| {
            let setting = config.base().get(rule.id());
            let active = setting.and_then(|s| s.active());
            let level = active.or(setting.map(|s| s.level)).unwrap_or(rule.level());
            json!({
                "id": rule.id(),
                "shortDescription": {"text": rule.description()},
                "fullDescription": {"text": rule.rationale()},
                "defaultConfiguration": {
                    "enabled": active.is_some(),
                    "level": sarif_level(level),
                },
            })
        })
        .collect();
    let results: Vec<Value> = r
        .alerts
        .iter()
        .map(|a| {
            let mut result = json!({
                "ruleId": a.rule,
                "level": sarif_level(a.level),
                "message": {"text": a.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&a.path)},
                        "region": {"startLine": a.line, "startColumn": a.column},
                    }
                }],
            });
            if let Some(i) = ALL.iter().position(|rule| rule.id() == a.rule) {
                result["ruleIndex"] = json!(i);
            }
            result
        })
        .collect();
    let notifications: Vec<Value> = r
        .errors
        .iter()
        .map(|e| {
            json!({
                "level": "error",
                "message": {"text": e.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(&e.path)}}}],
            })
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "cio-digest",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": r.errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *w, &log)?;
    w.write_all(b"\n")
}

fn sarif_level(l: Level) -> &'static str {
    match l {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Suggestion => "note",
    }
}

/// A path as a URI reference: relative paths stay relative (to the repository
/// root, for code scanning), absolute ones become `file://` URIs.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    }
    let path = path.strip_prefix("./").unwrap_or(&path);
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris() {
        assert_eq!(uri("seeds/a b.txt"), "seeds/a%20b.txt");
        assert_eq!(uri("./x/é.txt"), "x/%C3%A9.txt");
        assert_eq!(uri("/tmp/a.txt"), "file:///tmp/a.txt");
    }
}
