//! `figure-without-source`: a percentage or a sum of money in a sentence that
//! does not say where it comes from.
//!
//! A sentence is attributed when it has a reporting verb of the quote lexicon
//! ("said", "according to", "estimates"), a word naming a source of numbers
//! ("survey", "study", "data", "found"), or overlaps a quote whose speaker or
//! cue was found (`“Sales rose 5%,” Ms Lee said`, or the second sentence of a
//! long quote). Prices and deal amounts (`for $31 each`), stakes (`a 56%
//! stake`) and sentences about a market (`shares rose 1%`) are left alone:
//! they are facts of the story, not statistics. One alert per sentence, at its
//! first unsourced figure.

use crate::check::config::Params;
use crate::check::{Finding, Level, Meta, Rule, Subject};
use crate::figures::Figure;
use crate::quotes::lexicon::CUE;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

pub struct FigureWithoutSource;

const META: Meta = Meta {
    id: "figure-without-source",
    level: Level::Suggestion,
    description: "A percentage or money figure in a sentence that names no source (prices, deals and market moves aside)",
    rationale: "A number without a source cannot be checked, and readers weigh a statistic by who measured it: \
                \"according to\", \"a survey by\", \"the company said\" in the same sentence is enough. \
                Prices (`for $31 each`), stakes and market quotes are facts anyone can check and are left \
                alone. Attribution is found by word lists, and a source named once for several sentences is \
                missed, so this is a suggestion.",
    params: &[],
};

/// Documents, research and the verbs that report findings: sources that are not
/// speakers, so they are not among the lexicon's reporting verbs.
static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)\b(?: surveys? | surveyed | polls? | polling | study | studies | reports? | reported
            | research | researchers | data | figures | statistics | census | analysis | analysts?
            | economists? | forecasts? | filings? | found | finds | show | shows | showed | shown
            | revealed | reveals | published | calculated | calculations )\b",
    )
    .expect("source pattern compiles")
});

/// A sentence about a market: quotes of prices anyone can look up as they move.
static MARKET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:shares|stocks?|futures|index|bonds?|yields?|trading|traded|exchange rates?|interest rates?)\b")
        .expect("market pattern compiles")
});

/// Words before a sum that make it a price or the amount of a deal (`for $31`,
/// `paid £5m`), with an optional hedge (`for about $31`).
static PRICE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)\b(?: for | at | priced \s+ at | pay | pays | paid | paying | bid | bids | offered
            | sell | sells | sold | (?: offer | bid | deal | takeover | contract ) \s+ (?: worth | of ) ) \s+
            (?: (?: about | around | nearly | almost | some | roughly | only | just | less \s+ than
            | more \s+ than | up \s+ to ) \s+ )? $",
    )
    .expect("price pattern compiles")
});

/// Words after a sum that make it a price (`$31 each`, `$41 a barrel`).
static PRICE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:each|apiece|a share|a barrel|an ounce|a ticket|per)\b")
        .expect("price pattern compiles")
});

/// Words after a percentage that make it a holding (`a 56% stake`).
static STAKE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:stake|holding|shareholding)\b").expect("stake pattern compiles")
});

/// Words before a percentage that make it a holding (`owns 40%`, `bought 18.8%`).
static STAKE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)\b(?: owns? | owned | holds? | held | acquired | acquires? | bought | buys? | sold
            | sells? ) \s+ (?: (?: about | around | nearly | almost | some | roughly | a | an ) \s+ )? $",
    )
    .expect("stake pattern compiles")
});

impl Rule for FigureWithoutSource {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, _p: &Params, out: &mut Vec<Finding>) {
        let mut figures: Vec<&Figure> = s
            .article
            .figures
            .iter()
            .filter(|f| needs_source(f))
            .collect();
        if figures.is_empty() {
            return;
        }
        figures.sort_by_key(|f| f.start);
        let quotes = AttributedQuotes::of(s);
        let mut unsourced = Vec::new();
        for b in &s.article.blocks {
            for r in &b.sentences {
                let (start, end) = (b.start + r.start, b.start + r.end);
                let first = figures.partition_point(|f| f.start < start);
                let last = figures.partition_point(|f| f.start < end);
                let Some(in_sentence) = figures.get(first..last).filter(|f| !f.is_empty()) else {
                    continue;
                };
                let Some(sentence) = b.text.get(r.clone()) else {
                    continue;
                };
                if CUE.on(sentence).is_match(sentence)
                    || SOURCE.is_match(sentence)
                    || MARKET.is_match(sentence)
                    || quotes.overlap(s.doc.char_range(start..end))
                {
                    continue;
                }
                unsourced.clear();
                // A conversion or restatement in brackets (`$2.3bn; £1.8bn`) goes with the figure before.
                let mut previous: Option<(usize, bool)> = None;
                for f in in_sentence {
                    let at = f.start.saturating_sub(start);
                    let fact = match previous {
                        Some((after, fact)) if sentence.get(after..at).is_some_and(is_aside) => {
                            fact
                        }
                        _ => price_or_holding(f, sentence, at),
                    };
                    if !fact {
                        unsourced.push(*f);
                    }
                    previous = Some((at + f.text.len(), fact));
                }
                let Some(first) = unsourced.first() else {
                    continue;
                };
                let one = unsourced.len() == 1;
                out.push(s.finding(
                    s.position(first.start),
                    format!(
                        "{} no source in {} sentence: say who measured or reported {}",
                        listed(&unsourced),
                        if one { "its" } else { "their" },
                        if one { "it" } else { "them" },
                    ),
                ));
            }
        }
    }
}

