//! The head of an article: title, dek (standfirst) and author.

use super::{boilerplate, Line};
use crate::model::{BoilerplateKind, Structure};
use crate::quotes::lexicon::Pattern;
use std::sync::LazyLock;

/// Finds title, dek and author, marking their lines.
pub(crate) fn find(lines: &mut [Line], s: &mut Structure) {
    // The author may be named anywhere: a byline or "More articles by X".
    s.author = lines
        .iter()
        .filter(|l| {
            matches!(
                l.kind,
                Some(BoilerplateKind::Byline | BoilerplateKind::RelatedLinks)
            )
        })
        .find_map(|l| boilerplate::byline_name(l.text));

    let Some(t) = lines.iter().position(|l| l.is_body()) else {
        return;
    };
    // A first line of running prose is no headline: the article has no title.
    if lines[t].words > 30 || crate::sentences::split(lines[t].text).len() > 2 {
        return;
    }
    lines[t].head = true;
    s.title = Some(clean_title(lines[t].text));
    s.title_line = Some(t + 1);

    // The dek is the next paragraph, alone, when it reads like a standfirst.
    let mut j = t + 1;
    while j < lines.len() && (lines[j].blank() || lines[j].kind.is_some()) {
        j += 1;
    }
    let alone = lines
        .get(j + 1)
        .is_none_or(|l| l.blank() || l.kind.is_some());
    let body_follows = lines[j.min(lines.len())..]
        .iter()
        .skip(1)
        .any(|l| l.is_body() && l.is_prose());
    // Furniture between the candidate and the body (a byline, a date, share
    // buttons) marks the head of a web page: there the dek rules relax.
    let furniture_follows = lines[j.min(lines.len())..]
        .iter()
        .skip(1)
        .take_while(|l| !l.is_body())
        .any(|l| {
            matches!(
                l.kind,
                Some(BoilerplateKind::Byline | BoilerplateKind::Dateline | BoilerplateKind::Social)
            )
        });
    let dek_like = |t: &str| {
        if furniture_follows {
            is_page_dek(t)
        } else {
            is_dek(t)
        }
    };
    if j < lines.len() && alone && body_follows && dek_like(lines[j].text) {
        lines[j].head = true;
        s.dek = Some(lines[j].text.trim().to_string());
        s.dek_line = Some(j + 1);
    }
}

/// Headline text without markdown marks.
fn clean_title(t: &str) -> String {
    let t = t.trim().trim_start_matches('#').trim();
    let t = t
        .strip_prefix("**")
        .and_then(|x| x.strip_suffix("**"))
        .unwrap_or(t);
    t.trim().to_string()
}

/// A `Pattern`, whose plain build compiles far cheaper. Quote
/// marks stand outside the case-insensitive groups, which that build makes
/// ASCII-only.
static NEWS_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(concat!(
        r"(?i:\b(said|says|told|reported|reports|announced|according to|was|were|has|have|had|will|would|",
        r"did|does|yesterday|today|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
        r"|\b(is|are) (\w+ing|to|set to|due to|expected to|likely to)\b)",
        r#"|\d|["“”]|(?i:\(AP\)|\(AFP\)|\(Reuters\))"#
    ))
});

/// Builds this module's costly patterns, for `pipeline`'s warm-up.
pub(super) const BUILDS: &[fn()] = crate::quotes::lexicon::builds![NEWS_LEAD];

/// A standfirst: one short sentence that is not a news lead. News leads carry
/// the story's facts (figures, quotes, attributions, finite reporting verbs), so
/// a BBC-style first paragraph stays in the body; a dek is a general promise.
fn is_dek(t: &str) -> bool {
    let t = t.trim();
    let words = crate::stats::words(t).count();
    let sentences = crate::sentences::split(t).len();
    (5..=35).contains(&words)
        && sentences == 1
        && !NEWS_LEAD.on(t).is_match(t)
        && !t.ends_with(':')
        && !has_inner_proper_noun(t)
        && !has_past_tense(t)
}

/// A standfirst on a web page, where the layout already sets it apart: one or
/// two sentences of moderate length, not a quotation.
fn is_page_dek(t: &str) -> bool {
    let t = t.trim();
    let words = crate::stats::words(t).count();
    (5..=50).contains(&words)
        && crate::sentences::split(t).len() <= 2
        && !t.starts_with(['"', '“'])
        && !t.ends_with(':')
}

/// Irregular past tenses common in news leads.
const IRREGULAR_PAST: &[&str] = &[
    "spent", "ran", "made", "took", "went", "rose", "fell", "grew", "won", "lost", "led", "got",
    "gave", "saw", "came", "became", "began", "left", "paid", "sold", "bought", "built", "cut",
    "hit", "met", "kept", "held", "brought", "thought", "found", "struck", "shut", "sank", "slid",
    "soared", "beat", "broke", "chose", "drew", "drove", "ate", "flew", "forgot", "froze", "hid",
    "knew", "lent", "meant", "rang", "sent", "shook", "sought", "spoke", "stood", "stole", "swore",
    "taught", "threw", "wrote", "quit", "bid",
];

/// Words ending in -ed that are no past tense.
const NOT_PAST: &[&str] = &[
    "need", "speed", "indeed", "seed", "feed", "breed", "hundred", "bed", "red", "shed", "greed",
    "deed", "weed", "bleed", "proceed", "succeed", "exceed",
];

/// A finite past-tense verb: the mark of a news lead reporting an event.
fn has_past_tense(t: &str) -> bool {
    crate::stats::words(t).any(|w| {
        let w = w.to_lowercase();
        IRREGULAR_PAST.contains(&w.as_str())
            || (w.len() >= 5 && w.ends_with("ed") && !NOT_PAST.contains(&w.as_str()))
    })
}

/// A capitalised word after the first that is not an acronym ("CIOs" is fine).
fn has_inner_proper_noun(t: &str) -> bool {
    crate::stats::words(t).skip(1).any(|w| {
        let mut cs = w.chars();
        let first_upper = cs.next().is_some_and(char::is_uppercase);
        let rest: Vec<char> = cs.filter(|c| c.is_alphabetic()).collect();
        first_upper
            && rest.iter().any(|c| c.is_lowercase())
            && !rest.iter().take(2).all(|c| c.is_uppercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deks() {
        assert!(is_dek("CIOs who get out of the office and talk face-to-face with customers can bring back ideas for new products and better systems."));
        assert!(!is_dek("Quarterly profits at the company jumped 76% to $1.13bn for the three months to December."));
        assert!(!is_dek(
            "A blind student has developed software that turns colours into notes."
        ));
        assert!(!is_dek(
            "Shares in the firm rose on speculation that it is in takeover talks."
        ));
        assert!(!is_dek(
            "The minister told reporters the plan would go ahead."
        ));
        assert!(!is_dek(
            "Local activists in Saxony bricked up the entrance to a polling station."
        ));
    }
}
