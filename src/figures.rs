//! Figures: the numbers an article states, with value, unit and counted noun.
//!
//! The body's words (as [`crate::stats::words`] defines them) are read
//! sentence by sentence. A figure starts at a number in digits (`76%`,
//! `$37.5`, `£600m`, `1,500`, `2004-05`) or in words (`nine`,
//! `Twenty-seven`, `a million`), or at a fraction (`half of`, `a third of`,
//! `one in five`), or a quarter (`Q4`). It takes a multiplier (`billion`,
//! `bn`), a unit (`percent`, `percentage points`, a currency sign or name,
//! `years`, `times`), a range (`three to five years`, `between 5 and 6`,
//! `3-5%`), and for a percentage or fraction an `of` phrase (`8% of CMOs`).
//! A number with no unit is a `count` of the noun phrase after it
//! (`596 CIOs`, `seven leadership skills`), or a `year` (`in 2004`).
//!
//! Not figures: numbers in the title, dek and boilerplate; list enumerators;
//! ordinals (`first`, `21st`); ranks and labels (`Job #1`, `No. 1`); the
//! word `one` counting nothing (`one of them`, `one skill`); numbers that are
//! part of a name or title (`Windows 7`, `The Seven Habits`); days of the
//! month (`5 March`); clock times (`9:30`, `9am`); numbers glued to letters
//! (`MP3`, `4G`, `COVID-19`); decades (`1990s`); numbers inside URLs and
//! e-mail addresses; vague plurals (`hundreds of`, `millions of`).

use crate::digest::terms::BodyTokens;
use crate::model::{Block, Document};
use serde::{Serialize, Serializer};
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// The figure as written, with its unit and counted noun.
    pub text: String,
    pub value: Value,
    /// `percent`, `percentage points`, `basis points`, a currency code
    /// (`USD`, `GBP`, `EUR`, ...), `count`, `year`, `years`, `months`, ...,
    /// `times`, `fraction`, `quarter`, `half-year`.
    pub unit: String,
    /// The counted noun: `CIOs` in "596 CIOs", `CMOs` in "8% of CMOs".
    pub noun: Option<String>,
    pub line: usize,
    /// Byte offset of `text` in the document (for columns; not serialized).
    #[serde(skip)]
    pub start: usize,
    /// The sentence the figure is in.
    pub sentence: String,
}

/// A number, or a `[low, high]` range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Number(f64),
    Range(f64, f64),
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Value::Number(x) => number(x).serialize(s),
            Value::Range(a, b) => [number(a), number(b)].serialize(s),
        }
    }
}

/// Whole numbers print without a decimal point.
fn number(x: f64) -> serde_json::Value {
    if x.fract() == 0.0 && x.abs() < 9e15 {
        serde_json::Value::from(x as i64)
    } else {
        serde_json::Value::from((x * 1e4).round() / 1e4)
    }
}

/// Every figure in the body, in reading order.
pub fn extract(doc: &Document, blocks: &[Block]) -> Vec<Figure> {
    extract_tokens(doc, blocks, &BodyTokens::of(blocks))
}

/// `extract` with the body already tokenised: its tokens are the words of
/// `words`, with their offsets in the sentence.
pub(crate) fn extract_tokens(doc: &Document, blocks: &[Block], body: &BodyTokens) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut ws: Vec<Word> = Vec::new();
    let mut si = 0;
    for b in blocks {
        for r in &b.sentences {
            let tokens = body.sentence(si);
            si += 1;
            let Some(sentence) = b.text.get(r.clone()) else {
                continue;
            };
            if !may_hold_figure(sentence) {
                continue;
            }
            ws.clear();
            ws.extend(tokens.iter().map(|t| Word {
                text: t.text,
                start: t.start,
                end: t.start + t.text.len(),
            }));
            let s = Sentence {
                text: sentence,
                words: &ws,
                block_start: r.start == 0,
            };
            let mut i = 0;
            while i < ws.len() {
                if !s.may_start_figure(i) {
                    i += 1;
                    continue;
                }
                match s.figure_at(i) {
                    Some(found) => {
                        let at = ws[found.start].start;
                        for f in found.figures {
                            out.push(Figure {
                                text: sentence[f.span.0..f.span.1].to_string(),
                                value: f.value,
                                unit: f.unit,
                                noun: f.noun,
                                line: doc.line_of(b.start + r.start + at),
                                start: b.start + r.start + f.span.0,
                                sentence: sentence.to_string(),
                            });
                        }
                        i = found.end.max(i + 1);
                    }
                    None => i += 1,
                }
            }
        }
    }
    out
}

/// Whether a sentence may hold a figure: it has a digit, or a run of ASCII
/// letters that is a number word, a denominator or a multiplier (every
/// figure starts at a digit or at such a word, or at "a" before one).
fn may_hold_figure(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    // A digit anywhere, tested without stopping early: a loop SSE2 runs
    // sixteen bytes at a time.
    if b.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
        return true;
    }
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_alphabetic() {
            run += 1;
            continue;
        }
        if c.is_ascii_digit() || number_word(&b[i - run..i]) {
            return true;
        }
        run = 0;
    }
    number_word(&b[b.len() - run..])
}

/// A number word as a run of letters (any case, a plural `s` allowed).
fn number_word(run: &[u8]) -> bool {
    // The lengths and first letters of the words `small_number`, `denominator`
    // and `counted_after_a` take, a plural `s` included.
    let first = run.first().map_or(0, u8::to_ascii_lowercase);
    if !(3..=10).contains(&run.len()) || !b"bdefhmnoqstz".contains(&first) {
        return false;
    }
    let mut buf = [0u8; 10];
    let Some(lower) = lowercase_into(run, &mut buf) else {
        return false;
    };
    // ASCII letters, so always UTF-8.
    let Ok(lower) = std::str::from_utf8(lower) else {
        return false;
    };
    let w = lower.strip_suffix('s').unwrap_or(lower);
    small_number(w).is_some() || denominator(w).is_some() || counted_after_a(w)
}

/// The words "a" or "an" make a number of: "a hundred", "a dozen".
fn counted_after_a(w: &str) -> bool {
    matches!(
        w,
        "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen"
    )
}

#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

struct Sentence<'a> {
    text: &'a str,
    words: &'a [Word<'a>],
    /// The sentence opens its block (so a leading `1.` may be an enumerator).
    block_start: bool,
}

