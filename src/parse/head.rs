//! The head of an article: title, dek (standfirst) and author.

use super::{boilerplate, Line};
use crate::model::{BoilerplateKind, Structure};
use crate::quotes::lexicon::Pattern;
use std::sync::LazyLock;

/// Finds title, dek and author, marking their lines.
pub(crate) fn find(lines: &mut [Line], s: &mut Structure) {
    // The author may be named anywhere: a byline, "More articles by X", or
    // a date line ("Posted on March 3, 2025 by Karen Whitfield").
    s.author = lines
        .iter()
        .filter(|l| {
            matches!(
                l.kind,
                Some(
                    BoilerplateKind::Byline
                        | BoilerplateKind::RelatedLinks
                        | BoilerplateKind::Dateline
                )
            )
        })
        .find_map(|l| boilerplate::byline_name(l.text));

    mark_menus(lines);
    let Some(t) = next_body(lines, 0).map(|t| past_label(lines, t)) else {
        return;
    };
    // A first line of running prose is no headline: the article has no title.
    if lines[t].words > 30 || crate::sentences::split(lines[t].text).len() > 2 {
        return;
    }
    lines[t].head = true;
    let title = clean_title(lines[t].text);
    s.title_line = Some(t + 1);

    // A page's <title> line ("Headline | Site") is often followed by the
    // headline itself: that copy is head too.
    let mut j = t + 1;
    if let Some(n) = next_body(lines, j) {
        if same_headline(lines[n].text, &title) {
            lines[n].head = true;
            j = n + 1;
        }
    }
    s.title = Some(title);

    // The dek is the next paragraph, alone, when it reads like a standfirst.
    while j < lines.len() && (lines[j].blank() || lines[j].kind.is_some()) {
        j += 1;
    }
    // A lone byline right under the candidate is furniture, whatever the candidate is.
    if s.author.is_none() && lines.get(j + 1).is_some_and(Line::is_body) {
        s.author = lone_byline(lines, j + 1);
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
    if s.author.is_none() {
        s.author = lone_byline(lines, j.min(lines.len()));
    }
}

/// The headline's line, from the first body line `t`: a section label over the
/// headline ("Technology | Cloud", "OPINION"), or a site name or tagline
/// above a menu ("The Northern Ledger", then "Menu"), is marked as the site's
/// navigation.
fn past_label(lines: &mut [Line], t: usize) -> usize {
    let Some(n) = next_body(lines, t + 1) else {
        return t;
    };
    let menu_lines = lines[t + 1..n]
        .iter()
        .filter(|l| {
            matches!(
                l.kind,
                Some(
                    BoilerplateKind::Navigation | BoilerplateKind::Social | BoilerplateKind::Cookie
                )
            )
        })
        .count();
    // A site's name, or its tagline over a whole menu ("Exclusive news, data
    // and analytics for financial market professionals").
    // A page title repeated as the headline below the menu stays the title.
    let masthead = (menu_lines > 0 && lines[t].words <= 5 || menu_lines >= 3)
        && !lines[t].is_prose()
        && !same_headline(lines[n].text, &clean_title(lines[t].text));
    if (masthead || is_section_label(lines[t].text)) && is_headline(&lines[n]) {
        lines[t].kind = Some(BoilerplateKind::Navigation);
        n
    } else {
        t
    }
}

/// A name alone on the first body line from `from`, with the body below: the
/// byline without its "By". Marks it and returns the name.
fn lone_byline(lines: &mut [Line], from: usize) -> Option<String> {
    let n = next_body(lines, from)?;
    let body_below = lines[n + 1..].iter().any(|l| l.is_body() && l.is_prose());
    let name = lone_name(lines[n].text).filter(|_| body_below)?;
    lines[n].kind = Some(BoilerplateKind::Byline);
    Some(name)
}

/// True for a short line naming a journalist's role ("Technology reporter",
/// "Senior political correspondent").
pub(super) fn is_desk_role(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() <= 4 && words.last().is_some_and(|w| boilerplate::is_desk_word(w))
}

/// The name of a line that is two or three capitalised words opening with a
/// common first name, optionally followed by a desk and role ("Alex Hern UK
/// technology editor": the name is "Alex Hern").
pub(super) fn lone_name(t: &str) -> Option<String> {
    let mut words: Vec<&str> = t.split_whitespace().collect();
    if words.len() > 2 && is_desk_role(words[words.len() - 1]) {
        words.pop();
        while words
            .last()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
        {
            words.pop();
        }
        // One capitalised desk word ("Energy", "UK") after a two-word name.
        if words.len() == 3 {
            words.pop();
        }
    }
    let name_like = (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase)
                && cs.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        });
    let name = words.join(" ");
    (name_like && crate::quotes::people::gender_of_first_name(&name).is_some()).then_some(name)
}

