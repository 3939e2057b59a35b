//! Scores direct-quote extraction against annotated quotes.
//!
//! Usage: `cargo run --release --example score_quotes -- ARTICLES_DIR EXPECTED.jsonl`
//!
//! Each JSONL line holds `file` (its file name is looked up in ARTICLES_DIR),
//! `quote_spans` (code-point offsets, marks included) and `speaker` as written
//! (possibly a pronoun). A gold quote is found when a direct quote overlaps one
//! of its spans; a direct quote is correct when it overlaps some gold quote of
//! its file. A speaker is right when its surname is in the gold speaker, or,
//! for a gold pronoun or description, when it is the person among the file's
//! named gold speakers mentioned last before the gold speaker.

use cio_digest::quotes::QuoteKind;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, jsonl] = args.as_slice() else {
        eprintln!("usage: score_quotes ARTICLES_DIR EXPECTED.jsonl");
        std::process::exit(2);
    };
    let mut gold: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for line in std::fs::read_to_string(jsonl)
        .expect("read the JSONL")
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        let v: Value = serde_json::from_str(line).expect("JSONL line parses");
        let name = Path::new(v["file"].as_str().unwrap_or_default())
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        gold.entry(name).or_default().push(v);
    }
    let verbose = std::env::var_os("VERBOSE").is_some();
    let (
        mut found,
        mut total_gold,
        mut correct,
        mut predicted,
        mut speaker_right,
        mut speaker_total,
    ) = (0, 0, 0, 0, 0, 0);
    for (name, expected) in &gold {
        let path = Path::new(dir).join(name);
        let doc = cio_digest::read::read(&path, name).expect("article reads");
        let article = cio_digest::analyze(&doc);
        let chars: Vec<char> = doc.text.chars().collect();
        let direct: Vec<_> = article
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .collect();
        let spans = |g: &Value| -> Vec<(usize, usize)> {
            g["quote_spans"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| {
                    (
                        s[0].as_u64().unwrap() as usize,
                        s[1].as_u64().unwrap() as usize,
                    )
                })
                .collect()
        };
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        let named: Vec<String> = expected
            .iter()
            .filter_map(|g| g["speaker"].as_str())
            .filter(|s| s.chars().next().is_some_and(char::is_uppercase) && !is_pronoun(s))
            .map(|s| surname(s).to_string())
            .collect();
        for g in expected {
            total_gold += 1;
            let hit = direct
                .iter()
                .find(|q| spans(g).iter().any(|&s| overlaps(s, (q.start, q.end))));
            let Some(q) = hit else {
                if verbose {
                    println!(
                        "MISS {name}: {}",
                        g["quote"]
                            .as_str()
                            .unwrap_or("")
                            .chars()
                            .take(90)
                            .collect::<String>()
                    );
                }
                continue;
            };
            found += 1;
            speaker_total += 1;
            let gold_speaker = g["speaker"].as_str().unwrap_or("");
            let at = g["speaker_spans"][0][0].as_u64().unwrap_or(0) as usize;
            let right = q
                .speaker
                .as_deref()
                .is_some_and(|p| speaker_matches(p, gold_speaker, &named, &chars, at));
            if right {
                speaker_right += 1;
            } else if verbose {
                println!(
                    "SPEAKER {name}: gold {gold_speaker:?}, got {:?}: {}",
                    q.speaker,
                    q.text.chars().take(60).collect::<String>()
                );
            }
        }
        for q in &direct {
            predicted += 1;
            if expected
                .iter()
                .any(|g| spans(g).iter().any(|&s| overlaps(s, (q.start, q.end))))
            {
                correct += 1;
            } else if verbose {
                println!(
                    "EXTRA {name} line {}: {}",
                    q.line,
                    q.text.chars().take(90).collect::<String>()
                );
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    println!("direct quotes: precision {:.3} ({correct}/{predicted}), recall {:.3} ({found}/{total_gold})", ratio(correct, predicted), ratio(found, total_gold));
    println!(
        "speaker accuracy: {:.3} ({speaker_right}/{speaker_total})",
        ratio(speaker_right, speaker_total)
    );
}

fn is_pronoun(s: &str) -> bool {
    matches!(s.to_lowercase().as_str(), "he" | "she" | "they" | "it")
}

fn surname(s: &str) -> &str {
    s.split(',')
        .next()
        .unwrap_or(s)
        .split_whitespace()
        .last()
        .unwrap_or(s)
}

fn speaker_matches(pred: &str, gold: &str, named: &[String], chars: &[char], at: usize) -> bool {
    let gold_l = gold.to_lowercase();
    let pred_surname = surname(pred).to_lowercase();
    if gold_l.contains(&pred_surname) || gold_l == pred.to_lowercase() {
        return true;
    }
    let descriptive = is_pronoun(gold)
        || gold.chars().next().is_some_and(char::is_lowercase)
        || gold.starts_with("The ")
        || gold.starts_with("Another ")
        || gold.starts_with("A ");
    if !descriptive {
        return false;
    }
    // The named gold speaker mentioned last before the gold speaker's position.
    let before: String = chars[..at.min(chars.len())].iter().collect();
    let last = named
        .iter()
        .chain(std::iter::once(&surname(pred).to_string()))
        .filter_map(|n| before.rfind(n.as_str()).map(|p| (p, n.to_lowercase())))
        .max();
    last.is_some_and(|(_, n)| n == pred_surname)
}
