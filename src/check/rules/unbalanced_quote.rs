//! `unbalanced-quote`: a quote mark opened and never closed in its paragraph.

use crate::check::config::Params;
use crate::check::{Finding, Level, Rule, Subject};

pub struct UnbalancedQuote;

/// The analysis reports these as warnings: "unbalanced quote mark at line L, column C".
const WARNING: &str = "unbalanced quote mark at line ";

impl Rule for UnbalancedQuote {
    fn id(&self) -> &'static str {
        "unbalanced-quote"
    }
    fn level(&self) -> Level {
        Level::Warning
    }
    fn description(&self) -> &'static str {
        "A quote mark is opened and never closed in its paragraph"
    }
    fn rationale(&self) -> &'static str {
        "A missing closing mark makes the quote's extent, and so who said what, ambiguous."
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
