//! Attribution: the reporting verb (cue) and speaker of a direct quote, found
//! after the quote ("...," says X / X says), before it (X argued that "..."),
//! or in a colon lead-in ending the previous paragraph (X said:).

use super::lexicon::{self, Pattern, CUES, NAME, SPEAKER_NOUNS, TITLES};
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

fn re(p: String) -> Pattern {
    lexicon::regex(&p)
}

/// Right after the closing mark: `, says Wayne Shurts, CIO of Supervalu`.
static AFTER_CUE_FIRST: LazyLock<Pattern> = LazyLock::new(|| {
    re(format!(
        r"^[\s,;:—–-]*(?P<cue>(?i:{CUES}))\s+(?P<spk>{})(?:,\s+(?P<role>[^,.;“”\x22]{{2,}}))?",
        speaker_pattern()
    ))
});

/// Right after the closing mark: `, he says` / `, Temkin said` / `, the company said`.
static AFTER_SPEAKER_FIRST: LazyLock<Pattern> = LazyLock::new(|| {
    re(format!(
        r"^[\s,;:—–-]*(?P<spk>{})(?:,\s+(?P<role>[^,.;“”\x22]{{2,}}),|\s+[—–-]\s+(?P<role2>[^,.;“”\x22—–]{{2,}}?)\s+[—–-])?\s+(?:\w+ly\s+)?(?P<cue>(?i:{CUES}))\b",
        speaker_pattern()
    ))
});

/// Before the opening mark: `He said Putin has "`, `X argued ... that a "`.
/// The speaker stands right before the cue; the cue is at most a dozen words
/// before the mark, so that a verb early in a long sentence attributes nothing.
static BEFORE_ADJACENT: LazyLock<Pattern> = LazyLock::new(|| {
    re(format!(
        r"(?P<spk>{})\s+(?:\w+ly\s+)?(?P<cue>(?i:{CUES}))\b(?P<gap>[^“”\x22]*)$",
        speaker_pattern()
    ))
});

/// Before the opening mark, with an appositive: `X, role, said "` or
/// `Brian Whipple, Managing Director of Accenture Interactive argued that a "`.
static BEFORE_APPOSITIVE: LazyLock<Pattern> = LazyLock::new(|| {
    re(format!(
        r"(?P<spk>{})(?:,\s+(?P<role>[^,.;“”\x22]{{2,}}?),?)\s+(?:\w+ly\s+)?(?P<cue>(?i:{CUES}))\b(?P<gap>[^“”\x22]*)$",
        speaker_pattern()
    ))
});

/// A participle cue after the subject's clause: `Trump attacked Clinton ..., saying, "`,
/// `Sen. Roy Dawson, R-Texas, voted against it, saying the bill "`. The
/// subject (with an appositive) opens a clause and is followed by its verb.
static BEFORE_PARTICIPLE: LazyLock<Pattern> = LazyLock::new(|| {
    re(format!(
        r"(?:^|,\s+)(?P<spk>{})(?:,\s+[^,.;“”\x22]{{2,40}},)?\s+(?:\w+ly\s+)?\p{{Ll}}+(?:ed|s)\b[^“”\x22]*?,\s+(?P<cue>saying|adding|noting|arguing|explaining|insisting|warning|writing|declaring|telling\s+\w+)(?:\s+(?:that\s+)?(?:the|a|an|his|her|their|its|this|it|they|he|she)(?:\s+[\p{{L}}-]+){{0,3}})?[\s,:]*$",
        speaker_pattern()
    ))
});

/// At the end of the quote's sentence: `"..." to grow Africa's potential, Schutte said.`
static SENTENCE_END: LazyLock<Pattern> = LazyLock::new(|| {
    re(format!(
        r"^[^“”\x22]*?,\s+(?P<spk>{})\s+(?:\w+ly\s+)?(?P<cue>(?i:{CUES}))(?:\s+[^,.;“”\x22]{{0,40}})?[.!?]?\s*$",
        speaker_pattern()
    ))
});

/// Words of a role written before a name: `Italian Prime Minister Matteo Renzi`,
/// `retired Air Force general Lloyd Newton`.
static AFTER_ROLE_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    re(format!(
        r"^[\s,;:—–-]*(?:(?P<cue1>(?i:{CUES}))\s+)?(?P<pre>(?:[\p{{L}}\-’']+\s+){{1,5}}?)(?P<spk>{NAME})(?:\s+(?:\w+ly\s+)?(?P<cue2>(?i:{CUES}))\b|,|(?:\s+(?:at|of|for|from|with|in)\s+[^,.;“”\x22]{{1,60}}?)?\s*(?:[.;!?]|$))"
    ))
});

