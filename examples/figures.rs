//! Prints the figures found in each file, one a line, for spot checks:
//! `cargo run --release --example figures -- FOLDER_OR_FILES...`
//!
//! Each line is `path:line  unit  value  text  [noun]  … context …`; the last line counts
//! figures by unit. Mark each line right or wrong to measure precision.

use cio_digest::pipeline::{analyze_path, Outcome};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn main() {
    let mut paths: Vec<PathBuf> = Vec::new();
    for arg in std::env::args().skip(1) {
        let p = PathBuf::from(arg);
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(&p)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect();
            files.sort();
            paths.extend(files);
        } else {
            paths.push(p);
        }
    }
    let mut units: BTreeMap<String, usize> = BTreeMap::new();
    for p in paths {
        let Outcome::Article(a) = analyze_path(&p) else {
            eprintln!("{}: not analysed", p.display());
            continue;
        };
        for f in &a.figures {
            let value = serde_json::to_string(&f.value).unwrap_or_default();
            let noun = f
                .noun
                .as_deref()
                .map(|n| format!("  [{n}]"))
                .unwrap_or_default();
            println!(
                "{}:{}\t{}\t{}\t{}{}\t… {} …",
                a.path,
                f.line,
                f.unit,
                value,
                f.text,
                noun,
                context(&f.sentence, &f.text)
            );
            *units.entry(f.unit.clone()).or_default() += 1;
        }
    }
    let total: usize = units.values().sum();
    let parts: Vec<String> = units.iter().map(|(u, n)| format!("{u} {n}")).collect();
    println!("{total} figures: {}", parts.join(", "));
}

/// Up to 30 characters either side of `text` in `sentence`.
fn context(sentence: &str, text: &str) -> String {
    let Some(at) = sentence.find(text) else {
        return String::new();
    };
    let before: String = sentence[..at]
        .chars()
        .rev()
        .take(30)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = sentence[at + text.len()..].chars().take(30).collect();
    format!("{before}[{text}]{after}")
}
