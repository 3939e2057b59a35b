//! `missing-title`: no headline was found.

use crate::check::config::Params;
use crate::check::{Finding, Level, Meta, Rule, Subject};

pub struct MissingTitle;

const META: Meta = Meta {
    id: "missing-title",
    level: Level::Error,
    description: "The article has no title",
    rationale: "Without a headline, listings, search results and digests have nothing to show; often the scrape started in the middle of the page.",
    params: &[],
};

impl Rule for MissingTitle {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, _p: &Params, out: &mut Vec<Finding>) {
        if s.article.title.is_none() {
            out.push(
                s.finding(
                    s.head(),
                    "no title found: put the headline on the first line, followed by a blank line"
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
    fn untitled_text() {
        let f = findings(
            &MissingTitle,
            "The council approved the budget. The mayor was relieved. The vote was close.\n",
        );
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].line, f[0].column), (1, 1));
        assert!(findings(&MissingTitle, &article("Budget passes", 3)).is_empty());
    }
}
