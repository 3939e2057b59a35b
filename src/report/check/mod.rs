//! `check` output: one module per format. They print the report; the exit
//! status is decided once, from the alerts, by `Report::verdict`.

mod github;
mod json;
mod line;
mod rules;
mod sarif;
mod text;

use crate::cli::{CheckFormat, RulesFormat};
use cio_digest::check::config::Config;
use cio_digest::check::Report;
use std::io::{self, Write};

pub fn write(
    w: &mut impl Write,
    format: CheckFormat,
    report: &Report,
    config: &Config,
    color: bool,
) -> io::Result<()> {
    match format {
        CheckFormat::Text => text::write(w, report, color),
        CheckFormat::Line => line::write(w, report),
        CheckFormat::Json => json::write(w, report),
        CheckFormat::Ndjson => json::write_lines(w, report),
        CheckFormat::Github => github::write(w, report),
        CheckFormat::Sarif => sarif::write(w, report, config),
    }
}

/// `cio-digest rules`.
pub fn rules(w: &mut impl Write, format: RulesFormat, config: &Config) -> io::Result<()> {
    match format {
        RulesFormat::Text => rules::text(w, config),
        RulesFormat::Json => rules::json(w, config),
        RulesFormat::Markdown => rules::markdown(w),
    }
}