/// Figures found at one position, and the words they took.
struct Found {
    start: usize,
    end: usize,
    figures: Vec<Partial>,
}

struct Partial {
    span: (usize, usize),
    value: Value,
    unit: String,
    noun: Option<String>,
}

/// A number as read from one or more words, before its unit.
#[derive(Debug, Clone, Default)]
struct Quantity {
    value: f64,
    /// Upper end of a range written in one word (`3-5%`, `2004-05`).
    high: Option<f64>,
    currency: Option<&'static str>,
    percent: bool,
    multiplied: bool,
    /// A unit glued on with a hyphen: `10-year`.
    glued_unit: Option<&'static str>,
    /// Written in words (`nine`), not digits.
    spelled: bool,
    /// Digits only, no comma, decimal point or sign: a candidate year.
    plain_integer: bool,
    /// First word after the quantity.
    end: usize,
    /// Written `2.5m`: millions, or metres before "high", "long"...
    metres_maybe: bool,
}

impl Quantity {
    fn bare(&self) -> bool {
        self.currency.is_none() && !self.percent && self.glued_unit.is_none()
    }
}

/// A word ASCII-lowercased (as `str::to_ascii_lowercase`): the word itself
/// when it has no ASCII capital (most words), else on the stack when short,
/// as almost every word is: no allocation per word looked up, and no copy
/// to check again as UTF-8 for a word already in lowercase.
enum Lower<'a> {
    Same(&'a str),
    Short([u8; 24], usize),
    Long(String),
}

impl<'a> Lower<'a> {
    fn of(w: &'a str) -> Lower<'a> {
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lower::Same(w);
        }
        let mut buf = [0u8; 24];
        if lowercase_into(w.as_bytes(), &mut buf).is_some() {
            Lower::Short(buf, w.len())
        } else {
            Lower::Long(w.to_ascii_lowercase())
        }
    }
}

/// `w` ASCII-lowercased into the start of `buf`, if it fits.
fn lowercase_into<'b>(w: &[u8], buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let lower = buf.get_mut(..w.len())?;
    // One pass, byte by byte: a copy of a few bytes would call memcpy.
    for (l, &c) in lower.iter_mut().zip(w) {
        *l = c.to_ascii_lowercase();
    }
    Some(lower)
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            // Lowercasing ASCII bytes keeps UTF-8 valid, so this never falls back.
            Lower::Short(b, n) => std::str::from_utf8(&b[..*n]).unwrap_or_default(),
            Lower::Same(s) => s,
            Lower::Long(s) => s,
        }
    }
}

