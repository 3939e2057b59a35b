//! GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=RULE::message`,
//! which the runner shows as annotations on the pull request's changed lines.

use cio_digest::check::{Level, Report};
use std::io::{self, Write};

pub fn write(w: &mut impl Write, r: &Report) -> io::Result<()> {
    for a in &r.alerts {
        let command = match a.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Suggestion => "notice",
        };
        writeln!(
            w,
            "::{command} file={},line={},col={},title={}::{}",
            property(&a.path),
            a.line,
            a.column,
            property(a.rule),
            data(&a.message)
        )?;
    }
    for e in &r.errors {
        writeln!(
            w,
            "::error file={},title=unreadable::{}",
            property(&e.path),
            data(&e.message)
        )?;
    }
    Ok(())
}

/// Escapes a message as the runner expects (actions/toolkit `escapeData`).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`escapeProperty`): also `:` and `,`.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(data("50% off\nnow"), "50%25 off%0Anow");
        assert_eq!(property("a,b:c.txt"), "a%2Cb%3Ac.txt");
    }
}
