//! The human-readable digest: one short section per article, then the corpus.
//! Lines are kept within 80 columns.

use cio_digest::corpus::Corpus;
use cio_digest::digest::overview::Ranked;
use cio_digest::figures::Figure;
use cio_digest::model::Article;
use cio_digest::read::FileError;
use cio_digest::readability::Readability;
use cio_digest::stats::Stats;
use std::io::{self, Write};

const WIDTH: usize = 80;

/// ANSI styling, applied only when colour is on.
pub(super) struct Style(pub(super) bool);

impl Style {
    pub(super) fn paint(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    pub(super) fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    pub(super) fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    fn warn(&self, s: &str) -> String {
        self.paint("33", s)
    }
}

pub fn article(w: &mut impl Write, a: &Article, color: bool) -> io::Result<()> {
    let st = Style(color);
    writeln!(w, "{}", st.dim(&a.path))?;
    match &a.title {
        Some(t) => {
            for part in wrap(t, WIDTH) {
                writeln!(w, "{}", st.bold(part.trim_start()))?;
            }
        }
        None => writeln!(w, "{}", st.warn("(no title found)"))?,
    }
    if let Some(d) = &a.dek {
        for l in wrap(d, WIDTH - 2) {
            writeln!(w, "  {}", st.dim(l.trim_start()))?;
        }
    }
    writeln!(
        w,
        "  by {}",
        a.author.as_deref().unwrap_or("(no author found)")
    )?;
    writeln!(w, "  {}", counts(&a.stats))?;
    indented(w, &vocabulary_line(&a.stats))?;
    indented(w, &readability_line(&a.readability))?;
    if !a.figures.is_empty() {
        indented(w, &figures_line(&a.figures))?;
    }
    if a.truncated {
        let why = if a.paywall().is_some() {
            "TRUNCATED: cut off by a paywall or \"continue reading\" prompt"
        } else {
            "TRUNCATED: the text stops mid-sentence or at an excerpt mark"
        };
        writeln!(w, "  {}", st.warn(why))?;
    }
    if !a.boilerplate.is_empty() {
        let text = format!("boilerplate dropped: {}", boilerplate_summary(a));
        for l in wrap(&text, WIDTH - 2) {
            writeln!(w, "  {}", st.dim(&l))?;
        }
    }
    article_digest(w, a, &st)?;
    quotes(w, a, &st)?;
    writeln!(w)
}

/// How many direct quotes the digest shows per article.
const QUOTES_SHOWN: usize = 5;

/// The article's direct quotes, each cut to a line or two, with who said them.
fn quotes(w: &mut impl Write, a: &Article, st: &Style) -> io::Result<()> {
    use cio_digest::quotes::QuoteKind;
    let direct: Vec<_> = a
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect();
    if direct.is_empty() {
        return Ok(());
    }
    writeln!(
        w,
        "  {}",
        st.bold(&format!("{} direct quotes", direct.len()))
    )?;
    for q in direct.iter().take(QUOTES_SHOWN) {
        let who = match (&q.speaker, &q.speaker_role) {
            (Some(s), Some(r)) => format!("{s}, {r}"),
            (Some(s), None) => s.clone(),
            (None, _) => "(speaker unknown)".to_string(),
        };
        let said = fit(q.text.trim_end_matches([',', ' ']), 110);
        hanging(
            w,
            "  - ",
            4,
            &format!("\u{201c}{said}\u{201d} \u{2014} {who}"),
        )?;
    }
    if direct.len() > QUOTES_SHOWN {
        let more = format!("and {} more", direct.len() - QUOTES_SHOWN);
        writeln!(w, "    {}", st.dim(&more))?;
    }
    Ok(())
}

/// Summary sentences with their lines, then key phrases, people and organisations.
fn article_digest(w: &mut impl Write, a: &Article, st: &Style) -> io::Result<()> {
    if !a.summary.is_empty() {
        writeln!(w, "  {}", st.bold("Summary"))?;
        let width = a
            .summary
            .iter()
            .map(|s| s.line.to_string().len())
            .max()
            .unwrap_or(1);
        for s in &a.summary {
            let label = format!("{:>width$}", s.line);
            // A run-on "sentence" (unpunctuated text) is cut to six lines or so.
            let text = fit(&s.text, 6 * (WIDTH - 6 - width));
            hanging(w, &format!("    {}  ", st.dim(&label)), 6 + width, &text)?;
        }
    }
    let phrases: Vec<&str> = a.keyphrases.iter().map(|k| k.phrase.as_str()).collect();
    labelled_list(w, st, "Key phrases", &phrases)?;
    let people: Vec<String> = a
        .people
        .iter()
        .map(|p| named(&p.name, p.role.as_deref(), p.mentions))
        .collect();
    labelled_list(w, st, "People", &people)?;
    let orgs: Vec<String> = a
        .organizations
        .iter()
        .map(|o| named(&o.name, o.description.as_deref(), o.mentions))
        .collect();
    labelled_list(w, st, "Organisations", &orgs)
}

/// "Bruce Temkin (managing partner of the Temkin Group) ×2".
fn named(name: &str, role: Option<&str>, mentions: usize) -> String {
    let mut s = name.to_string();
    if let Some(r) = role {
        s.push_str(&format!(" ({})", fit(r, 50)));
    }
    if mentions > 1 {
        s.push_str(&format!(" ×{mentions}"));
    }
    s
}

/// "  Label: a, b, c" wrapped with a hanging indent; nothing when empty.
fn labelled_list(
    w: &mut impl Write,
    st: &Style,
    label: &str,
    items: &[impl AsRef<str>],
) -> io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    let text: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    hanging(w, &format!("  {}: ", st.bold(label)), 4, &text.join(", "))
}

