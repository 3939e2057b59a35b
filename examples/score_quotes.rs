//! Scores direct-quote extraction against annotated quotes.
//!
//! Usage: `cargo run --release --example score_quotes -- ARTICLES_DIR EXPECTED.jsonl`
//!
//! Each JSONL line holds `file` (its file name is looked up in ARTICLES_DIR),
//! `quote_spans` (code-point offsets, marks included) and `speaker` as written
//! (possibly a pronoun). A gold quote is found when a direct quote overlaps one
//! of its spans; a direct quote is correct when it overlaps some gold quote of
//! its file. Partial quotes (fragments worked into the writer's sentence) are
//! left out, since the expected quotes are whole quotations. A speaker is right
//! when its surname is in the gold speaker, when it is the gold description as
//! written, or, for a pronoun or description, when it names the referent given
//! for that speaker in REFERENTS.tsv (file name, speaker offset, referent).
//!
//! The expected quotes may come from one annotator; given ANNOTATIONS_DIR
//! (brat `.ann` files named `<article>_<annotator>.ann`), a direct quote that
//! falls in no expected quote but in some annotator's attributed Content span is
//! also counted, as "attributed precision".
//!
//! Usage: `cargo run --release --example score_quotes -- ARTICLES_DIR EXPECTED.jsonl [REFERENTS.tsv [ANNOTATIONS_DIR]]`

use cio_digest::quotes::QuoteKind;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, jsonl) = match args.as_slice() {
        [d, j] | [d, j, _] | [d, j, _, _] => (d, j),
        _ => {
            eprintln!(
                "usage: score_quotes ARTICLES_DIR EXPECTED.jsonl [REFERENTS.tsv [ANNOTATIONS_DIR]]"
            );
            std::process::exit(2);
        }
    };
    let referents: BTreeMap<(String, usize), String> = args
        .get(2)
        .map(|p| std::fs::read_to_string(p).expect("read the referents"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t');
            let (file, at, who) = (f.next()?, f.next()?.parse().ok()?, f.next()?);
            Some(((file.to_string(), at), who.to_string()))
        })
        .collect();
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
    let mut attributed = 0;
    for (name, expected) in &gold {
        let path = Path::new(dir).join(name);
        let doc = cio_digest::read::read(&path, name).expect("article reads");
        let article = cio_digest::analyze(&doc);
        let direct: Vec<_> = article
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct && !q.partial)
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
            let right = q.speaker.as_deref().is_some_and(|p| {
                speaker_matches(p, gold_speaker, referents.get(&(name.clone(), at)))
            });
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
        let stem = name.trim_end_matches(".txt");
        let contents = args
            .get(3)
            .map(|d| content_spans(Path::new(d), stem))
            .unwrap_or_default();
        for q in &direct {
            predicted += 1;
            if contents.iter().any(|&s| overlaps(s, (q.start, q.end))) {
                attributed += 1;
            }
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
    if args.len() > 3 {
        println!(
            "attributed precision (in any annotator's content): {:.3} ({attributed}/{predicted})",
            ratio(attributed, predicted)
        );
    }
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

fn speaker_matches(pred: &str, gold: &str, referent: Option<&String>) -> bool {
    let pred_surname = surname(pred).to_lowercase();
    let gold_l = gold.to_lowercase();
    gold_l == pred.to_lowercase()
        || (!is_pronoun(gold) && gold_l.contains(&pred_surname))
        || referent.is_some_and(|r| r.to_lowercase().contains(&pred_surname))
}

/// Content spans (code points) of every annotator's attributions of one article.
fn content_spans(dir: &Path, stem: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    files.sort();
    for f in files {
        let fname = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(rest) = fname.strip_prefix(stem) else {
            continue;
        };
        if !(rest.starts_with('_') && rest.ends_with(".ann")) {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for line in text.lines().filter(|l| l.starts_with('T')) {
            let Some(fields) = line.split('\t').nth(1) else {
                continue;
            };
            let Some(("Content", positions)) = fields.split_once(' ') else {
                continue;
            };
            for part in positions.split(';') {
                let mut n = part.split_whitespace().filter_map(|x| x.parse().ok());
                if let (Some(a), Some(b)) = (n.next(), n.next()) {
                    out.push((a, b));
                }
            }
        }
    }
    out
}
