//! `unbalanced-quote`: a quote mark opened and never closed in its paragraph.

use crate::check::config::Params;
use crate::check::{Finding, Level, Meta, Rule, Subject};

pub struct UnbalancedQuote;

/// The analysis reports these as warnings: "unbalanced quote mark at line L, column C".
const WARNING: &str = "unbalanced quote mark at line ";

const META: Meta = Meta {
    id: "unbalanced-quote",
    level: Level::Warning,
    description: "A quote mark is opened and never closed in its paragraph",
    rationale: "A missing closing mark makes the quote's extent, and so who said what, ambiguous.",
    params: &[],
};

impl Rule for UnbalancedQuote {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, _p: &Params, out: &mut Vec<Finding>) {
        for w in &s.article.warnings {
            let Some(rest) = w.strip_prefix(WARNING) else {
                continue;
            };
            let (line, column) = match rest.split_once(", column ") {
                Some((l, c)) => (l.parse().ok(), c.parse().ok()),
                None => (rest.parse().ok(), None),
            };
            let Some(line) = line else { continue };
            out.push(
                s.finding(
                    (line, column.unwrap_or(1)),
                    "quote mark is never closed in its paragraph: add the closing mark, or remove \
                 this one"
                        .into(),
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::{article, findings};

    #[test]
    fn open_mark_without_close() {
        let text = article("Council approves budget", 15)
            + "\nThe mayor said: “We will build the new library next year.\n\nThe vote was close.\n";
        let f = findings(&UnbalancedQuote, &text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].line, f[0].column), (7, 17));
        assert!(findings(&UnbalancedQuote, &article("Council approves budget", 15)).is_empty());
    }
}
