//! Reported speech without quote marks, when a speaker and a cue are explicit:
//! "..., says Bruce Temkin, managing partner of ...", "..., Temkin says.",
//! "X said (that) ...", "According to X, ...".

use super::attribute::{speaker_pattern, Found};
use super::lexicon::{self, Pattern, CLAUSE_CUES, CUES};
use std::ops::Range;
use std::sync::LazyLock;

fn re(p: String) -> Pattern {
    lexicon::regex(&p)
}

/// `<content>, says X(, role)`.
static CONTENT_CUE_SPEAKER: LazyLock<Pattern> = LazyLock::new(|| {
    re(format!(
        r"^(?P<content>[^“”\x22]{{20,}}?),\s+(?P<cue>(?i:{CUES}))\s+(?P<spk>{})(?:,\s+(?P<role>[^,.;]{{2,}}))?[^“”\x22]*$",
        speaker_pattern()
    ))
});

/// `<content>, X says.`, with the circumstances after the cue ("said in a
/// statement"); a clause there is the content of the next shape instead.
static CONTENT_SPEAKER_CUE: LazyLock<Pattern> = LazyLock::new(|| {
    re(format!(
        r"^(?P<content>[^“”\x22]{{20,}}?),\s+(?P<spk>{})(?:,\s+(?P<role>[^,.;]{{2,}}),)?\s+(?P<cue>(?i:{CUES}))(?:\s+(?:in|on|at|to|of|during|after|before|when|while|last|this|yesterday|earlier|later|recently|from|via|through|by|over|with|for|as|about|again|today|tonight|late|early|without)\b[^,“”\x22]{{0,60}})?[.!?]?$",
        speaker_pattern()
    ))
});

/// `(In an interview,) X(, role,) said (on Tuesday) (that) <content>`: the
/// circumstances after the cue are not what was said.
static SPEAKER_CUE_CONTENT: LazyLock<Pattern> = LazyLock::new(|| {
    re(format!(
        r"^(?:(?:In|At|On|During|After|Before|Later|Earlier|Asked|Speaking|Separately|However|Meanwhile|Still|Yet|But|And)\b[^,“”\x22]{{0,60}},\s+)?(?P<spk>{})(?:,\s+(?P<role>[^,.;]{{2,}}),)?\s+(?:\w+ly\s+)?(?P<cue>(?i:{CLAUSE_CUES}))\s+(?:(?:on|last|this|late|early|earlier)\s+\w+\s+|(?:yesterday|today|on\s+\w+\s+(?:morning|afternoon|evening|night))\s+|in\s+(?:a|an|its|his|her|their)\s+(?:statement|interview|email|e-mail|letter|filing|post)\s+)?(?:that\s+)?(?P<content>[^“”\x22]{{20,}})$",
        speaker_pattern()
    ))
});

/// `According to X, <content>` and `<content>, according to X.`
static ACCORDING_TO: LazyLock<Pattern> = LazyLock::new(|| {
    re(format!(
        r"^(?P<cue>[Aa]ccording to)\s+(?P<spk>{sp}),\s+(?P<content>[^“”\x22]{{20,}})$|^(?P<content2>[^“”\x22]{{20,}}?),\s+(?P<cue2>according to)\s+(?P<spk2>{sp})[.!?]?$",
        sp = speaker_pattern()
    ))
});

/// Builds this module's costly patterns, for `pipeline`'s warm-up.
pub(super) const BUILDS: &[fn()] = crate::quotes::lexicon::builds![
    CONTENT_CUE_SPEAKER,
    CONTENT_SPEAKER_CUE,
    SPEAKER_CUE_CONTENT,
    ACCORDING_TO
];

/// A reported statement in `sentence`: who, the cue, and the content's byte range.
#[cfg(test)]
pub fn find(sentence: &str) -> Option<(Found, Range<usize>)> {
    let build = lexicon::Build::of(sentence);
    // Every shape holds a cue of the list ("according to" among them).
    if !lexicon::has_cue(sentence, build) {
        return None;
    }
    find_in(sentence, build)
}

