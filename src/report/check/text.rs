//! Alerts grouped by file, for people:
//!
//! ```text
//! seeds/000_999aaa54e97a1068.txt
//!    1:1  warning  no author found: add a byline ...  missing-author
//!
//! 0 errors, 2 warnings and 0 suggestions in 2 files
//! ```

use super::super::text::Style;
use cio_digest::check::{Alert, Level, Report};
use std::io::{self, Write};

pub fn write(w: &mut impl Write, r: &Report, color: bool) -> io::Result<()> {
    let st = Style(color);
    for file in r.alerts.chunk_by(|a, b| a.path == b.path) {
        writeln!(w, "{}", st.paint("4", &file[0].path))?;
        let width = file.iter().map(|a| position(a).len()).max().unwrap_or(0);
        for a in file {
            let level = format!("{:<10}", a.level.name());
            writeln!(
                w,
                "  {:>width$}  {}  {}  {}",
                position(a),
                st.paint(level_colour(a.level), &level),
                a.message,
                st.dim(a.rule)
            )?;
        }
        writeln!(w)?;
    }
    for e in &r.errors {
        writeln!(
            w,
            "{}",
            st.paint("31", &format!("{}: {}", e.path, e.message))
        )?;
    }
    let n = |level, one: &str, many: &str| {
        let k = r.count(level);
        format!("{k} {}", if k == 1 { one } else { many })
    };
    let line = format!(
        "{}, {} and {} in {} file{}",
        n(Level::Error, "error", "errors"),
        n(Level::Warning, "warning", "warnings"),
        n(Level::Suggestion, "suggestion", "suggestions"),
        r.files,
        if r.files == 1 { "" } else { "s" }
    );
    let line = match r.errors.len() {
        0 => line,
        k => format!("{line}; {k} could not be read"),
    };
    writeln!(w, "{}", st.bold(&line))
}

fn position(a: &Alert) -> String {
    format!("{}:{}", a.line, a.column)
}

fn level_colour(l: Level) -> &'static str {
    match l {
        Level::Error => "31",
        Level::Warning => "33",
        Level::Suggestion => "36",
    }
}