/// A percentage or a sum of money: the figures a reader needs a source for
/// (counts, years and durations usually are facts of the story).
fn needs_source(f: &Figure) -> bool {
    let money = f.unit.len() == 3 && f.unit.bytes().all(|b| b.is_ascii_uppercase());
    money
        || matches!(
            f.unit.as_str(),
            "percent" | "percentage points" | "basis points"
        )
}

/// Text between a figure and its conversion: `" ("`, `"; "`.
fn is_aside(between: &str) -> bool {
    between
        .chars()
        .all(|c| c.is_whitespace() || "(;,/".contains(c))
        && between.len() < 6
}

/// A price, the amount of a deal, or a stake: facts of the story rather than
/// statistics. `at` is the figure's byte offset in `sentence`.
fn price_or_holding(f: &Figure, sentence: &str, at: usize) -> bool {
    let before = sentence.get(..at).unwrap_or("");
    let after = sentence.get(at + f.text.len()..).unwrap_or("");
    if f.unit.contains("percent") {
        STAKE_AFTER.is_match(after) || STAKE_BEFORE.is_match(before)
    } else {
        PRICE_BEFORE.is_match(before) || PRICE_AFTER.is_match(after)
    }
}

/// `"76%" has`, `"76%" and "$1.13bn" have`, `"76%", "$1.13bn" and 2 more have`.
fn listed(figures: &[&Figure]) -> String {
    const SHOWN: usize = 2;
    let quoted: Vec<String> = figures
        .iter()
        .take(SHOWN)
        .map(|f| format!("\"{}\"", f.text))
        .collect();
    match figures.len() {
        1 => format!("{} has", quoted[0]),
        2 => format!("{} and {} have", quoted[0], quoted[1]),
        n => format!("{} and {} more have", quoted.join(", "), n - SHOWN),
    }
}

/// Character ranges of the quotes with a speaker or a cue, for overlap tests
/// in logarithmic time.
struct AttributedQuotes {
    /// (start, end) sorted by start.
    ranges: Vec<(usize, usize)>,
    /// Largest end among `ranges[..=i]`.
    max_end: Vec<usize>,
}

impl AttributedQuotes {
    fn of(s: &Subject) -> AttributedQuotes {
        let mut ranges: Vec<(usize, usize)> = s
            .article
            .quotes
            .iter()
            .filter(|q| q.speaker.is_some() || q.cue.is_some())
            .map(|q| (q.start, q.end))
            .collect();
        ranges.sort_unstable();
        let max_end = ranges
            .iter()
            .scan(0, |m, &(_, e)| {
                *m = e.max(*m);
                Some(*m)
            })
            .collect();
        AttributedQuotes { ranges, max_end }
    }

    /// Some quote overlaps the character range `chars`.
    fn overlap(&self, chars: Range<usize>) -> bool {
        let before_end = self.ranges.partition_point(|&(s, _)| s < chars.end);
        before_end
            .checked_sub(1)
            .and_then(|i| self.max_end.get(i))
            .is_some_and(|&e| e > chars.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::{article, findings};

    fn with(extra: &str) -> Vec<Finding> {
        let text = article("Council approves budget", 15) + "\n" + extra + "\n";
        findings(&FigureWithoutSource, &text)
    }

    #[test]
    fn unsourced_percentages_and_money() {
        let f = with("Rents rose by 12% last year. Nobody knows why.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].line, f[0].column), (7, 15));
        assert_eq!(
            f[0].message,
            "\"12%\" has no source in its sentence: say who measured or reported it"
        );
        let f = with("The scheme cost £4.5m, up 20% on the plan, against $3bn elsewhere.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message
                .starts_with("\"£4.5m\", \"20%\" and 1 more have no source in their sentence"),
            "{f:?}"
        );
        // Counts and years need no source here, nor prices, stakes and market moves.
        let facts = [
            "The 12 members met in 2004 for three hours.",
            "The tablet goes on sale for £99, and games will cost £20 each.",
            "Fiat owns a 56% stake in Ferrari and sold the rest for about 775m euros.",
            "Shares in the firm rose 4% to $20.15 in early trading.",
            "Suez owns 40% (39.9%) of the water firm and made a takeover offer worth $3bn (£2bn).",
            "The central bank raised interest rates by 0.25% to 5.5%.",
        ];
        for extra in facts {
            assert_eq!(with(extra), vec![], "{extra}");
        }
        let f = with("The firm paid $5m for the site, and the price has risen 30% since.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.starts_with("\"30%\" has"), "{f:?}");
    }

    #[test]
    fn attribution_in_the_sentence() {
        let sourced = [
            "Rents rose by 12% last year, according to the housing office.",
            "Rents rose by 12% last year, the agency said.",
            "A survey of 500 tenants put the rise at 12%.",
            "Official data show rents rose by 12% last year.",
            "“Rents rose by 12% last year,” Ms Lee told the meeting.",
            "Ms Lee told the meeting: “We saw it coming. Rents rose by 12% last year.”",
        ];
        for extra in sourced {
            assert_eq!(with(extra), vec![], "{extra}");
        }
        // The quote's speaker covers only the sentences the quote overlaps.
        let f = with("“We saw it coming,” said Ms Lee. Rents rose by 12% last year.");
        assert_eq!(f.len(), 1, "{f:?}");
    }
}
