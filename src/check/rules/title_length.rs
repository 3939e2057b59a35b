//! `title-length`: a title too short or too long to be a headline.

use crate::check::config::Params;
use crate::check::{Finding, Level, Meta, Param, ParamKind, Rule, Subject};

pub struct TitleLength;

const PARAMS: &[Param] = &[
    Param {
        name: "min_words",
        kind: ParamKind::Count,
        default: 3.0,
        help: "fewest words in a title",
    },
    Param {
        name: "max_characters",
        kind: ParamKind::Count,
        default: 100.0,
        help: "most characters in a title",
    },
];

const META: Meta = Meta {
    id: "title-length",
    level: Level::Warning,
    description: "The title is too short or too long for a headline",
    rationale: "Very short titles say nothing, and a title of paragraph length is usually a dek or the first paragraph taken for the headline.",
    params: PARAMS,
};

impl Rule for TitleLength {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, p: &Params, out: &mut Vec<Finding>) {
        let (Some(title), Some(line)) = (&s.article.title, s.article.title_line) else {
            return;
        };
        let at = (line, s.indent(line));
        let words = crate::stats::words(title).count();
        let chars = title.chars().count();
        let (min, max) = (p.count("min_words"), p.count("max_characters"));
        if words < min {
            out.push(s.finding(
                at,
                format!(
                    "title has {words} word{} (min {min}): write a headline that says what happened",
                    if words == 1 { "" } else { "s" }
                ),
            ));
        } else if chars > max {
            out.push(s.finding(
                at,
                format!(
                    "title is {chars} characters long (max {max}): shorten the headline, \
                     or check that the first paragraph was not taken for it"
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
    fn bounds() {
        let f = findings(&TitleLength, &article("Budget", 20));
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.starts_with("title has 1 word (min 3)"),
            "{f:?}"
        );
        let long = "Council approves the budget ".repeat(5);
        let f = findings(&TitleLength, &article(long.trim(), 20));
        assert_eq!(f.len(), 1);
        assert!(f[0]
            .message
            .starts_with("title is 139 characters long (max 100)"));
        assert!(findings(&TitleLength, &article("Council approves budget", 20)).is_empty());
    }
}
