//! `too-short`: a body with fewer words than an article has.

use crate::check::config::Params;
use crate::check::{Finding, Level, Meta, Param, ParamKind, Rule, Subject};

pub struct TooShort;

const PARAMS: &[Param] = &[Param {
    name: "min_words",
    kind: ParamKind::Count,
    default: 150.0,
    help: "fewest words in the body",
}];

const META: Meta = Meta {
    id: "too-short",
    level: Level::Warning,
    description: "The body has fewer words than the minimum",
    rationale:
        "A body this short is usually a teaser, a link post or a failed scrape, not an article.",
    params: PARAMS,
};

impl Rule for TooShort {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, p: &Params, out: &mut Vec<Finding>) {
        let words = s.article.stats.words;
        let min = p.count("min_words");
        if words < min {
            let at = s.body_start();
            out.push(s.finding(
                at,
                format!(
                    "body has {words} words (min {min}): this looks like a teaser or a failed \
                     scrape; add the full text"
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::{article, findings};

    #[test]
    fn threshold() {
        let f = findings(&TooShort, &article("Council approves budget", 5));
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.starts_with("body has 50 words (min 150)"),
            "{f:?}"
        );
        assert_eq!(f[0].line, 5);
        assert!(findings(&TooShort, &article("Council approves budget", 15)).is_empty());
    }
}
