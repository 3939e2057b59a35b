//! `leftover-boilerplate`: web furniture between body paragraphs.
//!
//! Furniture above the first or below the last paragraph is what scraping
//! leaves around every article and is dropped by the analysis; furniture in the
//! middle of the body interrupts what readers and summaries see.

use crate::check::config::Params;
use crate::check::rules::excerpt;
use crate::check::{Finding, Level, Meta, Rule, Subject};

pub struct LeftoverBoilerplate;

const META: Meta = Meta {
    id: "leftover-boilerplate",
    level: Level::Warning,
    description: "Web furniture (ads, promos, captions, link lists) between body paragraphs",
    rationale: "Furniture inside the body (ads, captions, newsletter prompts, datelines of a live page) breaks the text and leaks into summaries and quotes.",
    params: &[],
};

impl Rule for LeftoverBoilerplate {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, _p: &Params, out: &mut Vec<Finding>) {
        let blocks = &s.article.blocks;
        let (Some(first), Some(last)) = (blocks.first(), blocks.last()) else {
            return;
        };
        for b in &s.article.boilerplate {
            if b.line > first.line && b.line < last.line {
                out.push(s.finding(
                    (b.line, s.indent(b.line)),
                    format!(
                        "{} between body paragraphs (\"{}\"): remove it",
                        b.kind.label(),
                        excerpt(&b.text, 8)
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::findings;

    #[test]
    fn middle_only() {
        let para = "The council approved the new budget on Tuesday after debate. ".repeat(4);
        let text = format!(
            "Council approves budget\n\nBy Jane Doe\n\n{para}\n\nADVERTISEMENT\n\n{para}\n\nShare this article on Facebook\n"
        );
        let f = findings(&LeftoverBoilerplate, &text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].line, 7);
        assert!(f[0]
            .message
            .starts_with("advertisement between body paragraphs"));
    }
}
