//! `long-sentence`: a sentence with more words than the maximum.

use crate::check::config::Params;
use crate::check::{Finding, Level, Meta, Param, ParamKind, Rule, Subject};

pub struct LongSentence;

const PARAMS: &[Param] = &[Param {
    name: "max_words",
    kind: ParamKind::Count,
    default: 40.0,
    help: "most words in a sentence",
}];

const META: Meta = Meta {
    id: "long-sentence",
    level: Level::Suggestion,
    description: "A sentence has more words than the maximum",
    rationale: "Long sentences are hard to follow; plain-language guides advise around 20 words on average and splitting any over 40.",
    params: PARAMS,
};

impl Rule for LongSentence {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, p: &Params, out: &mut Vec<Finding>) {
        let max = p.count("max_words");
        for b in &s.article.blocks {
            for r in &b.sentences {
                let Some(sentence) = b.text.get(r.clone()) else {
                    continue;
                };
                let words = crate::stats::words(sentence).count();
                if words > max {
                    out.push(s.finding(
                        s.position(b.start + r.start),
                        format!("sentence has {words} words (max {max}): split it"),
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::{article, findings};

    #[test]
    fn counts_words_per_sentence() {
        let long = format!("It {}.", "rained and ".repeat(21).trim_end());
        let text = article("Council approves budget", 15) + "\nShort one. " + &long + "\n";
        let f = findings(&LongSentence, &text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].line, f[0].column), (7, 12));
        assert_eq!(f[0].message, "sentence has 43 words (max 40): split it");
    }
}
