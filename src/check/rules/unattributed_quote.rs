//! `unattributed-quote`: a direct quote with no speaker and no reporting verb.

use crate::check::config::Params;
use crate::check::rules::excerpt;
use crate::check::{Finding, Level, Meta, Rule, Subject};
use crate::quotes::QuoteKind;

pub struct UnattributedQuote;

const META: Meta = Meta {
    id: "unattributed-quote",
    level: Level::Suggestion,
    description: "A direct quote with no speaker",
    rationale: "A quote nobody can be held to is unverifiable; journalism names its sources. Attribution is found by heuristics, so this is a suggestion.",
    params: &[],
};

impl Rule for UnattributedQuote {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, _p: &Params, out: &mut Vec<Finding>) {
        // A cue with an unresolved pronoun ("he said") is attributed in the text.
        for q in &s.article.quotes {
            if q.kind != QuoteKind::Direct || q.speaker.is_some() || q.cue.is_some() {
                continue;
            }
            // Point at the opening mark, one character before the quoted words.
            let column = s.column(q.line, q.start).saturating_sub(1).max(1);
            out.push(s.finding(
                (q.line, column),
                format!(
                    "quote has no speaker (\"{}\"): say who said it",
                    excerpt(&q.text, 8)
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
    fn speaker_or_not() {
        let base = article("Council approves budget", 15);
        let said = base.clone() + "\n“We will build the library next year,” said Mayor Ann Lee.\n";
        assert!(findings(&UnattributedQuote, &said).is_empty());
        let pronoun = base.clone() + "\n“We will build the library next year,” she said.\n";
        assert!(findings(&UnattributedQuote, &pronoun).is_empty());
        let bare = base + "\nThe mood was upbeat. “We will build the library next year and open it in the spring.”\n";
        let f = findings(&UnattributedQuote, &bare);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].line, f[0].column), (7, 22));
        assert!(
            f[0].message
                .starts_with("quote has no speaker (\"We will build the library next year and…\")"),
            "{f:?}"
        );
    }
}