impl<'a> Sentence<'a> {
    fn word(&self, i: usize) -> Option<&'a str> {
        self.words.get(i).map(|w| w.text)
    }

    fn is(&self, i: usize, options: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| options.iter().any(|o| w.eq_ignore_ascii_case(o)))
    }

    /// The text between word `i - 1` and word `i`.
    fn gap_before(&self, i: usize) -> &'a str {
        match (
            i.checked_sub(1).and_then(|k| self.words.get(k)),
            self.words.get(i),
        ) {
            (Some(a), Some(b)) => &self.text[a.end..b.start],
            _ => "",
        }
    }

    /// Words `i - 1` and `i` are separated by white space only.
    fn joined(&self, i: usize) -> bool {
        i > 0 && i < self.words.len() && self.gap_before(i).chars().all(char::is_whitespace)
    }

    fn span(&self, from: usize, to: usize) -> (usize, usize) {
        (self.words[from].start, self.words[to - 1].end)
    }

    /// Cheap test before [`Sentence::figure_at`]: a figure starts at a word
    /// with a digit, at a number word ("seven", "twenty-seven", "two-thirds",
    /// "half"), or at "a"/"an".
    fn may_start_figure(&self, i: usize) -> bool {
        let w = self.words[i].text.as_bytes();
        if w.iter().any(u8::is_ascii_digit) {
            return true;
        }
        let head = w.split(|&b| b == b'-').next().unwrap_or(w);
        let mut buf = [0u8; 10];
        let Some(lower) = lowercase_into(head, &mut buf) else {
            return false;
        };
        let whole = head.len() == w.len();
        whole && matches!(lower, b"a" | b"an" | b"half") || small_number_bytes(lower).is_some()
    }

    fn figure_at(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.fraction_at(i) {
            return Some(f);
        }
        if let Some(q) = quarter(self.words[i].text) {
            return Some(Found {
                start: i,
                end: i + 1,
                figures: vec![Partial {
                    span: self.span(i, i + 1),
                    value: Value::Number(q.1),
                    unit: q.0.to_string(),
                    noun: None,
                }],
            });
        }
        let mut q = self.quantity_at(i)?;
        if self.excluded(i, &q) {
            return None;
        }
        let mut end = q.end;
        // A range: "three to five years", "between 5 and 6", "5–6%".
        let between = i > 0 && self.is(i - 1, &["between"]);
        let from = i > 0 && self.is(i - 1, &["from"]);
        // "rose 0.25% to 5.5%" and "fell $2.86 to $41.32" are moves, not ranges:
        // only a bare first number shares the second's unit ("three to five years").
        let joiner = self.is(end, &["to", "or"]) && self.joined(end) && q.bare()
            || between && self.is(end, &["and"])
            || (self.gap_before(end).trim() == "–" || self.gap_before(end).trim() == "-")
                && q.bare();
        let mut figures = Vec::new();
        if q.high.is_none() && joiner && (between || !from) {
            let next = if self.gap_before(end).trim().is_empty() {
                end + 1
            } else {
                end
            };
            if let Some(q2) = self.quantity_at(next).filter(|q2| {
                (q.bare() || same_unit(&q, q2)) && q2.spelled == q.spelled
                    || (q.bare() && q2.bare() && q.plain_integer && q2.plain_integer)
            }) {
                if q.bare() {
                    q.currency = q2.currency;
                    q.percent = q2.percent;
                    q.glued_unit = q2.glued_unit;
                    if q2.multiplied && !q.multiplied && q.value < q2.value {
                        q.value *= q2.value / q2.base();
                    }
                }
                q.high = Some(q2.value);
                q.plain_integer &= q2.plain_integer;
                end = q2.end;
            }
        } else if from && joiner && q.bare() {
            // "from three to five percent": two figures sharing the unit.
            if let Some(q2) = self
                .quantity_at(end + 1)
                .filter(|q2| q2.spelled == q.spelled)
            {
                let (unit, noun, unit_end) = self.unit_after(&q2, q2.end);
                let mut first = q.clone();
                first.currency = q2.currency;
                first.percent = q2.percent;
                figures.push(Partial {
                    span: self.span(i, end),
                    value: Value::Number(first.value),
                    unit: unit.clone(),
                    noun: noun.clone(),
                });
                figures.push(Partial {
                    span: self.span(end + 1, unit_end),
                    value: Value::Number(q2.value),
                    unit,
                    noun,
                });
                return Some(Found {
                    start: i,
                    end: unit_end,
                    figures,
                });
            }
        }
        // "2.5m high": metres, not millions.
        if q.metres_maybe
            && self.joined(end)
            && self.is(end, &["high", "long", "wide", "tall", "deep"])
        {
            q.value /= 1e6;
            q.glued_unit = Some("metres");
        }
        let (unit, noun, unit_end) = self.unit_after(&q, end);
        if unit == "count" && q.spelled && q.value == 1.0 && q.high.is_none() {
            return None; // "one" counting nothing in particular
        }
        if unit == "count" && noun.is_none() && q.spelled && q.high.is_none() {
            return None; // "the other two", "both": a spelled number with no noun
        }
        let value = match q.high {
            Some(h) => Value::Range(q.value, h),
            None => Value::Number(q.value),
        };
        figures.push(Partial {
            span: self.span(i, unit_end),
            value,
            unit,
            noun,
        });
        Some(Found {
            start: i,
            end: unit_end,
            figures,
        })
    }

    /// Numbers that are names, labels, days or enumerators.
    fn excluded(&self, i: usize, q: &Quantity) -> bool {
        let w = self.words[i].text;
        let first_word = i == 0;
        // A capitalised number word inside a sentence: a title or name ("The Seven Habits").
        if q.spelled && !first_word && w.starts_with(char::is_uppercase) {
            return true;
        }
        // "1." opening a paragraph: an enumerator.
        if first_word && self.block_start && q.plain_integer && q.value < 100.0 {
            let after = &self.text[self.words[0].end..];
            if after.starts_with(['.', ')']) {
                return true;
            }
        }
        if i > 0 {
            let prev = self.words[i - 1].text;
            let gap = self.gap_before(i);
            if self.is(i - 1, &["no", "number", "nos", "#"]) && q.bare() {
                return true;
            }
            // "Windows 7", "Fortune 500": a plain number after a capitalised name.
            let named = prev.starts_with(char::is_uppercase)
                && i - 1 > 0
                && !prev.ends_with("'s")
                && !prev.ends_with("’s")
                && !is_month(prev)
                && currency_code(prev).is_none()
                && gap.chars().all(char::is_whitespace);
            if named && q.bare() && !q.multiplied && !q.spelled {
                return true;
            }
            // "March 5": a day.
            if is_month(prev) && q.plain_integer && q.value <= 31.0 && q.bare() {
                return true;
            }
        }
        // "1405 GMT": a clock time.
        if q.bare()
            && self.is(
                q.end,
                &[
                    "GMT",
                    "BST",
                    "UTC",
                    "ET",
                    "EST",
                    "EDT",
                    "PST",
                    "CET",
                    "o'clock",
                    "o’clock",
                    "am",
                    "pm",
                    "a.m",
                    "p.m",
                ],
            )
        {
            return true;
        }
        // "passed 8-1": a score or vote, not a range.
        if let Some(h) = q.high {
            if h < q.value {
                return true;
            }
        }
        // "5 March": a day.
        if q.plain_integer && q.value <= 31.0 && q.bare() && self.word(q.end).is_some_and(is_month)
        {
            return true;
        }
        false
    }

    /// A number at word `i`, in digits or in words, with its multiplier.
    fn quantity_at(&self, i: usize) -> Option<Quantity> {
        let w = self.words.get(i)?.text;
        let mut q = if w.bytes().any(|b| b.is_ascii_digit()) {
            let mut q = numeric(w)?;
            q.end = i + 1;
            q
        } else {
            self.spelled_at(i)?
        };
        // A currency named before: "Australian dollar 29.4bn".
        if i > 0 && q.currency.is_none() && self.joined(i) {
            let prev = Lower::of(self.words[i - 1].text);
            let national = (i > 1 && self.joined(i - 1))
                .then(|| national_currency(&Lower::of(self.words[i - 2].text), &prev))
                .flatten();
            q.currency = national.or_else(|| currency_word(&prev).filter(|_| !q.spelled));
        }
        // Currency code before: "USD 5m".
        if i > 0 && q.currency.is_none() {
            if let Some(c) = currency_code(self.words[i - 1].text) {
                if self.joined(i)
                    && self.words[i - 1]
                        .text
                        .chars()
                        .all(|c| c.is_ascii_uppercase())
                {
                    q.currency = Some(c);
                }
            }
        }
        // "1.5 million", "37.5 billion", "two hundred".
        if !q.multiplied && !q.percent && self.joined(q.end) {
            if let Some(m) = self.word(q.end).and_then(scale) {
                q.value *= m;
                q.multiplied = true;
                q.plain_integer = false;
                q.end += 1;
            }
        }
        Some(q)
    }

    /// A number written in words: "nine", "Twenty-seven", "two hundred and fifty", "a million".
    fn spelled_at(&self, i: usize) -> Option<Quantity> {
        let (mut total, mut current) = (0.0, 0.0);
        let mut j = i;
        let mut any = false;
        let mut last_small = false;
        while j < self.words.len() {
            if j > i && !self.joined(j) {
                break;
            }
            let w = self.words[j].text;
            let lower = Lower::of(w);
            let lower = &*lower;
            if !any && (lower == "a" || lower == "an") {
                match self.word(j + 1).map(Lower::of).as_deref() {
                    Some(next) if counted_after_a(next) => {
                        current = 1.0;
                        any = true;
                        last_small = true;
                        j += 1;
                        continue;
                    }
                    _ => return None,
                }
            }
            if let Some(v) = small_number(lower) {
                if last_small && !(current % 100.0 >= 20.0 && current % 10.0 == 0.0 && v < 10.0) {
                    break; // "five six" is two numbers
                }
                current += v;
                any = true;
                last_small = true;
            } else if any && lower == "hundred" {
                current = current.max(1.0) * 100.0;
                last_small = false;
            } else if any && lower == "dozen" {
                current = current.max(1.0) * 12.0;
                last_small = false;
            } else if any && scale(lower).is_some() {
                total += current.max(1.0) * scale(lower).unwrap_or(1.0);
                current = 0.0;
                last_small = false;
            } else if any
                && lower == "and"
                && !last_small
                && self
                    .word(j + 1)
                    .is_some_and(|n| small_number(&Lower::of(n)).is_some())
            {
                // "two hundred and fifty"
            } else {
                break;
            }
            j += 1;
        }
        if !any {
            return None;
        }
        Some(Quantity {
            value: total + current,
            spelled: true,
            multiplied: total > 0.0,
            end: j,
            ..Quantity::default()
        })
    }

    /// "half of", "half the", "a third of", "two-thirds of", "one in five".
    fn fraction_at(&self, i: usize) -> Option<Found> {
        let w = Lower::of(self.words[i].text);
        let w = &*w;
        let of_follows = |k: usize| self.is(k, &["of"]) && self.joined(k);
        let (value, end) = if w == "half" {
            let det = [
                "of", "the", "its", "their", "his", "her", "our", "all", "them",
            ];
            let article = i > 0 && self.is(i - 1, &["a", "the", "first", "second"]);
            if article || !(self.is(i + 1, &det) && self.joined(i + 1)) {
                return None;
            }
            (0.5, i + 1)
        } else if let Some((n, d)) = w
            .split_once('-')
            .and_then(|(a, b)| Some((small_number(a)?, denominator(b)?)))
        {
            if !of_follows(i + 1) {
                return None;
            }
            (n / d, i + 1)
        } else if let Some(n) = small_number(w)
            .or((w == "a").then_some(1.0))
            .or_else(|| small_digits(w).filter(|_| self.is(i + 1, &["in", "out"])))
        {
            if let Some(d) = self.word(i + 1).and_then(|d| denominator(&Lower::of(d))) {
                if !(self.joined(i + 1) && of_follows(i + 2)) {
                    return None;
                }
                (n / d, i + 2)
            } else if self.is(i + 1, &["in", "out"]) && w != "a" {
                // "one in five", "three out of four"
                let k = if self.is(i + 1, &["out"]) && self.is(i + 2, &["of"]) {
                    i + 3
                } else {
                    i + 2
                };
                let d = self
                    .word(k)
                    .and_then(|d| small_number(&Lower::of(d)).or_else(|| d.parse::<f64>().ok()))?;
                if d <= n || !self.joined(k) {
                    return None;
                }
                (n / d, k + 1)
            } else {
                return None;
            }
        } else {
            return None;
        };
        if self.words[i].text.starts_with(char::is_uppercase) && i > 0 {
            return None;
        }
        let (noun, noun_end) = self.of_phrase(end);
        Some(Found {
            start: i,
            end: noun_end,
            figures: vec![Partial {
                span: self.span(i, noun_end),
                value: Value::Number((value * 1e4).round() / 1e4),
                unit: "fraction".to_string(),
                noun,
            }],
        })
    }

    /// The unit after a quantity ending at `end`, its counted noun, and the first word after.
    fn unit_after(&self, q: &Quantity, end: usize) -> (String, Option<String>, usize) {
        let joined = self.joined(end);
        let next = if joined {
            self.word(end).map(Lower::of)
        } else {
            None
        };
        let next = next.as_deref();
        let next2 = self.word(end + 1).map(Lower::of);
        if q.percent
            || matches!(next, Some("percent" | "pc"))
            || next == Some("per") && next2.as_deref() == Some("cent")
        {
            let mut k = if q.percent {
                end
            } else if next == Some("per") {
                end + 2
            } else {
                end + 1
            };
            let mut unit = "percent";
            if self.is(k, &["point", "points"]) && self.joined(k) {
                unit = "percentage points";
                k += 1;
            }
            let (noun, k) = self.of_phrase(k);
            return (unit.to_string(), noun, k);
        }
        if matches!(next, Some("percentage"))
            && matches!(next2.as_deref(), Some("point" | "points"))
        {
            return ("percentage points".to_string(), None, end + 2);
        }
        if matches!(next, Some("basis")) && matches!(next2.as_deref(), Some("point" | "points")) {
            return ("basis points".to_string(), None, end + 2);
        }
        if let Some(c) = q.currency {
            // "$5bn worth", "£600m" — a currency unit; a code after is redundant.
            let k = if next.and_then(currency_word).is_some() {
                end + 1
            } else {
                end
            };
            return (c.to_string(), None, k);
        }
        if let Some(c) = next.and_then(currency_word) {
            return (c.to_string(), None, end + 1);
        }
        if let Some(c) = next
            .zip(next2.as_deref())
            .and_then(|(a, b)| national_currency(a, b))
        {
            if self.joined(end + 1) {
                return (c.to_string(), None, end + 2);
            }
        }
        if let Some(u) = next.and_then(measure) {
            return (u.to_string(), None, end + 1);
        }
        if let Some(u) = q.glued_unit {
            return (u.to_string(), None, end);
        }
        if let Some(u) = next.and_then(time_unit) {
            return (u.to_string(), None, end + 1);
        }
        if matches!(next, Some("times")) {
            return ("times".to_string(), None, end + 1);
        }
        if q.plain_integer && (1800.0..2100.0).contains(&q.value) && q.end == end {
            let after_year_word = end - 1 > 0 && {
                let p = end - 2;
                self.is(p, YEAR_CONTEXT)
                    || self.is(p, DETERMINERS)
                    || self
                        .word(p)
                        .is_some_and(|w| is_month(w) || w.ends_with("'s") || w.ends_with("’s"))
            };
            let (noun, k) = self.noun_phrase(end);
            let period_noun = self
                .word(end)
                .is_some_and(|w| PERIOD_NOUNS.iter().any(|p| w.eq_ignore_ascii_case(p)));
            if noun.is_none() || after_year_word || period_noun {
                return ("year".to_string(), None, end);
            }
            return ("count".to_string(), noun, k);
        }
        if q.plain_integer && q.high.is_some() && q.value >= 1800.0 && q.value < 2100.0 {
            return ("year".to_string(), None, end);
        }
        let (noun, k) = self.noun_phrase(end);
        ("count".to_string(), noun, k)
    }

    /// "of CMOs", "of the staff": the counted noun of a percentage or fraction.
    fn of_phrase(&self, k: usize) -> (Option<String>, usize) {
        if !(self.is(k, &["of"]) && self.joined(k)) {
            return (None, k);
        }
        let mut j = k + 1;
        while self.is(j, DETERMINERS) && self.joined(j) {
            j += 1;
        }
        if j > k + 1 && !self.joined(j) {
            return (None, k);
        }
        if self
            .word(j)
            .is_some_and(|w| w.bytes().any(|b| b.is_ascii_digit()))
        {
            return (None, k);
        }
        match self.noun_phrase(j) {
            (Some(noun), end) => (Some(noun), end),
            _ => (None, k),
        }
    }

    /// A plural-looking word used as a modifier: a collective noun ("data",
    /// "staff") before a plural of its own ("two data centres").
    fn modifies_next(&self, lower: &str, j: usize, k: usize) -> bool {
        !lower.ends_with('s')
            && j < k + 3
            && self.joined(j)
            && self.words.get(j).is_some_and(|w| {
                w.text.len() > 3
                    && w.text.bytes().all(|b| b.is_ascii_lowercase())
                    && is_plural(w.text)
            })
    }

    /// Up to three content words after `k`, ending at the first plural.
    fn noun_phrase(&self, k: usize) -> (Option<String>, usize) {
        let mut j = k;
        while j < self.words.len() && j < k + 3 && self.joined(j) {
            let w = self.words[j].text;
            let lower = Lower::of(w);
            let lower = &*lower;
            let content = w
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '&'))
                && STOP_SORTED.binary_search(&lower).is_err()
                && small_number(lower).is_none()
                && scale(lower).is_none()
                && !is_month(w)
                && !lower.ends_with("ly")
                && !(lower.ends_with("ed") && j > k);
            if !content || (lower.ends_with("ed") && j == k && !lower.ends_with("eed")) {
                break;
            }
            j += 1;
            if is_plural(lower) && !self.modifies_next(lower, j, k) {
                break;
            }
        }
        if j == k
            || self.words[j - 1].text.ends_with("'s")
            || self.words[j - 1].text.ends_with("’s")
        {
            return (None, k); // "a third of the company's [shares]": the noun is not there
        }
        let (a, b) = self.span(k, j);
        (Some(self.text[a..b].to_string()), j)
    }
}

