//! Readability scores from the body's counts, by the published formulas.
//!
//! Every score is a function of [`Stats`] alone, so a corpus is scored from
//! its summed counts exactly as an article is. Text too short or without
//! sentence boundaries gets `null` scores and a `reason`, never a number
//! that means nothing. Grade levels below 0 are shown as 0.

use crate::stats::{round2, Stats};
use crate::syllables::{self, WordTable};
use serde::Serialize;
use std::sync::LazyLock;

/// Fewer words than this give no scores: the formulas were fitted on samples of 100 words or more.
pub const MIN_WORDS: usize = 30;
/// More words a sentence on average than this means the sentences were not found.
pub const MAX_SENTENCE_WORDS: f64 = 60.0;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Readability {
    pub flesch_reading_ease: Option<f64>,
    pub flesch_kincaid_grade: Option<f64>,
    pub gunning_fog: Option<f64>,
    pub smog: Option<f64>,
    pub coleman_liau: Option<f64>,
    pub automated_readability_index: Option<f64>,
    /// The New Dale-Chall raw score (4.9 and below: grade 4 and below ... 10 and above: college graduate).
    pub dale_chall: Option<f64>,
    pub linsear_write: Option<f64>,
    pub lix: Option<f64>,
    /// Median of the grade levels (Flesch reading ease and Dale-Chall mapped to grades by their tables).
    pub consensus_grade: Option<f64>,
    /// Why some or all scores are null.
    pub reason: Option<String>,
}

/// Scores the counts.
pub fn score(s: &Stats) -> Readability {
    if s.words == 0 {
        return none("no words");
    }
    if s.words < MIN_WORDS {
        return none(&format!("{} words, fewer than {MIN_WORDS}", s.words));
    }
    let words = s.words as f64;
    let sentences = s.sentences.max(1) as f64;
    let wps = words / sentences;
    if wps > MAX_SENTENCE_WORDS {
        return none(&format!(
            "{wps:.0} words a sentence on average: no sentence boundaries to go by"
        ));
    }
    let spw = s.syllables as f64 / words;
    let per_word = |n: usize| n as f64 / words;

    let fre = 206.835 - 1.015 * wps - 84.6 * spw;
    let fk = 0.39 * wps + 11.8 * spw - 15.59;
    let fog = 0.4 * (wps + 100.0 * per_word(s.complex_words));
    let smog = (s.sentences >= 3)
        .then(|| 1.0430 * (s.polysyllabic_words as f64 * 30.0 / sentences).sqrt() + 3.1291);
    let cli = 0.0588 * (100.0 * per_word(s.letters)) - 0.296 * (100.0 / wps) - 15.8;
    let ari = 4.71 * per_word(s.letters + s.digits) + 0.5 * wps - 21.43;
    let pdw = 100.0 * per_word(s.unfamiliar_words);
    let dale_chall = 0.1579 * pdw + 0.0496 * wps + if pdw > 5.0 { 3.6365 } else { 0.0 };
    // Linsear Write over the whole body: (easy + 3 x hard) / sentences, the
    // same ratio the formula takes from a 100-word sample.
    let hard = s.polysyllabic_words as f64;
    let raw = ((words - hard) + 3.0 * hard) / sentences;
    let linsear = if raw > 20.0 {
        raw / 2.0
    } else {
        (raw - 2.0) / 2.0
    };
    let lix = wps + 100.0 * per_word(s.long_words);

    let grade = |g: f64| g.max(0.0);
    let mut grades = vec![
        grade(fk),
        grade(fog),
        grade(cli),
        grade(ari),
        grade(linsear),
        flesch_grade(fre),
        dale_chall_grade(dale_chall),
    ];
    grades.extend(smog);
    Readability {
        flesch_reading_ease: Some(round2(fre)),
        flesch_kincaid_grade: Some(round2(grade(fk))),
        gunning_fog: Some(round2(grade(fog))),
        smog: smog.map(round2),
        coleman_liau: Some(round2(grade(cli))),
        automated_readability_index: Some(round2(grade(ari))),
        dale_chall: Some(round2(dale_chall)),
        linsear_write: Some(round2(grade(linsear))),
        lix: Some(round2(lix)),
        consensus_grade: Some(round2(median(&mut grades))),
        reason: smog
            .is_none()
            .then(|| "SMOG needs 3 sentences or more".to_string()),
    }
}