/// Builds this module's costly patterns, for `pipeline`'s warm-up.
pub(super) const BUILDS: &[fn()] = crate::quotes::lexicon::builds![
    AFTER_CUE_FIRST,
    AFTER_SPEAKER_FIRST,
    BEFORE_ADJACENT,
    BEFORE_APPOSITIVE,
    BEFORE_PARTICIPLE,
    SENTENCE_END,
    AFTER_ROLE_NAME
];

fn found(c: &regex::Captures) -> Option<Found> {
    let spk = c.name("spk")?;
    let cue = c
        .name("cue")
        .or_else(|| c.name("cue1"))
        .or_else(|| c.name("cue2"))?;
    let (speaker, title_role) = split_role(spk.as_str().trim());
    let role = c
        .name("role")
        .or_else(|| c.name("role2"))
        .map(|r| r.as_str().trim().to_string())
        .filter(|r| is_role(r))
        .or(title_role);
    Some(Found {
        speaker_at: spk.start() + spk.as_str().len() - speaker.len(),
        speaker,
        cue: cue
            .as_str()
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase(),
        role,
    })
}

/// Splits `French President Jane Doe` into the name and the role before it.
fn split_role(raw: &str) -> (String, Option<String>) {
    static LAST_TITLE: LazyLock<Pattern> = LazyLock::new(|| {
        lexicon::regex(&format!(
            r"^(?P<role>.*\b(?:{TITLES}|[Gg]eneral|[Cc]hief|[Hh]ead))\.?\s+(?P<name>\p{{Lu}}.*)$"
        ))
    });
    match LAST_TITLE.on(raw).captures(raw) {
        Some(c) if c["role"].split_whitespace().count() >= 2 || c["name"].contains(' ') => {
            (c["name"].to_string(), spelled_role(&c["role"]))
        }
        _ => (raw.to_string(), None),
    }
}

/// A title as a role: an abbreviation spelled out ("Sen." is "Senator"),
/// and an honorific ("Mr De Vido", "Dr.") no role at all.
fn spelled_role(role: &str) -> Option<String> {
    const SPELLED: &[(&str, &str)] = &[
        ("Sen", "Senator"),
        ("Rep", "Representative"),
        ("Gov", "Governor"),
        ("Lt. Gov", "Lieutenant Governor"),
        ("Gen", "General"),
        ("Col", "Colonel"),
        ("Capt", "Captain"),
        ("Sgt", "Sergeant"),
        ("Supt", "Superintendent"),
        ("Prof", "Professor"),
        ("Amb", "Ambassador"),
        ("Atty. Gen", "Attorney General"),
    ];
    let role = role.trim().trim_end_matches('.');
    if matches!(
        role,
        "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Sir" | "Dame"
    ) {
        return None;
    }
    let spelled = SPELLED.iter().find(|(short, _)| *short == role);
    Some(spelled.map_or(role, |(_, long)| long).to_string())
}

/// An appositive that reads like a role, not the next clause or a place.
fn is_role(r: &str) -> bool {
    static CLAUSE: LazyLock<Pattern> = LazyLock::new(|| {
        lexicon::regex(
            r"(?i)\b(?:he|she|they|we|i|it|was|were|is|are|has|had|have|will|would|though|although|and then|but)\b",
        )
    });
    let words = r.split_whitespace().count();
    let build = lexicon::Build::of(r);
    (1..=14).contains(&words)
        && !lexicon::CUE.pick(build).is_match(r)
        && !CLAUSE.pick(build).is_match(r)
}

fn after_preposition(before: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    matches!(
        last.to_lowercase().as_str(),
        "to" | "with" | "from" | "for" | "at" | "in" | "on" | "by" | "of" | "about"
    )
}

/// A cue that is a passive ("were admitted") reports nobody's words.
fn is_passive(text: &str, cue_at: usize) -> bool {
    let before = text[..cue_at].trim_end();
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    matches!(
        last.to_lowercase().as_str(),
        "was" | "were" | "been" | "be" | "being" | "is" | "are"
    )
}

