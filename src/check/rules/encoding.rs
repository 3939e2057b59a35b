//! `encoding`: text that went through a wrong character-set conversion.
//!
//! Three signs: the file is not UTF-8 (the reader fell back to Windows-1252);
//! U+FFFD replacement characters (characters lost in an earlier conversion);
//! and mojibake, UTF-8 bytes read as Windows-1252 or Latin-1 (`â€™` for `’`,
//! `Ã©` for `é`, `Â£` for `£`). Mojibake is recognised when the characters,
//! turned back into Windows-1252 bytes, form one valid UTF-8 character. Only
//! the lead bytes real mojibake starts with are taken (`Â`-`Å` for Latin
//! letters and symbols, `â` for punctuation, `ï` for `ï»¿` and `ï¿½`), so an
//! accented capital before a closing quote (`CAFÉ”`) is not mistaken for it.
//! Leads written decomposed (`A` and a combining tilde, as left by Unicode
//! normalization of mojibake) count too.

use crate::check::config::Params;
use crate::check::{Finding, Level, Meta, Rule, Subject};

pub struct Encoding;

const META: Meta = Meta {
    id: "encoding",
    level: Level::Error,
    description: "Mojibake (â€™ for ’), replacement characters, or a file that is not UTF-8",
    rationale: "Mojibake and replacement characters are visible garbage that spreads to every copy; only a fix at the source repairs it.",
    params: &[],
};

impl Rule for Encoding {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, _p: &Params, out: &mut Vec<Finding>) {
        let doc = s.doc;
        if s.article
            .warnings
            .iter()
            .any(|w| w.contains("Windows-1252"))
        {
            let at = doc.text.find(|c: char| !c.is_ascii()).unwrap_or(0);
            out.push(s.finding(
                s.position(at),
                "file is not valid UTF-8 (read as Windows-1252): save it as UTF-8".into(),
            ));
        }
        // One finding per line and kind: a damaged file should not bury the rest.
        for r in &doc.lines {
            let line = &doc.text[r.clone()];
            if line.is_ascii() {
                continue;
            }
            if let Some(i) = line.find('\u{FFFD}') {
                out.push(
                    s.finding(
                        s.position(r.start + i),
                        "replacement character (U+FFFD): characters were lost in a conversion; \
                     restore them from the source"
                            .into(),
                    ),
                );
            }
            if let Some((i, bad, meant)) = mojibake(line) {
                out.push(s.finding(
                    s.position(r.start + i),
                    format!(
                        "mojibake \"{}\" for \"{}\" (UTF-8 read as Windows-1252): \
                         convert the source to UTF-8 once, from its original bytes",
                        bad.chars().map(shown).collect::<String>(),
                        shown(meant)
                    ),
                ));
            }
        }
    }
}

/// The first mojibake sequence in `line`: (byte offset, the sequence, the character meant).
fn mojibake(line: &str) -> Option<(usize, &str, char)> {
    let mut it = line.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        let Some((lead, combined)) = lead_byte(c, next) else {
            continue;
        };
        let need = if lead >= 0xE0 { 2 } else { 1 };
        let mut bytes = [lead, 0, 0];
        let mut rest = line[i + c.len_utf8()..].chars();
        let mut end = i + c.len_utf8();
        if combined {
            end += rest.next().map_or(0, char::len_utf8);
        }
        let mut ok = true;
        for slot in bytes.iter_mut().skip(1).take(need) {
            match rest.next().and_then(|n| cp1252_byte(n).map(|b| (n, b))) {
                Some((n, b)) if (0x80..=0xBF).contains(&b) => {
                    *slot = b;
                    end += n.len_utf8();
                }
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            continue;
        }
        if let Some(meant) = std::str::from_utf8(&bytes[..=need])
            .ok()
            .and_then(|s| s.chars().next())
        {
            return Some((i, &line[i..end], meant));
        }
    }
    None
}

/// The lead byte of a UTF-8 sequence that mojibake starts with, and whether it
/// was written decomposed (`A` + combining tilde for `Ã`, as after NFD).
fn lead_byte(c: char, next: Option<char>) -> Option<(u8, bool)> {
    let composed = match (c, next) {
        ('A', Some('\u{302}')) => 'Â',
        ('A', Some('\u{303}')) => 'Ã',
        ('A', Some('\u{308}')) => 'Ä',
        ('A', Some('\u{30A}')) => 'Å',
        ('a', Some('\u{302}')) => 'â',
        ('i', Some('\u{308}')) => 'ï',
        ('Â'..='Å' | 'â' | 'ï', _) => return Some((c as u32 as u8, false)),
        _ => return None,
    };
    Some((composed as u32 as u8, true))
}

/// The byte Windows-1252 (or Latin-1, for C1 controls) decodes to `c`.
fn cp1252_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{FF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// Invisible characters by code point, the rest as themselves.
fn shown(c: char) -> String {
    if c.is_whitespace() || c.is_control() || c == '\u{FEFF}' {
        format!("<U+{:04X}>", c as u32)
    } else {
        c.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::{article, findings, findings_doc};

    #[test]
    fn finds_mojibake() {
        assert_eq!(mojibake("itâ€™s"), Some((2, "â€™", '’')));
        assert_eq!(mojibake("cafÃ© au lait"), Some((3, "Ã©", 'é')));
        assert_eq!(mojibake("costs Â£5"), Some((6, "Â£", '£')));
        assert_eq!(mojibake("a\u{a0}Â\u{a0}b").map(|m| m.2), Some('\u{a0}'));
        assert_eq!(mojibake("ï»¿Title").map(|m| m.2), Some('\u{FEFF}'));
        assert_eq!(mojibake("â€œquotedâ€\u{9d}").map(|m| m.2), Some('“'));
        // Decomposed (NFD) mojibake, as found in scraped text: "FranÃ\u{83}Â§ois".
        assert_eq!(
            mojibake("FranA\u{303}\u{83}A\u{302}\u{a7}ois"),
            Some((4, "A\u{303}\u{83}", 'Ã'))
        );
        assert_eq!(mojibake("Nai\u{308}ve A\u{303}lvaro").map(|m| m.2), None);
        for clean in [
            "“CAFÉ”",
            "Ångström",
            "pâté",
            "Â",
            "naïve",
            "â",
            "It’s £5 — fine…",
        ] {
            assert_eq!(mojibake(clean), None, "{clean}");
        }
    }

    #[test]
    fn one_finding_per_line_and_kind() {
        let text = article("Council approves budget", 15)
            + "\nThe mayorâ€™s office said itâ€™s done \u{FFFD} twice \u{FFFD}.\n";
        let f = findings(&Encoding, &text);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[0].line, f[0].column), (7, 39));
        assert_eq!((f[1].line, f[1].column), (7, 10));
        assert!(f[1].message.starts_with("mojibake \"â€™\" for \"’\""));
    }

    #[test]
    fn windows_1252_file() {
        let bytes = article("Council approves budget", 15).replace("Tuesday", "Tu\u{e9}sday");
        let bytes: Vec<u8> = bytes.chars().map(|c| c as u32 as u8).collect();
        let doc = crate::read::decode("t.txt", &bytes).unwrap();
        let f = findings_doc(&Encoding, doc);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].line, f[0].column), (5, 42));
        assert!(f[0].message.starts_with("file is not valid UTF-8"));
    }
}