impl Quantity {
    /// The value before a multiplier: 37.5 for "$37.5 billion".
    fn base(&self) -> f64 {
        let mut v = self.value;
        while v >= 1000.0 && (v / 1000.0).fract() == 0.0 {
            v /= 1000.0;
        }
        v
    }
}

fn same_unit(a: &Quantity, b: &Quantity) -> bool {
    a.currency == b.currency && a.percent == b.percent && a.glued_unit == b.glued_unit
}

const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "to", "of", "during", "before", "after",
    "between", "and", "early", "late", "mid", "fiscal", "year", "the", "for", "through", "than",
];

/// Nouns that a year qualifies ("2003 results"): the year is not a count of them.
const PERIOD_NOUNS: &[&str] = &[
    "results",
    "figures",
    "performance",
    "earnings",
    "profits",
    "profit",
    "sales",
    "accounts",
    "levels",
    "forecasts",
    "forecast",
    "numbers",
    "prices",
    "rates",
    "budget",
    "election",
    "elections",
    "season",
    "report",
    "survey",
    "study",
    "data",
    "deal",
    "plan",
    "target",
    "targets",
    "census",
    "olympics",
    "games",
    "edition",
    "model",
    "models",
    "version",
];

const DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "our", "your", "my", "all", "these", "those", "this",
    "that",
];