/// Marks the menus of a page's top as navigation: runs of four or more
/// short lines or known menu entries ("World", "US & Canada", "Markets", ...) before the first line
/// of prose.
fn mark_menus(lines: &mut [Line]) {
    // Bulleted lines are a list of the article's own ("• Costs fell").
    let item = |l: &Line| {
        let t = l.text.trim();
        (1..=4).contains(&l.words)
            && !t.ends_with(['.', '!', '?', ':', ',', '"', '”'])
            && !t.starts_with(['•', '-', '*', '–', '—', '·'])
            && !t.starts_with(|c: char| c.is_ascii_digit())
    };
    let mut i = 0;
    while i < lines.len() {
        if lines[i].blank() {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !lines[i].blank() && (lines[i].kind.is_some() || item(&lines[i])) {
            i += 1;
        }
        // Menu entries the rules know ("Home", "Subscribe") count; two unknown at least.
        let run = &mut lines[start..i];
        let unknown = run.iter().filter(|l| l.kind.is_none()).count();
        if run.len() >= 4 && unknown >= 2 {
            for l in run.iter_mut().filter(|l| l.kind.is_none()) {
                l.kind = Some(BoilerplateKind::Navigation);
            }
        }
        if lines.get(i).is_some_and(|l| l.is_prose()) {
            return;
        }
        // A line that is neither blank, furniture nor a menu item ends the run.
        i = i.max(start + 1);
    }
}

/// Index of the first body line at or after `from`.
fn next_body(lines: &[Line], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| lines[i].is_body())
}

/// A section label or short breadcrumb as sites print it over a headline:
/// one word ("Technology", "OPINION"), a few capitals ("TECH NEWS"), or short
/// labels joined by a separator ("Business > Markets", "Tech | Cloud").
fn is_section_label(t: &str) -> bool {
    let t = t.trim();
    let words = crate::stats::words(t).count();
    if words == 0 || words > 4 || t.ends_with(['.', '!', '?', ':', ',', '"', '”']) {
        return false;
    }
    if t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let parts: Vec<&str> = t
        .split(['|', '>', '/', '›', '»', '•', '·'])
        .flat_map(|p| p.split(" - ").flat_map(|p| p.split(" – ")))
        .map(str::trim)
        .collect();
    let upper = t
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    words == 1
        || (upper && words <= 3)
        || (parts.len() >= 2
            && parts
                .iter()
                .all(|p| (1..=2).contains(&crate::stats::words(p).count())))
}

/// A line that can be a web headline: short, one sentence at most, and not
/// ending as a sentence of prose does (web headlines drop the full stop).
fn is_headline(l: &Line) -> bool {
    let t = l.text.trim_end();
    (3..=20).contains(&l.words)
        && !t.ends_with(['.', ',', ';', ':'])
        && crate::sentences::split(t).len() <= 1
}

/// True when `line` repeats the headline `title` (which may carry a site name).
fn same_headline(line: &str, title: &str) -> bool {
    let line = clean_title(line);
    !line.is_empty() && line.to_lowercase() == title.to_lowercase()
}

/// Headline text without markdown marks or a site name ("Headline | Site",
/// "Headline - Site", "Section | Headline").
fn clean_title(t: &str) -> String {
    let t = t.trim().trim_start_matches('#').trim();
    let t = t
        .strip_prefix("**")
        .and_then(|x| x.strip_suffix("**"))
        .unwrap_or(t);
    without_site_name(t.trim()).to_string()
}

/// The headline part of a page title: around " | ", the longest part when
/// the others are short labels; before a dash, the part when what follows
/// is a short capitalised name ("... - Example News").
fn without_site_name(t: &str) -> &str {
    let words = |s: &str| crate::stats::words(s).count();
    let is_name = |s: &str| {
        (1..=3).contains(&words(s))
            && crate::stats::words(s)
                .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    };
    if t.contains(" | ") {
        let parts: Vec<&str> = t.split(" | ").map(str::trim).collect();
        let longest = parts.iter().copied().max_by_key(|p| words(p)).unwrap_or(t);
        let others_short = parts
            .iter()
            .filter(|p| !std::ptr::eq(**p, longest))
            .all(|p| words(p) <= 4);
        if others_short && words(longest) >= 4 {
            return longest;
        }
        return t;
    }
    for dash in [" - ", " – ", " — "] {
        if let Some((head, site)) = t.rsplit_once(dash) {
            if is_name(site) && words(head) >= 5 {
                return head.trim();
            }
        }
    }
    t
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
