//! `too-short`: a body with fewer words than an article has.

use crate::check::config::Params;
use crate::check::{Finding, Level, Param, ParamKind, Rule, Subject};

pub struct TooShort;

const PARAMS: &[Param] = &[Param {
    name: "min_words",
    kind: ParamKind::Count,
    default: 150.0,
    help: "fewest words in the body",
}];

impl Rule for TooShort {
    fn id(&self) -> &'static str {
        "too-short"
    }
    fn level(&self) -> Level {
        Level::Warning
    }
    fn description(&self) -> &'static str {
        "The body has fewer words than the minimum"
    }
    fn rationale(&self) -> &'static str {
        "A body this short is usually a teaser, a link post or a failed scrape, not an article."
    }
    fn params(&self) -> &'static [Param] {
        PARAMS
    }
    fn check(&self, s: &Subject, p: &Params, out: &mut Vec<Finding>) {
        let words = s.article.stats.words;
        let min = p.count("min_words");
        if words < min {
            let at = s
                .article
                .blocks
                .first()
                .map_or(s.head(), |b| (b.line, s.indent(b.line)));
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