/// [`STOP_WORDS`] sorted, for a binary search.
static STOP_SORTED: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let mut v = STOP_WORDS.to_vec();
    v.sort_unstable();
    v
});

/// Function words, pronouns, auxiliaries and adverbs that end a counted noun phrase.
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "without",
    "as",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "this",
    "these",
    "those",
    "it",
    "its",
    "they",
    "them",
    "their",
    "he",
    "she",
    "his",
    "her",
    "we",
    "our",
    "you",
    "your",
    "i",
    "my",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "said",
    "says",
    "say",
    "more",
    "less",
    "fewer",
    "most",
    "least",
    "about",
    "around",
    "over",
    "under",
    "up",
    "down",
    "out",
    "off",
    "into",
    "onto",
    "after",
    "before",
    "since",
    "until",
    "ago",
    "later",
    "earlier",
    "each",
    "per",
    "a-year",
    "last",
    "next",
    "this",
    "other",
    "others",
    "same",
    "such",
    "so",
    "if",
    "when",
    "while",
    "where",
    "why",
    "how",
    "not",
    "no",
    "also",
    "only",
    "just",
    "even",
    "still",
    "yet",
    "all",
    "both",
    "either",
    "neither",
    "some",
    "any",
    "many",
    "much",
    "few",
    "several",
    "own",
    "there",
    "here",
    "then",
    "now",
    "percent",
    "cent",
    "times",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "decade",
    "decades",
    "against",
    "among",
    "between",
    "through",
    "during",
    "within",
    "across",
    "behind",
    "via",
    "including",
    "compared",
    "versus",
    "vs",
    "again",
    "too",
    "very",
    "get",
    "got",
    "make",
    "made",
    "take",
    "took",
    "go",
    "went",
    "come",
    "came",
    "see",
    "saw",
    "rose",
    "fell",
    "grew",
    "rise",
    "fall",
    "grow",
    "jumped",
    "climbed",
    "dropped",
    "slipped",
    "gained",
    "lost",
    "cut",
    "hit",
    "reach",
    "reached",
    "each",
    "every",
    "whereas",
    "although",
    "though",
    "because",
];

fn is_plural(w: &str) -> bool {
    (w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.len() > 2)
        || matches!(
            w,
            "people"
                | "staff"
                | "children"
                | "men"
                | "women"
                | "police"
                | "cattle"
                | "personnel"
                | "workforce"
                | "data"
        )
}

fn is_month(w: &str) -> bool {
    const MONTHS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
    // Capitalised only: "may" and "march" are also ordinary words.
    w.starts_with(char::is_uppercase) && MONTHS.iter().any(|m| w.eq_ignore_ascii_case(m))
}

/// zero..nineteen, the tens, and hyphenated "twenty-seven".
/// A count in digits up to 100, as in "1 in 3".
fn small_digits(w: &str) -> Option<f64> {
    (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse::<f64>().ok())
        .flatten()
        .filter(|&n| (1.0..=100.0).contains(&n))
}