/// Writes `prefix` then `text` wrapped to the width, later lines indented by `indent`.
/// The prefix's width is counted without colour codes.
fn hanging(w: &mut impl Write, prefix: &str, indent: usize, text: &str) -> io::Result<()> {
    let visible = |s: &str| {
        let mut n = 0;
        let mut in_escape = false;
        for c in s.chars() {
            match (in_escape, c) {
                (false, '\x1b') => in_escape = true,
                (true, 'm') => in_escape = false,
                (false, _) => n += 1,
                _ => {}
            }
        }
        n
    };
    let mut line = prefix.to_string();
    let mut used = visible(prefix);
    let mut empty = true;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if !empty && used + 1 + n > WIDTH {
            writeln!(w, "{line}")?;
            line = " ".repeat(indent);
            used = indent;
            empty = true;
        }
        if !empty {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += n;
        empty = false;
    }
    writeln!(w, "{line}")
}

/// A report line indented by two, continued under itself by four.
fn indented(w: &mut impl Write, text: &str) -> io::Result<()> {
    hanging(w, "  ", 4, text)
}

/// The corpus overview: distributions, top names and phrases, near-duplicates.
fn briefing(w: &mut impl Write, c: &Corpus, st: &Style) -> io::Result<()> {
    let o = &c.overview;
    if let (Some(words), Some(read)) = (o.per_article.words, o.per_article.reading_time_seconds) {
        let n = |x: f64| thousands(x.round() as usize);
        let t = |x: f64| duration(x.round() as u64);
        let mut text = format!(
            "{} to {} words (median {}), {} to {} read (median {})",
            n(words.min),
            n(words.max),
            n(words.median),
            t(read.min),
            t(read.max),
            t(read.median)
        );
        if let Some(g) = o.per_article.consensus_grade {
            text.push_str(&format!(
                ", reading grade {:.1} to {:.1} (median {:.1})",
                g.min, g.max, g.median
            ));
        }
        hanging(w, "  per article: ", 4, &text)?;
    }
    if o.with_boilerplate > 0 {
        writeln!(w, "  {} with boilerplate", o.with_boilerplate)?;
    }
    let ranked = |list: &[Ranked]| -> Vec<String> {
        list.iter()
            .map(|r| format!("{} ({})", r.name, r.count))
            .collect()
    };
    let by_articles = |list: &[Ranked]| -> Vec<String> {
        list.iter()
            .map(|r| format!("{} ({})", r.name, r.articles))
            .collect()
    };
    labelled_list(w, st, "Most quoted (quotes)", &ranked(&o.top_speakers))?;
    labelled_list(w, st, "People (articles)", &by_articles(&o.top_people))?;
    labelled_list(
        w,
        st,
        "Organisations (articles)",
        &by_articles(&o.top_organizations),
    )?;
    labelled_list(
        w,
        st,
        "Key phrases (articles)",
        &by_articles(&o.top_keyphrases),
    )?;
    if o.near_duplicates.is_empty() {
        writeln!(w, "  {}: none", st.bold("Near-duplicates"))?;
    } else {
        let copies: usize = o.near_duplicates.iter().map(|g| g.articles.len()).sum();
        writeln!(
            w,
            "  {}: {} groups, {copies} articles",
            st.bold("Near-duplicates"),
            o.near_duplicates.len()
        )?;
        const GROUPS: usize = 10;
        const MEMBERS: usize = 4;
        for g in o.near_duplicates.iter().take(GROUPS) {
            let mut text = g
                .articles
                .iter()
                .take(MEMBERS)
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(" ~ ");
            if g.articles.len() > MEMBERS {
                text.push_str(&format!(" and {} more", g.articles.len() - MEMBERS));
            }
            text.push_str(&format!(" ({:.0}%)", g.similarity * 100.0));
            hanging(w, "    ", 6, &text)?;
        }
        if o.near_duplicates.len() > GROUPS {
            writeln!(
                w,
                "    and {} more groups",
                o.near_duplicates.len() - GROUPS
            )?;
        }
    }
    Ok(())
}

