//! `truncated`: the text stops at a paywall or "continue reading" prompt, or
//! mid-sentence or at an excerpt mark (`...`, `[…]`).

use crate::check::config::Params;
use crate::check::rules::excerpt;
use crate::check::{Finding, Level, Meta, Rule, Subject};

pub struct Truncated;

const META: Meta = Meta {
    id: "truncated",
    level: Level::Error,
    description: "The text is cut off by a paywall or \"continue reading\" prompt, or stops mid-sentence",
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
        let finding = match (s.article.paywall(), s.article.blocks.last()) {
            (Some(b), _) => s.finding(
                (b.line, s.indent(b.line)),
                format!(
                    "article is cut off by a paywall or \"continue reading\" prompt (\"{}\"): \
                     replace it with the full text",
                    excerpt(&b.text, 8)
                ),
            ),
            (None, Some(last)) => {
                let end = last.text.trim_end();
                let tail: Vec<&str> = end.split_whitespace().rev().take(6).collect();
                let tail: Vec<&str> = tail.into_iter().rev().collect();
                s.finding(
                    (last.line, s.indent(last.line)),
                    format!(
                        "article stops mid-sentence or at an excerpt mark (\"…{}\"): replace it \
                         with the full text",
                        tail.join(" ")
                    ),
                )
            }
            (None, None) => return,
        };
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::{article, findings, single};

    #[test]
    fn paywall_prompt_or_cut_text() {
        for (tail, quoted) in [
            (
                "To continue reading this article register now",
                "(\"To continue reading this article register now\")",
            ),
            (
                "The mayor said the library would open next year, and the council said it was",
                "(\"…and the council said it was\")",
            ),
        ] {
            let f = single(&Truncated, &format!("\n{tail}\n"));
            assert_eq!(f.line, 7);
            assert!(f.message.contains(quoted), "{}", f.message);
        }
        assert!(findings(&Truncated, &article("Council approves budget", 15)).is_empty());
    }
}