fn small_number(w: &str) -> Option<f64> {
    small_number_bytes(w.as_bytes())
}

fn small_number_bytes(w: &[u8]) -> Option<f64> {
    fn ones(w: &[u8]) -> Option<u8> {
        Some(match w {
            b"zero" => 0,
            b"one" => 1,
            b"two" => 2,
            b"three" => 3,
            b"four" => 4,
            b"five" => 5,
            b"six" => 6,
            b"seven" => 7,
            b"eight" => 8,
            b"nine" => 9,
            b"ten" => 10,
            b"eleven" => 11,
            b"twelve" => 12,
            b"thirteen" => 13,
            b"fourteen" => 14,
            b"fifteen" => 15,
            b"sixteen" => 16,
            b"seventeen" => 17,
            b"eighteen" => 18,
            b"nineteen" => 19,
            _ => return None,
        })
    }
    fn tens(w: &[u8]) -> Option<u8> {
        Some(match w {
            b"twenty" => 20,
            b"thirty" => 30,
            b"forty" => 40,
            b"fifty" => 50,
            b"sixty" => 60,
            b"seventy" => 70,
            b"eighty" => 80,
            b"ninety" => 90,
            _ => return None,
        })
    }
    if let Some(v) = ones(w).or_else(|| tens(w)) {
        return Some(f64::from(v));
    }
    let k = w.iter().position(|&b| b == b'-')?;
    let t = tens(&w[..k])?;
    let o = ones(&w[k + 1..]).filter(|o| (1..=9).contains(o))?;
    Some(f64::from(t + o))
}

/// "third", "quarters", "fifth" ... "tenths" as denominators.
fn denominator(w: &str) -> Option<f64> {
    let w = w.strip_suffix('s').unwrap_or(w);
    Some(match w {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        _ => return None,
    })
}

/// Multiplier words: "million", "bn".
fn scale(w: &str) -> Option<f64> {
    const SCALES: [(&str, f64); 9] = [
        ("thousand", 1e3),
        ("million", 1e6),
        ("mn", 1e6),
        ("mln", 1e6),
        ("billion", 1e9),
        ("bn", 1e9),
        ("trillion", 1e12),
        ("tn", 1e12),
        ("trn", 1e12),
    ];
    SCALES
        .iter()
        .find(|(s, _)| w.eq_ignore_ascii_case(s))
        .map(|&(_, m)| m)
}

fn currency_code(w: &str) -> Option<&'static str> {
    const CODES: &[&str] = &[
        "USD", "GBP", "EUR", "JPY", "CNY", "CHF", "AUD", "CAD", "INR", "HKD", "SGD", "RUB", "NZD",
        "BRL", "SEK", "NOK", "DKK", "KRW", "ZAR", "MXN",
    ];
    CODES.iter().find(|c| **c == w).copied()
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" => "USD",
        "pound" | "pounds" | "sterling" => "GBP",
        "euro" | "euros" => "EUR",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rupee" | "rupees" => "INR",
        "riyal" | "riyals" => "SAR",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "usd" | "gbp" | "eur" | "jpy" | "cny" | "chf" | "aud" | "cad" | "inr" => {
            return currency_code(&w.to_ascii_uppercase())
        }
        _ => return None,
    })
}

/// "Australian dollars", "Swiss francs".
fn national_currency(a: &str, b: &str) -> Option<&'static str> {
    Some(match (a, b) {
        ("us", "dollar" | "dollars") => "USD",
        ("australian", "dollar" | "dollars") => "AUD",
        ("canadian", "dollar" | "dollars") => "CAD",
        ("hong", "kong") => "HKD",
        ("singapore", "dollar" | "dollars") => "SGD",
        ("swiss", "franc" | "francs") => "CHF",
        _ => return None,
    })
}

/// Units of measure, by their usual written forms.
fn measure(w: &str) -> Option<&'static str> {
    Some(match w {
        "inch" | "inches" => "inches",
        "mm" => "mm",
        "cm" => "cm",
        "km" | "kilometres" | "kilometers" => "km",
        "metre" | "metres" | "meter" | "meters" => "metres",
        "mile" | "miles" => "miles",
        "kg" | "kilogram" | "kilograms" | "kilos" => "kg",
        "tonne" | "tonnes" | "ton" | "tons" => "tonnes",
        "gb" | "gigabyte" | "gigabytes" => "GB",
        "mb" | "megabyte" | "megabytes" => "MB",
        "tb" | "terabyte" | "terabytes" => "TB",
        "mbps" => "Mbps",
        "ghz" => "GHz",
        "mhz" => "MHz",
        "megapixel" | "megapixels" => "megapixels",
        "pence" | "p" => "GBX",
        "cents" => "cents",
        _ => return None,
    })
}

/// A unit written onto its number: "812p", "2TB", "5MW", "40C" (a capital C
/// or F alone is a temperature; "4G" and "3D" are names, not units).
fn glued_measure(rest: &str) -> Option<&'static str> {
    match rest {
        "C" | "°C" => Some("°C"),
        "F" | "°F" => Some("°F"),
        "MW" => Some("MW"),
        "GW" => Some("GW"),
        "kW" | "KW" => Some("kW"),
        _ => {
            // Abbreviations only: "5miles" is a typo, not a figure's style.
            let lower = Lower::of(rest);
            let short = matches!(
                &*lower,
                "p" | "gb" | "mb" | "tb" | "mm" | "cm" | "km" | "kg" | "mbps" | "ghz" | "mhz"
            );
            short.then(|| measure(&lower)).flatten()
        }
    }
}

fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "year" | "years" => "years",
        "month" | "months" => "months",
        "week" | "weeks" => "weeks",
        "day" | "days" => "days",
        "hour" | "hours" | "hr" | "hrs" => "hours",
        "minute" | "minutes" | "min" | "mins" => "minutes",
        "quarter" | "quarters" => "quarters",
        "second" | "seconds" => "seconds",
        "decade" | "decades" => "decades",
        "century" | "centuries" => "centuries",
        _ => return None,
    })
}

/// `Q4` and `H1`: a quarter or half of a (financial) year.
fn quarter(w: &str) -> Option<(&'static str, f64)> {
    let b = w.as_bytes();
    if b.len() != 2 {
        return None;
    }
    let n = f64::from(b[1].checked_sub(b'0')?);
    match b[0] {
        b'Q' if (1.0..=4.0).contains(&n) => Some(("quarter", n)),
        b'H' if (1.0..=2.0).contains(&n) => Some(("half-year", n)),
        _ => None,
    }
}