/// "216 unique words, MTLD 135; 1.69 syllables a word; longest sentence 37 words (line 7)".
fn vocabulary_line(s: &Stats) -> String {
    let mut parts = vec![format!("{} unique words", thousands(s.unique_words))];
    if let Some(m) = s.mtld {
        parts[0].push_str(&format!(", MTLD {m:.0}"));
    }
    if let Some(x) = s.average_word_syllables {
        parts.push(format!("{x:.2} syllables a word"));
    }
    if s.longest_sentence_words > 0 {
        let line = s
            .longest_sentence_line
            .map(|l| format!(" (line {l})"))
            .unwrap_or_default();
        parts.push(format!(
            "longest sentence {} words{line}",
            s.longest_sentence_words
        ));
    }
    parts.join("; ")
}

/// "readability: grade 13.3 (Flesch 42.4, F-K 12.6, fog 14.5, SMOG 15.1)".
fn readability_line(r: &Readability) -> String {
    let Some(grade) = r.consensus_grade else {
        return format!(
            "readability: none ({})",
            r.reason.as_deref().unwrap_or("not scored")
        );
    };
    let mut parts = Vec::new();
    for (name, v) in [
        ("Flesch", r.flesch_reading_ease),
        ("F-K", r.flesch_kincaid_grade),
        ("fog", r.gunning_fog),
        ("SMOG", r.smog),
    ] {
        if let Some(v) = v {
            parts.push(format!("{name} {v:.1}"));
        }
    }
    format!("readability: grade {grade:.1} ({})", parts.join(", "))
}

/// Key figures, in reading order: years only when there is nothing else.
const KEY_FIGURES: usize = 6;

/// "figures: $37.5 billion (line 9), nine percent (11), ... and 2 more".
fn figures_line(figures: &[Figure]) -> String {
    let mut key: Vec<&Figure> = figures.iter().filter(|f| f.unit != "year").collect();
    if key.is_empty() {
        key = figures.iter().collect();
    }
    let shown: Vec<String> = key
        .iter()
        .take(KEY_FIGURES)
        .enumerate()
        .map(|(i, f)| {
            let line = if i == 0 {
                format!("line {}", f.line)
            } else {
                f.line.to_string()
            };
            format!("{} ({line})", fit(&f.text, 40))
        })
        .collect();
    let more = figures.len() - shown.len();
    let tail = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    format!("figures: {}{tail}", shown.join(", "))
}

