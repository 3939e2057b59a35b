//! `cio-digest rules`: every rule with its level under the config in force.

use cio_digest::check::config::{Config, Setting};
use cio_digest::check::rules::ALL;
use cio_digest::check::{ParamKind, Rule};
use serde::Serialize;
use std::io::{self, Write};

fn setting<'c>(config: &'c Config, r: &dyn Rule) -> Option<&'c Setting> {
    config.base().get(r.id())
}

fn level_name(s: Option<&Setting>) -> &'static str {
    s.and_then(Setting::active).map_or("off", |l| l.name())
}

/// A threshold as written in the config file.
fn value(kind: ParamKind, v: f64) -> String {
    match kind {
        ParamKind::Count => format!("{}", v as u64),
        ParamKind::Share => format!("{v}"),
    }
}

pub fn text(w: &mut impl Write, config: &Config) -> io::Result<()> {
    if let Some(p) = &config.path {
        writeln!(w, "config: {}\n", p.display())?;
    }
    let width = ALL.iter().map(|r| r.id().len()).max().unwrap_or(0);
    for r in ALL {
        let s = setting(config, *r);
        writeln!(
            w,
            "{:<width$}  {:<10}  {}",
            r.id(),
            level_name(s),
            r.description()
        )?;
        for p in r.params() {
            let v = s.map_or(p.default, |s| s.params.get(p.name));
            writeln!(
                w,
                "{:<width$}  {:<10}    {} = {}  ({})",
                "",
                "",
                p.name,
                value(p.kind, v),
                p.help
            )?;
        }
    }
    Ok(())
}

pub fn json(w: &mut impl Write, config: &Config) -> io::Result<()> {
    #[derive(Serialize)]
    struct Entry {
        id: &'static str,
        level: &'static str,
        default_level: &'static str,
        description: &'static str,
        rationale: &'static str,
        params: Vec<Param>,
    }
    #[derive(Serialize)]
    struct Param {
        name: &'static str,
        value: f64,
        default: f64,
        help: &'static str,
    }
    let entries: Vec<Entry> = ALL
        .iter()
        .map(|r| {
            let s = setting(config, *r);
            Entry {
                id: r.id(),
                level: level_name(s),
                default_level: r.level().name(),
                description: r.description(),
                rationale: r.rationale(),
                params: r
                    .params()
                    .iter()
                    .map(|p| Param {
                        name: p.name,
                        value: s.map_or(p.default, |s| s.params.get(p.name)),
                        default: p.default,
                        help: p.help,
                    })
                    .collect(),
            }
        })
        .collect();
    serde_json::to_writer_pretty(&mut *w, &entries)?;
    w.write_all(b"\n")
}

/// The README's table: defaults only, so it does not depend on a config file.
pub fn markdown(w: &mut impl Write) -> io::Result<()> {
    writeln!(w, "| rule | level | what | why |")?;
    writeln!(w, "|---|---|---|---|")?;
    for r in ALL {
        let params: Vec<String> = r
            .params()
            .iter()
            .map(|p| format!("`{} = {}`", p.name, value(p.kind, p.default)))
            .collect();
        let what = if params.is_empty() {
            r.description().to_string()
        } else {
            format!("{} ({})", r.description(), params.join(", "))
        };
        writeln!(
            w,
            "| `{}` | {} | {} | {} |",
            r.id(),
            r.level().name(),
            what,
            r.rationale()
        )?;
    }
    Ok(())
}