/// A number written in digits as one word: `$37.5`, `£600m`, `76%`,
/// `1,500`, `3-5%`, `2004-05`, `10-year`, `$1.13bn`, `US$5`.
fn numeric(w: &str) -> Option<Quantity> {
    let mut q = Quantity::default();
    let mut rest = w;
    for (prefix, code) in [
        ("US$", "USD"),
        ("A$", "AUD"),
        ("C$", "CAD"),
        ("HK$", "HKD"),
        ("S$", "SGD"),
        ("NZ$", "NZD"),
        ("R$", "BRL"),
        ("$", "USD"),
        ("£", "GBP"),
        ("€", "EUR"),
        ("¥", "JPY"),
        ("₹", "INR"),
    ] {
        if let Some(r) = rest.strip_prefix(prefix) {
            q.currency = Some(code);
            rest = r;
            break;
        }
    }
    let (value, plain, r) = digits(rest)?;
    q.value = value;
    q.plain_integer = plain && q.currency.is_none();
    rest = r;
    let multiplier = |s: &str| -> Option<(f64, usize)> {
        for (suffix, m) in [
            ("bn", 1e9),
            ("tn", 1e12),
            ("trn", 1e12),
            ("mn", 1e6),
            ("m", 1e6),
            ("k", 1e3),
            ("b", 1e9),
        ] {
            if s.starts_with(suffix) {
                return Some((m, suffix.len()));
            }
        }
        None
    };
    if let Some((m, len)) = multiplier(rest) {
        let after = &rest[len..];
        if after.is_empty() || after.starts_with(['-', '–']) {
            q.metres_maybe = len == 1 && m == 1e6 && q.currency.is_none();
            q.value *= m;
            q.multiplied = true;
            q.plain_integer = false;
            rest = after;
        }
    }
    if let Some(r) = rest.strip_prefix('%') {
        q.percent = true;
        q.plain_integer = false;
        rest = r;
    }
    // A range in one word: 3-5%, $5-6bn, 2004-05.
    if let Some(r) = rest.strip_prefix(['-', '–']) {
        let r2 = r.strip_prefix(['$', '£', '€']).unwrap_or(r);
        if r2.starts_with(|c: char| c.is_ascii_digit()) {
            let mut high = numeric(r2)?;
            if q.plain_integer
                && high.plain_integer
                && high.value < 100.0
                && q.value >= 1800.0
                && r2.len() <= 2
            {
                // 2004-05, 2000-1, 1999-00
                high.value += (q.value / 100.0).floor() * 100.0;
                if high.value < q.value {
                    high.value += 100.0;
                }
            }
            if high.multiplied && !q.multiplied {
                q.value *= high.value / high.base();
                q.multiplied = true;
            }
            q.percent |= high.percent;
            q.high = Some(high.value);
            q.plain_integer &= high.plain_integer;
            return Some(q);
        }
        // 10-year, 30-day, 10-fold
        let unit = if r.eq_ignore_ascii_case("fold") {
            "times"
        } else {
            time_unit(&Lower::of(r))?
        };
        q.glued_unit = Some(unit);
        q.plain_integer = false;
        return Some(q);
    }
    if rest.is_empty() {
        Some(q)
    } else if rest == "x" {
        q.glued_unit = Some("times");
        q.plain_integer = false;
        Some(q)
    } else if let Some(unit) = glued_measure(rest).filter(|_| q.currency.is_none() && !q.percent) {
        // 812p, 2TB, 5MW, 40C
        q.glued_unit = Some(unit);
        q.plain_integer = false;
        Some(q)
    } else {
        None // ordinals, decades, times, codes: 21st, 1990s, 9am, MP3
    }
}