/// "paywall (line 17), dateline (lines 5, 19, 33 and 20 more)", kinds in order of first appearance.
fn boilerplate_summary(a: &Article) -> String {
    let mut kinds: Vec<(&str, Vec<usize>)> = Vec::new();
    for b in &a.boilerplate {
        match kinds.iter_mut().find(|(k, _)| *k == b.kind.label()) {
            Some((_, lines)) => lines.push(b.line),
            None => kinds.push((b.kind.label(), vec![b.line])),
        }
    }
    let parts: Vec<String> = kinds
        .iter()
        .map(|(k, lines)| {
            let shown: Vec<String> = lines.iter().take(3).map(usize::to_string).collect();
            let more = lines.len().saturating_sub(3);
            let plural = if lines.len() > 1 { "lines" } else { "line" };
            let tail = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            format!("{k} ({plural} {}{tail})", shown.join(", "))
        })
        .collect();
    parts.join(", ")
}

pub fn corpus(
    w: &mut impl Write,
    c: &Corpus,
    problems: &[FileError],
    color: bool,
) -> io::Result<()> {
    let st = Style(color);
    writeln!(w, "{}", st.bold("Corpus"))?;
    writeln!(
        w,
        "  {} analysed, {} could not be read",
        count(c.articles, "article"),
        count(c.errors, "file")
    )?;
    writeln!(w, "  {}", counts(&c.stats))?;
    indented(w, &readability_line(&c.readability))?;
    if !c.figures.is_empty() {
        let total: usize = c.figures.values().sum();
        let units: Vec<String> = c.figures.iter().map(|(u, n)| format!("{u} {n}")).collect();
        indented(w, &format!("{total} figures: {}", units.join(", ")))?;
    }
    if !c.truncated.is_empty() {
        let prefix = format!("  {} truncated: ", c.truncated.len());
        hanging(w, &prefix, 4, &c.truncated.join(", "))?;
    }
    if !c.boilerplate.is_empty() {
        let total: usize = c.boilerplate.values().sum();
        let kinds: Vec<String> = c
            .boilerplate
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        indented(
            w,
            &format!("{total} boilerplate lines: {}", kinds.join(", ")),
        )?;
    }
    briefing(w, c, &st)?;
    for p in problems {
        writeln!(w, "  {}", st.warn(&fit(&p.to_string(), WIDTH - 2)))?;
    }
    Ok(())
}

/// "1 word, 2 sentences, ...; 1 s read".
fn counts(s: &Stats) -> String {
    format!(
        "{}, {}, {}, {}; {} read",
        count(s.words, "word"),
        count(s.sentences, "sentence"),
        count(s.paragraphs, "paragraph"),
        count(s.list_items, "list item"),
        duration(s.reading_time_seconds)
    )
}

/// `n` and the noun, plural unless `n` is 1.
fn count(n: usize, noun: &str) -> String {
    let s = if n == 1 { "" } else { "s" };
    format!("{} {noun}{s}", thousands(n))
}

/// `s` cut to `width` characters with an ellipsis.
pub fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
    // Cut at a word boundary when one is near.
    if let Some(space) = out.rfind(' ').filter(|&i| i > out.len() / 2) {
        out.truncate(space);
    }
    out.truncate(out.trim_end_matches([' ', ',', ';', ':']).len());
    out.push('…');
    out
}

/// Greedy word wrap; continuation lines are indented by two spaces.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in s.split_whitespace() {
        let cur = lines.last_mut().expect("never empty");
        if !cur.trim().is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(format!("  {word}"));
        } else {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        }
    }
    lines
}

/// 12345 -> "12,345".
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Seconds as "45 s", "3 min", "1 h 05 min".
pub fn duration(secs: u64) -> String {
    match secs {
        0..=59 => format!("{secs} s"),
        60..=3599 => format!("{} min", (secs + 30) / 60),
        _ => format!("{} h {:02} min", secs / 3600, (secs % 3600 + 30) / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(12), "12");
        assert_eq!(duration(100), "2 min");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(count(1, "list item"), "1 list item");
        assert_eq!(count(1200, "word"), "1,200 words");
        assert!(wrap("aaa bbb ccc", 7).len() == 2);
    }
}
