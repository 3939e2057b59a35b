//! `unattributed-quote`: a direct quote with no speaker and no reporting verb.

use crate::check::config::Params;
use crate::check::rules::excerpt;
use crate::check::{Finding, Level, Meta, Rule, Subject};
use crate::quotes::lexicon::CUE;
use crate::quotes::{Quote, QuoteKind};

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
            if is_fragment(&q.text) || attributed_nearby(s, q) {
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

/// A quoted phrase woven into a sentence (`called it "a big problem"`) starts
/// in lower case; the sentence around it names the source.
fn is_fragment(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_lowercase)
}

/// The quote's paragraph introduces it with a colon (`Another reader wrote:`)
/// or holds a reporting verb outside it, or the quote opens a paragraph right
/// after a quote with a named speaker (a statement continued, news style): the
/// text attributes the quote even where the analysis could not name the speaker.
fn attributed_nearby(s: &Subject, q: &Quote) -> bool {
    let blocks = &s.article.blocks;
    let i = blocks.partition_point(|b| b.line <= q.line);
    let Some(block) = i.checked_sub(1).and_then(|i| blocks.get(i)) else {
        return false;
    };
    let previous = i.checked_sub(2).and_then(|p| blocks.get(p));
    let Some(at) = block.text.find(q.text.as_str()) else {
        return false;
    };
    let before = block.text[..at]
        .trim_end_matches(|c: char| c.is_whitespace() || QUOTE_MARKS.contains(c))
        .trim_end();
    let after = &block.text[at + q.text.len()..];
    let continues = before.is_empty()
        && previous.is_some_and(|p| {
            s.article.quotes.iter().any(|o| {
                o.kind == QuoteKind::Direct
                    && o.speaker.is_some()
                    && (p.line..block.line).contains(&o.line)
            })
        });
    continues
        || before.ends_with(':')
        || CUE.on(before).is_match(before)
        || CUE.on(after).is_match(after)
}

const QUOTE_MARKS: &str = "\"“”„‘’«»'";

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
        let tests = [
            "Another reader wrote: “I play every night and I regret nothing at all.”",
            "The mayor called the plan “a good start for the town.”",
            "“We will build it next year.” The mayor, Ann Lee, told reporters so on Monday.",
            "“We will build it,” said Ann Lee.\n\n“And we will open it in the spring.”",
        ];
        for extra in tests {
            let text = article("Council approves budget", 15) + "\n" + extra + "\n";
            assert!(findings(&UnattributedQuote, &text).is_empty(), "{extra}");
        }
        assert!(
            f[0].message
                .starts_with("quote has no speaker (\"We will build the library next year and…\")"),
            "{f:?}"
        );
    }
}