/// Leading digits with thousands commas and a decimal part: value, whether
/// plain (digits only), and the rest of the word.
fn digits(s: &str) -> Option<(f64, bool, &str)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut plain = true;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i == 0 {
        return None;
    }
    // Thousands groups: ,ddd
    while i + 3 < b.len() + 1
        && b[i..].first() == Some(&b',')
        && b.len() >= i + 4
        && b[i + 1..i + 4].iter().all(u8::is_ascii_digit)
        && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
    {
        i += 4;
        plain = false;
    }
    if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        plain = false;
        if b.get(i) == Some(&b'.') {
            return None; // 1.2.3: a version
        }
    }
    if matches!(b.get(i), Some(b':' | b'/' | b',' | b'.')) {
        return None; // 9:30, 24/7, 1,50
    }
    let text: String = s[..i].chars().filter(|&c| c != ',').collect();
    Some((text.parse().ok()?, plain, &s[i..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<Figure> {
        let doc = Document::new("t", text.to_string());
        let block = Block {
            kind: crate::model::BlockKind::Paragraph,
            line: 1,
            text: text.to_string(),
            start: 0,
            sentences: crate::sentences::split(text),
        };
        extract(&doc, &[block])
    }

    fn one(text: &str) -> (String, Value, String, Option<String>) {
        let f = figures(text);
        assert_eq!(f.len(), 1, "{text}: {f:#?}");
        let f = f.into_iter().next().unwrap();
        (f.text, f.value, f.unit, f.noun)
    }

    use Value::{Number as N, Range as R};

    #[test]
    fn money() {
        let (t, v, u, _) = one("Supervalu, a $37.5 billion chain of stores.");
        assert_eq!(
            (t.as_str(), v, u.as_str()),
            ("$37.5 billion", N(37.5e9), "USD")
        );
        let f = figures("Profits rose 76% to $1.13bn (£600m) in the quarter.");
        let got: Vec<(&str, Value, &str)> = f
            .iter()
            .map(|f| (f.text.as_str(), f.value, f.unit.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("76%", N(76.0), "percent"),
                ("$1.13bn", N(1.13e9), "USD"),
                ("£600m", N(600e6), "GBP")
            ]
        );
        assert_eq!(one("It earned £15.8m.").1, N(15.8e6));
        assert_eq!(one("It paid 600m euros.").2, "EUR");
        assert_eq!(one("It paid US$5 million.").1, N(5e6));
        assert_eq!(one("Prices of $5-6bn were named.").1, R(5e9, 6e9));
    }

    #[test]
    fn percentages() {
        let f = figures("Just nine percent of 596 CIOs surveyed said so.");
        assert_eq!(f.len(), 2);
        assert_eq!((f[0].text.as_str(), f[0].value), ("nine percent", N(9.0)));
        assert_eq!(
            (f[1].text.as_str(), f[1].unit.as_str(), f[1].noun.as_deref()),
            ("596 CIOs", "count", Some("CIOs"))
        );
        assert_eq!(one("Twenty-seven percent said yes.").1, N(27.0));
        assert_eq!(one("Growth was 2.7% last year.").1, N(2.7));
        assert_eq!(one("It fell 5 per cent.").2, "percent");
        let (t, _, u, _) = one("a drop of three percentage points from last year");
        assert_eq!(
            (t.as_str(), u.as_str()),
            ("three percentage points", "percentage points")
        );
        let (t, v, u, n) = one("only 8% of CMOs say so");
        assert_eq!(
            (t.as_str(), v, u.as_str(), n.as_deref()),
            ("8% of CMOs", N(8.0), "percent", Some("CMOs"))
        );
        assert_eq!(one("Rates rose 3-5% in May.").1, R(3.0, 5.0));
    }

    #[test]
    fn counts_ranges_and_years() {
        let (t, v, u, n) = one("They want to do it in three to five years.");
        assert_eq!(
            (t.as_str(), v, u.as_str(), n),
            ("three to five years", R(3.0, 5.0), "years", None)
        );
        // A collective noun before a plural modifies it; alone it is the noun.
        for (text, noun) in [
            ("It ran two data centres.", "data centres"),
            ("It hired 40 staff members.", "staff members"),
            ("It sent 300 police officers.", "police officers"),
            ("It holds 12 data sets in all.", "data sets"),
            ("It hired 40 staff in Leeds.", "staff"),
            ("It kept 20 data in all.", "data"),
        ] {
            assert_eq!(one(text).3.as_deref(), Some(noun), "{text}");
        }
        let (t, _, _, n) = one("It outlines seven leadership skills that CIOs need.");
        assert_eq!(
            (t.as_str(), n.as_deref()),
            ("seven leadership skills", Some("leadership skills"))
        );
        assert_eq!(one("It has 1.5 million customers.").1, N(1.5e6));
        assert_eq!(
            one("It has 1.5 million customers.").3.as_deref(),
            Some("customers")
        );
        let (_, v, u, _) = one("Sales in 2004 rose.");
        assert_eq!((v, u.as_str()), (N(2004.0), "year"));
        assert_eq!(one("In 2004 profits doubled.").2, "year");
        assert_eq!(one("The 2004-05 season was poor.").1, R(2004.0, 2005.0));
        assert_eq!(one("It hired 2000 people.").2, "count");
        assert_eq!(
            one("the slump we saw back in 2000-1,\" he said.").1,
            R(2000.0, 2001.0)
        );
        assert_eq!(one("They report 2004 results.").2, "year");
        assert_eq!(one("It was his 2005 best seller.").2, "year");
        assert!(figures("We met at three o'clock.").is_empty());
        assert_eq!(one("between 5 and 6 billion dollars").1, R(5e9, 6e9));
        assert_eq!(one("It signed a 10-year deal.").2, "years");
        assert_eq!(one("as many as 30 or 40 hours").1, R(30.0, 40.0));
        assert_eq!(one("Rates of 3–5% were seen.").1, R(3.0, 5.0));
        assert_eq!(one("It cost two hundred and fifty pounds.").1, N(250.0));
        assert_eq!(one("It hired a dozen engineers.").1, N(12.0));
        assert_eq!(
            figures("Rates rose 0.25% to 5.5% and oil fell $2.86 to $41.32.").len(),
            4
        );
        assert_eq!(one("a record Australian dollar 29.4bn.").2, "AUD");
        assert_eq!(one("It grew three times.").2, "times");
    }

    #[test]
    fn units_written_onto_the_number() {
        for (text, value, unit) in [
            ("Shares closed at 812p on Friday.", N(812.0), "GBX"),
            ("It was 40C in Delhi.", N(40.0), "°C"),
            ("The farm makes 5MW at most.", N(5.0), "MW"),
            ("It has a 2TB drive.", N(2.0), "TB"),
            ("Sales rose 10-fold in a year.", N(10.0), "times"),
        ] {
            let (_, v, u, _) = one(text);
            assert_eq!((v, u.as_str()), (value, unit), "{text}");
        }
        // Names, not units.
        assert!(figures("The 4G and 3D rollout came in 9am trading.").is_empty());
        let (t, v, u, _) = one("About 1 in 3 adults smoke.");
        assert_eq!(
            (t.as_str(), v, u.as_str()),
            ("1 in 3", N(0.3333), "fraction")
        );
    }

    #[test]
    fn fractions_and_quarters() {
        let (t, v, u, n) = one("a third of firms agree");
        assert_eq!(
            (t.as_str(), v, u.as_str(), n.as_deref()),
            ("a third of firms", N(0.3333), "fraction", Some("firms"))
        );
        let (_, v, _, n) = one("Half of the staff left.");
        assert_eq!((v, n.as_deref()), (N(0.5), Some("staff")));
        assert_eq!(one("one in five buyers").1, N(0.2));
        assert_eq!(one("two-thirds of voters").1, N(0.6667));
        assert_eq!(one("Profits in Q4 rose.").2, "quarter");
        assert!(figures("in the second half of the year").is_empty());
    }

    #[test]
    fn not_figures() {
        for t in [
            "Job #1 of any job is this.",
            "It is No. 1 in sales.",
            "One of them left.",
            "I would have added one skill to the list.",
            "After reading The Seven Leadership Skills I agreed.",
            "It runs Windows 7 now.",
            "It joined the Fortune 500 list, fought COVID-19 and shipped 1.2.3 of the app.",
            "We met on 5 March and on March 6.",
            "It opens at 9:30 and runs 24/7 on 4G with MP3s.",
            "In the 1990s it was the first and 21st.",
            "See www.example.com/2004/a or mail a2004@example.com.",
            "Hundreds of people and millions of dollars.",
        ] {
            assert!(figures(t).is_empty(), "{t}: {:#?}", figures(t));
        }
    }

    #[test]
    fn json_values() {
        assert_eq!(serde_json::to_string(&N(37.5e9)).unwrap(), "37500000000");
        assert_eq!(serde_json::to_string(&R(3.0, 5.0)).unwrap(), "[3,5]");
        assert_eq!(serde_json::to_string(&N(2.7)).unwrap(), "2.7");
    }
}