/// `rest` goes on with lower-case role words and then a capitalised name
/// (" analyst Tom Reyes").
fn role_then_name(rest: &str) -> bool {
    let role_word = |w: &str| {
        w.starts_with(char::is_lowercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let words: Vec<&str> = rest.split_whitespace().take(4).collect();
    let lower = words.iter().take_while(|w| role_word(w)).count();
    (1..=3).contains(&lower)
        && words[0] != "of"
        && words
            .get(lower)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Attribution in the text right after a quote.
pub fn after(text: &str) -> Option<Found> {
    let build = lexicon::Build::of(text);
    if !lexicon::has_cue(text, build) {
        return None;
    }
    AFTER_CUE_FIRST
        .pick(build)
        .captures(text)
        // "said Gartner analyst Tom Reyes": the name comes after the role.
        .filter(|c| {
            c.name("spk")
                .is_none_or(|m| !role_then_name(&text[m.end()..]))
        })
        .or_else(|| AFTER_SPEAKER_FIRST.pick(build).captures(text))
        .and_then(|c| found(&c))
        .or_else(|| {
            let c = AFTER_ROLE_NAME.pick(build).captures(text)?;
            // One of the two cue positions must hold a cue.
            c.name("cue1").or(c.name("cue2"))?;
            let mut f = found(&c)?;
            let pre = c.name("pre").map_or("", |m| m.as_str().trim());
            if f.role.is_none() && !pre.is_empty() {
                f.role = Some(pre.to_string());
            }
            Some(f)
        })
}

/// Attribution in the text before a quote (from the sentence start).
pub fn before(text: &str) -> Option<Found> {
    let near = |c: &regex::Captures| {
        let cue = c.name("cue").expect("cue group");
        c.name("gap")
            .is_none_or(|g| g.as_str().split_whitespace().count() <= 12)
            && !is_passive(text, cue.start())
    };
    let build = lexicon::Build::of(text);
    // Both forms need a cue of the list (the participle below does not).
    let cued = lexicon::has_cue(text, build);
    let adjacent = cued
        .then(|| BEFORE_ADJACENT.pick(build).captures(text))
        .flatten()
        .filter(near);
    let appositive = cued
        .then(|| BEFORE_APPOSITIVE.pick(build).captures(text))
        .flatten()
        .filter(near)
        .filter(|c| c.name("role").is_some_and(|r| is_role(r.as_str())))
        // "Speaking to Breitbart London, a spokesperson said": an object is no speaker.
        .filter(|c| !after_preposition(&text[..c.get(0).map_or(0, |m| m.start())]));
    // The appositive form names the speaker when its role is a real one and
    // the word before the cue is no pronoun ("..., central France, he admits").
    let pick = match (adjacent, appositive) {
        (Some(a), Some(p)) if !lexicon::is_pronoun(&a["spk"]) => Some(p),
        (Some(a), _) => Some(a),
        (None, p) => p,
    };
    pick.and_then(|c| found(&c)).or_else(|| {
        BEFORE_PARTICIPLE
            .pick(build)
            .captures(text)
            .and_then(|c| found(&c))
    })
}

/// A name and a colon standing alone before the quote, as in a list of
/// reactions (`Police Chief Dan Moreau: "..."`). The colon is the cue.
pub fn colon_name(text: &str) -> Option<Found> {
    static NAME_COLON: LazyLock<Pattern> = LazyLock::new(|| {
        lexicon::regex(&format!(
            r"^\s*(?P<spk>(?:(?:{TITLES}|[Pp]olice|[Ff]ire|[Cc]hief)\.?\s+)*{NAME}):\s*$"
        ))
    });
    if !text.trim_end().ends_with(':') {
        return None;
    }
    let c = NAME_COLON.on(text).captures(text)?;
    let spk = c.name("spk")?;
    let (speaker, role) = split_role(spk.as_str());
    let titled = role.is_some() || speaker != spk.as_str();
    // One capitalised word is a label ("Update:"), not a speaker.
    let name = super::people::clean_name(&speaker, titled)?;
    if name.split_whitespace().count() < 2 && !titled {
        return None;
    }
    Some(Found {
        speaker_at: spk.end() - speaker.len(),
        speaker,
        cue: ":".to_string(),
        role,
    })
}

/// Attribution closing the quote's sentence after some more words of the writer.
pub fn sentence_end(text: &str) -> Option<Found> {
    let build = lexicon::Build::of(text);
    if !lexicon::has_cue(text, build) {
        return None;
    }
    SENTENCE_END
        .pick(build)
        .captures(text)
        .and_then(|c| found(&c))
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
