//! `missing-author`: no byline or author credit was found.

use crate::check::config::Params;
use crate::check::{Finding, Level, Meta, Rule, Subject};

pub struct MissingAuthor;

const META: Meta = Meta {
    id: "missing-author",
    level: Level::Warning,
    description: "No byline or author credit",
    rationale: "Readers and editors weigh a text by who wrote it; bylines are also needed for corrections and rights.",
    params: &[],
};

impl Rule for MissingAuthor {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, _p: &Params, out: &mut Vec<Finding>) {
        if s.article.author.is_none() {
            out.push(s.finding(
                s.head(),
                "no author found: add a byline such as \"By Jane Doe\" under the title".into(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::{article, findings};

    #[test]
    fn byline_or_not() {
        let with = article("Council approves budget", 20);
        assert!(findings(&MissingAuthor, &with).is_empty());
        let without = with.replace("By Jane Doe\n\n", "");
        let f = findings(&MissingAuthor, &without);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].line, f[0].column), (1, 1));
    }
}
