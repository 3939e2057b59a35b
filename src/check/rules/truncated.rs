//! `truncated`: the text stops at a paywall or "continue reading" prompt.

use crate::check::config::Params;
use crate::check::rules::excerpt;
use crate::check::{Finding, Level, Meta, Rule, Subject};
use crate::model::BoilerplateKind;

pub struct Truncated;

const META: Meta = Meta {
    id: "truncated",
    level: Level::Error,
    description: "The text is cut off by a paywall or \"continue reading\" prompt",
    rationale: "Only part of the article was captured: summaries, quotes and statistics describe a fragment.",
    params: &[],
};

impl Rule for Truncated {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, _p: &Params, out: &mut Vec<Finding>) {
        if !s.article.truncated {
            return;
        }
        let prompt = s
            .article
            .boilerplate
            .iter()
            .find(|b| b.kind == BoilerplateKind::Paywall);
        let (at, quoted) = match prompt {
            Some(b) => (
                (b.line, s.indent(b.line)),
                format!(" (\"{}\")", excerpt(&b.text, 8)),
            ),
            None => (s.head(), String::new()),
        };
        out.push(s.finding(
            at,
            format!(
                "article is cut off by a paywall or \"continue reading\" prompt{quoted}: \
                 replace it with the full text"
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::{article, findings};

    #[test]
    fn paywall_prompt() {
        let text = article("Council approves budget", 15)
            + "\nTo continue reading this article register now\n";
        let f = findings(&Truncated, &text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].line, 7);
        assert!(f[0]
            .message
            .contains("(\"To continue reading this article register now\")"));
        assert!(findings(&Truncated, &article("Council approves budget", 15)).is_empty());
    }
}