fn none(reason: &str) -> Readability {
    Readability {
        reason: Some(reason.to_string()),
        ..Readability::default()
    }
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Flesch's table: 90-100 grade 5, 80-90 grade 6, 70-80 grade 7, 60-70 grades
/// 8-9, 50-60 grades 10-12, 30-50 college, 0-30 college graduate.
fn flesch_grade(fre: f64) -> f64 {
    match fre {
        x if x >= 90.0 => 5.0,
        x if x >= 80.0 => 6.0,
        x if x >= 70.0 => 7.0,
        x if x >= 60.0 => 8.5,
        x if x >= 50.0 => 11.0,
        x if x >= 30.0 => 14.0,
        _ => 17.0,
    }
}

/// Chall and Dale's (1995) table, band midpoints: below 5 grade 4, 5-5.9
/// grades 5-6, 6-6.9 grades 7-8, 7-7.9 grades 9-10, 8-8.9 grades 11-12,
/// 9-9.9 college (13-15), 10 and above college graduate.
fn dale_chall_grade(score: f64) -> f64 {
    match score {
        x if x < 5.0 => 4.0,
        x if x < 6.0 => 5.5,
        x if x < 7.0 => 7.5,
        x if x < 8.0 => 9.5,
        x if x < 9.0 => 11.5,
        x if x < 10.0 => 14.0,
        _ => 16.0,
    }
}

static FAMILIAR_TEXT: &str = include_str!("../data/dale-chall/familiar.txt");

/// The Dale-Chall familiar words, hashed (a word and its inflections are
/// looked up for every body word).
static FAMILIAR: LazyLock<WordTable> = LazyLock::new(|| {
    WordTable::new(
        FAMILIAR_TEXT,
        FAMILIAR_TEXT
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty()),
    )
});

fn listed(w: &[u8]) -> bool {
    FAMILIAR.contains(w)
}

/// Whether a word counts as familiar for Dale-Chall: on the list, or a
/// regular inflection of a listed word (-s, -es, -ies, -ed, -ied, -ing, -er,
/// -est), a number, a name (capitalised, not first in its sentence), or a
/// hyphenated compound of familiar words (Chall and Dale 1995).
pub fn is_familiar(word: &str, sentence_start: bool) -> bool {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    if !sentence_start && word.starts_with(char::is_uppercase) {
        return true;
    }
    let mut buf = [0u8; 32];
    let mut len = 0;
    for c in word.chars() {
        let b = match c {
            '’' => b'\'',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => return false,
        };
        if len == buf.len() {
            return false;
        }
        buf[len] = b;
        len += 1;
    }
    let w = &buf[..len];
    familiar_lower(w, syllables::hash(w))
}

/// [`is_familiar`] for an ASCII word already lowercased into `lower`, with
/// `h = syllables::hash(lower)`.
pub(crate) fn is_familiar_ascii(word: &str, lower: &[u8], h: u64, sentence_start: bool) -> bool {
    if lower.iter().any(u8::is_ascii_digit) {
        return true;
    }
    if !sentence_start && word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return true;
    }
    lower.len() <= 32 && familiar_lower(lower, h)
}

/// A lowercased word (`h` its hash) on the list, an inflection, or a compound of such.
fn familiar_lower(w: &[u8], h: u64) -> bool {
    if familiar_form(w, h) {
        return true;
    }
    w.contains(&b'-')
        && w.split(|&b| b == b'-')
            .all(|p| !p.is_empty() && familiar_form(p, syllables::hash(p)))
}

/// Inflections tried on a word not listed: suffix, and the endings its stem may have lost.
const INFLECTIONS: &[(&[u8], &[&[u8]])] = &[
    (b"ies", &[b"y"]),
    (b"ied", &[b"y"]),
    (b"ier", &[b"y"]),
    (b"iest", &[b"y"]),
    (b"es", &[b"", b"e"]),
    (b"s", &[b""]),
    (b"ed", &[b"", b"e"]),
    (b"d", &[b""]),
    (b"ing", &[b"", b"e"]),
    (b"er", &[b"", b"e"]),
    (b"est", &[b"", b"e"]),
];

