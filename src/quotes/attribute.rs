//! Attribution: the reporting verb (cue) and speaker of a direct quote, found
//! after the quote ("...," says X / X says), before it (X argued that "..."),
//! or in a colon lead-in ending the previous paragraph (X said:).

use super::lexicon::{CUES, NAME, SPEAKER_NOUNS, TITLES};
use regex::Regex;
use std::sync::LazyLock;

/// A speaker as written, the cue, and an appositive role, with the speaker's
/// byte offset in the searched text (to resolve pronouns by position).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub speaker: String,
    pub speaker_at: usize,
    pub cue: String,
    pub role: Option<String>,
}

/// A speaker phrase: a (titled) name, a pronoun, or a descriptive noun phrase
/// ("the company", "a spokesperson for Lamsa", "Another Lamsa employee").
pub fn speaker_pattern() -> String {
    format!(
        r"(?:(?:{TITLES})\.?\s+)*{NAME}|[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\p{{L}}\d’'\-]+\s+){{0,4}}?(?i:{SPEAKER_NOUNS})(?:\s+(?:for|from|of|at|with)\s+(?:the\s+)?{NAME})?"
    )
}

fn re(p: String) -> Regex {
    Regex::new(&p).expect("attribution pattern compiles")
}

/// Right after the closing mark: `, says Wayne Shurts, CIO of Supervalu`.
static AFTER_CUE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"^[\s,;:—–-]*(?P<cue>(?i:{CUES}))\s+(?P<spk>{})(?:,\s+(?P<role>[^,.;“”\x22]{{2,100}}))?",
        speaker_pattern()
    ))
});

/// Right after the closing mark: `, he says` / `, Temkin said` / `, the company said`.
static AFTER_SPEAKER_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"^[\s,;:—–-]*(?P<spk>{})(?:,\s+(?P<role>[^,.;“”\x22]{{2,100}}),)?\s+(?:\w+ly\s+)?(?P<cue>(?i:{CUES}))\b",
        speaker_pattern()
    ))
});

/// Before the opening mark, in the same sentence: `X, role, argued ... that a`.
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?P<spk>{})(?:,\s+(?P<role>[^,.;“”\x22]{{2,100}}?),?)?\s+(?:\w+ly\s+)?(?P<cue>(?i:{CUES}))\b[^“”\x22]*$",
        speaker_pattern()
    ))
});

fn found(c: &regex::Captures) -> Option<Found> {
    let spk = c.name("spk")?;
    Some(Found {
        speaker: spk.as_str().trim().to_string(),
        speaker_at: spk.start(),
        cue: c.name("cue")?.as_str().to_lowercase(),
        role: c
            .name("role")
            .map(|r| r.as_str().trim().to_string())
            .filter(|r| is_role(r)),
    })
}

/// An appositive that reads like a role, not the next clause.
fn is_role(r: &str) -> bool {
    let words = r.split_whitespace().count();
    (1..=14).contains(&words) && !super::lexicon::CUE.is_match(r)
}

/// Attribution in the text right after a quote.
pub fn after(text: &str) -> Option<Found> {
    AFTER_CUE_FIRST
        .captures(text)
        .or_else(|| AFTER_SPEAKER_FIRST.captures(text))
        .and_then(|c| found(&c))
}

/// Attribution in the text before a quote (from the sentence start).
pub fn before(text: &str) -> Option<Found> {
    BEFORE.captures(text).and_then(|c| found(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(t: &str) -> Option<(String, String, Option<String>)> {
        after(t).map(|f| (f.speaker, f.cue, f.role))
    }
    fn b(t: &str) -> Option<(String, String, Option<String>)> {
        before(t).map(|f| (f.speaker, f.cue, f.role))
    }
    fn s(x: &str) -> String {
        x.to_string()
    }

    #[test]
    fn after_the_quote() {
        assert_eq!(
            a(" says Wayne Shurts, CIO of Supervalu, a $37.5 billion chain."),
            Some((s("Wayne Shurts"), s("says"), Some(s("CIO of Supervalu"))))
        );
        assert_eq!(a(" he says."), Some((s("he"), s("says"), None)));
        assert_eq!(
            a(" Temkin said on Monday."),
            Some((s("Temkin"), s("said"), None))
        );
        assert_eq!(
            a(" the company said in a statement."),
            Some((s("the company"), s("said"), None))
        );
        assert_eq!(
            a(" a spokesperson for Lamsa said."),
            Some((s("a spokesperson for Lamsa"), s("said"), None))
        );
        assert_eq!(
            a(" Mr. Obama said."),
            Some((s("Mr. Obama"), s("said"), None))
        );
        assert_eq!(
            a(" Graham quietly added."),
            Some((s("Graham"), s("added"), None))
        );
        assert_eq!(a(" and then the meeting ended."), None);
    }

    #[test]
    fn before_the_quote() {
        assert_eq!(
            b("Brian Whipple, Managing Director of Accenture Interactive argued in a recent webinar that a "),
            Some((s("Brian Whipple"), s("argued"), Some(s("Managing Director of Accenture Interactive"))))
        );
        assert_eq!(b("She tweeted: "), Some((s("She"), s("tweeted"), None)));
        assert_eq!(b("After reading "), None);
    }
}