/// `find` on a sentence that may hold a cue (`lexicon::has_cue`), of `build`.
pub fn find_in(sentence: &str, build: lexicon::Build) -> Option<(Found, Range<usize>)> {
    // The content-first shapes need a comma after the content: without one,
    // their search is skipped.
    let comma = sentence.contains(',');
    for (re, needs_comma) in [
        (&*CONTENT_CUE_SPEAKER, true),
        (&*CONTENT_SPEAKER_CUE, true),
        (&*SPEAKER_CUE_CONTENT, false),
    ] {
        if needs_comma && !comma {
            continue;
        }
        if let Some(c) = re.pick(build).captures(sentence) {
            let (spk, content, cue) = (c.name("spk")?, c.name("content")?, c.name("cue")?);
            // "..., said he cannot comment": a pronoun after the cue starts
            // the reported clause; news never inverts "he said".
            if spk.start() > cue.start() && lexicon::is_pronoun(spk.as_str()) {
                continue;
            }
            let Some(content) = past_addressee(sentence, cue.as_str(), content.range()) else {
                continue;
            };
            let role = c
                .name("role")
                .map(|r| r.as_str().trim().to_string())
                .filter(|r| r.len() <= super::people::MAX_ROLE_BYTES);
            let cue = cue
                .as_str()
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            return Some((
                Found {
                    speaker: spk.as_str().to_string(),
                    speaker_at: spk.start(),
                    cue,
                    role,
                },
                trim_range(sentence, content),
            ));
        }
    }
    // Both of its shapes hold these words, case and all.
    if !sentence.contains("ccording to") {
        return None;
    }
    let c = ACCORDING_TO.pick(build).captures(sentence)?;
    let spk = c.name("spk").or_else(|| c.name("spk2"))?;
    let content = c.name("content").or_else(|| c.name("content2"))?;
    Some((
        Found {
            speaker: spk.as_str().to_string(),
            speaker_at: spk.start(),
            cue: "according to".into(),
            role: None,
        },
        trim_range(sentence, content.range()),
    ))
}

/// The content after "told" and its addressee: the pattern takes one word
/// as the addressee ("told reporters the plan ..."); a longer one ("told the
/// Argentine newspaper Clarin that ...") needs "that" to show where it ends.
fn past_addressee(sentence: &str, cue: &str, content: Range<usize>) -> Option<Range<usize>> {
    let Some(addressee) = cue
        .strip_prefix("told ")
        .or_else(|| cue.strip_prefix("tells "))
    else {
        return Some(content);
    };
    let text = &sentence[content.clone()];
    if let Some(i) = text.find(" that ").filter(|&i| i <= 60) {
        return Some(content.start + i + " that ".len()..content.end);
    }
    let one_word = !addressee.starts_with(char::is_uppercase)
        && !matches!(
            addressee,
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "local"
        );
    one_word.then_some(content)
}

fn trim_range(s: &str, r: Range<usize>) -> Range<usize> {
    let t = &s[r.clone()];
    let lead = t.len() - t.trim_start().len();
    let trail = t.len()
        - t.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
    r.start + lead..r.end - trail
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Option<(String, String, String)> {
        find(s).map(|(f, r)| (f.speaker, f.cue, s[r].to_string()))
    }

    #[test]
    fn shapes() {
        let s = "Not understanding customers can lead to poor decisions, says Bruce Temkin, managing partner of the Temkin Group, a research firm.";
        let (found, _) = find(s).unwrap();
        assert_eq!(found.speaker, "Bruce Temkin");
        assert_eq!(
            found.role.as_deref(),
            Some("managing partner of the Temkin Group")
        );
        assert_eq!(
            f("But those who hibernate may lack the information needed to do the job well, Temkin says.").map(|x| x.0),
            Some("Temkin".into())
        );
        assert_eq!(
            f("The minister said that the plan would be delayed until the spring."),
            Some((
                "The minister".into(),
                "said".into(),
                "the plan would be delayed until the spring.".into()
            ))
        );
        assert_eq!(
            f("According to Jane Roe, the merger will close in May next year.").map(|x| x.0),
            Some("Jane Roe".into())
        );
        assert_eq!(f("Most CIOs don't do much outreach, according to our latest State of the CIO research."), None);
        assert_eq!(
            f("Just nine percent of 596 CIOs surveyed said they spend time on it."),
            None
        );
    }
}