fn familiar_form(w: &[u8], h: u64) -> bool {
    if FAMILIAR.contains_hashed(w, h) {
        return true;
    }
    let w = match w.strip_suffix(b"'s") {
        Some(bare) if listed(bare) => return true,
        Some(bare) => bare,
        None => w,
    };
    // Every inflection ends in one of these.
    if !matches!(w.last(), Some(b's' | b'd' | b'r' | b't' | b'g')) {
        return false;
    }
    let mut buf = [0u8; 34];
    for &(suffix, tails) in INFLECTIONS {
        let Some(stem) = w.strip_suffix(suffix) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        for tail in tails {
            let n = stem.len() + tail.len();
            buf[..stem.len()].copy_from_slice(stem);
            buf[stem.len()..n].copy_from_slice(tail);
            if listed(&buf[..n]) {
                return true;
            }
        }
        // running -> run, bigger -> big
        let n = stem.len();
        if n >= 3 && stem[n - 1] == stem[n - 2] && listed(&stem[..n - 1]) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(words: usize, sentences: usize, syllables: usize) -> Stats {
        let mut s = Stats::default();
        s.words = words;
        s.sentences = sentences;
        s.syllables = syllables;
        s.derive();
        s
    }

    fn close(a: Option<f64>, b: f64) {
        let a = a.expect("a score");
        assert!((a - b).abs() < 0.006, "{a} != {b}");
    }

    /// 100 words, 5 sentences, 150 syllables, 10 polysyllabic (8 complex),
    /// 450 letters, 20 digits, 25 long words, 12 unfamiliar words.
    #[test]
    fn hand_worked_values() {
        let mut s = stats(100, 5, 150);
        s.polysyllabic_words = 10;
        s.complex_words = 8;
        s.letters = 450;
        s.digits = 20;
        s.long_words = 25;
        s.unfamiliar_words = 12;
        let r = score(&s);
        // 206.835 - 1.015 x 20 - 84.6 x 1.5 = 59.635
        close(r.flesch_reading_ease, 59.64);
        // 0.39 x 20 + 11.8 x 1.5 - 15.59 = 9.91
        close(r.flesch_kincaid_grade, 9.91);
        // 0.4 x (20 + 8) = 11.2
        close(r.gunning_fog, 11.2);
        // 1.043 x sqrt(10 x 30 / 5) + 3.1291 = 1.043 x 7.745967 + 3.1291 = 11.208
        close(r.smog, 11.21);
        // 0.0588 x 450 - 0.296 x 5 - 15.8 = 26.46 - 1.48 - 15.8 = 9.18
        close(r.coleman_liau, 9.18);
        // 4.71 x 4.7 + 0.5 x 20 - 21.43 = 22.137 + 10 - 21.43 = 10.707
        close(r.automated_readability_index, 10.71);
        // 0.1579 x 12 + 0.0496 x 20 + 3.6365 = 1.8948 + 0.992 + 3.6365 = 6.5233
        close(r.dale_chall, 6.52);
        // (90 + 3 x 10) / 5 = 24 > 20, so 24 / 2 = 12
        close(r.linsear_write, 12.0);
        // 20 + 100 x 25 / 100 = 45
        close(r.lix, 45.0);
        // grades: fk 9.91, fog 11.2, cli 9.18, ari 10.707, lw 12, fre 11 (50-60),
        // dc 7.5 (6-6.9), smog 11.208: median of 8 = (10.707 + 11) / 2
        close(r.consensus_grade, 10.85);
        assert_eq!(r.reason, None);
    }

    #[test]
    fn linsear_write_short_sentences() {
        // (40 + 3 x 2) / 4 = 11.5 <= 20, so (11.5 - 2) / 2 = 4.75
        let mut s = stats(42, 4, 50);
        s.polysyllabic_words = 2;
        close(score(&s).linsear_write, 4.75);
    }

    #[test]
    fn degenerate_text() {
        let r = score(&stats(0, 0, 0));
        assert_eq!(r.flesch_reading_ease, None);
        assert_eq!(r.reason.as_deref(), Some("no words"));
        let r = score(&stats(20, 1, 30));
        assert_eq!(r.flesch_kincaid_grade, None);
        assert!(r.reason.unwrap().contains("fewer than 30"));
        // 300 words in one "sentence": a page without full stops.
        let r = score(&stats(300, 1, 450));
        assert_eq!(r.gunning_fog, None);
        assert!(r.reason.unwrap().contains("no sentence boundaries"));
        // Two sentences: everything but SMOG.
        let r = score(&stats(40, 2, 50));
        assert!(r.flesch_reading_ease.is_some() && r.smog.is_none());
        // Very easy text never gets a negative grade.
        let r = score(&stats(40, 10, 40));
        assert_eq!(r.flesch_kincaid_grade, Some(0.0));
    }

    /// The packed table holds every listed word, and only those.
    #[test]
    fn familiar_table() {
        let listed: Vec<&str> = FAMILIAR_TEXT
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        assert!(listed.len() > 2900);
        for w in &listed {
            assert!(FAMILIAR.contains(w.as_bytes()), "{w}");
            assert!(!FAMILIAR.contains(format!("{w}q").as_bytes()), "{w}q");
        }
    }

    #[test]
    fn familiar_words() {
        assert!(is_familiar("house", false));
        assert!(is_familiar("Houses", true));
        assert!(is_familiar("studies", false));
        assert!(is_familiar("running", false));
        assert!(is_familiar("don’t", false));
        assert!(is_familiar("Temkin", false), "a name");
        assert!(is_familiar("596", false));
        assert!(is_familiar("well-known", false));
        assert!(!is_familiar("Divestitures", true));
        assert!(!is_familiar("strategic", false));
    }
}
