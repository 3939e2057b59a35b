//! `path:line:column:level:rule:message`, one alert per line: grep-able and stable.

use cio_digest::check::Report;
use std::io::{self, Write};

pub fn write(w: &mut impl Write, report: &Report) -> io::Result<()> {
    for a in &report.alerts {
        writeln!(
            w,
            "{}:{}:{}:{}:{}:{}",
            a.path, a.line, a.column, a.level, a.rule, a.message
        )?;
    }
    Ok(())
}
