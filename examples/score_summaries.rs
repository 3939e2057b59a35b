//! Scores the extractive summary against reference summaries, beside a lead baseline.
//!
//! Usage: `cargo run --release --example score_summaries -- ARTICLES_DIR SUMMARIES_DIR`
//!
//! Each file of SUMMARIES_DIR is a reference summary of the article of the same
//! name in ARTICLES_DIR: sentences copied from the article, possibly joined with
//! no space after the full stop. Two lengths are scored: 3 sentences (the
//! default summary), and as many sentences as the reference holds. For each,
//! the summary and the lead baseline (the first sentences of the body) get
//! ROUGE-1 and ROUGE-2 F1 (lowercased alphanumeric tokens, no stemming, stop
//! words kept) and sentence precision (share of the chosen sentences found in
//! the reference). Figures are means over articles. `VERBOSE=1` prints each article.

use cio_digest::digest::summary;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Default, Clone, Copy)]
struct Score {
    rouge1: f64,
    rouge2: f64,
    sentences: f64,
}

impl std::ops::AddAssign for Score {
    fn add_assign(&mut self, o: Score) {
        self.rouge1 += o.rouge1;
        self.rouge2 += o.rouge2;
        self.sentences += o.sentences;
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [articles, summaries] = args.as_slice() else {
        eprintln!("usage: score_summaries ARTICLES_DIR SUMMARIES_DIR");
        std::process::exit(2);
    };
    let mut names: Vec<_> = std::fs::read_dir(summaries)
        .expect("read the summaries folder")
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .collect();
    names.sort();
    let verbose = std::env::var_os("VERBOSE").is_some();
    // (length, method) -> summed score
    let mut totals: BTreeMap<(&str, &str), Score> = BTreeMap::new();
    let mut count = 0usize;
    for name in &names {
        let reference = std::fs::read_to_string(Path::new(summaries).join(name))
            .expect("read a reference summary");
        let path = Path::new(articles).join(name);
        let shown = path.display().to_string();
        let doc = match cio_digest::read::read(&path, &shown) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{e}");
                continue;
            }
        };
        let article = cio_digest::analyze(&doc);
        let body: Vec<String> = article
            .blocks
            .iter()
            .flat_map(|b| b.sentence_texts().map(str::to_string))
            .collect();
        let in_reference = |s: &str| reference.contains(s.trim());
        let reference_len = body.iter().filter(|s| in_reference(s)).count().max(1);
        count += 1;
        for (length, n) in [("3", 3), ("ref", reference_len)] {
            let ours: Vec<String> = summary::summarize(&doc, &article.blocks, n)
                .into_iter()
                .map(|s| s.text)
                .collect();
            let lead: Vec<String> = body.iter().take(n).cloned().collect();
            for (method, chosen) in [("summary", &ours), ("lead", &lead)] {
                let s = score(chosen, &reference, &in_reference);
                if verbose {
                    println!(
                        "{name:?}\t{length}\t{method}\tR1 {:.3}\tR2 {:.3}\tsent {:.2}",
                        s.rouge1, s.rouge2, s.sentences
                    );
                }
                *totals.entry((length, method)).or_default() += s;
            }
        }
    }
    if count == 0 {
        eprintln!("no article scored");
        std::process::exit(1);
    }
    println!("{count} articles");
    println!("length   method    ROUGE-1 F1  ROUGE-2 F1  sentence precision");
    for ((length, method), s) in &totals {
        let n = count as f64;
        let length = if *length == "ref" { "as ref" } else { "3" };
        println!(
            "{length:<8} {method:<9} {:>10.3}  {:>10.3}  {:>18.3}",
            s.rouge1 / n,
            s.rouge2 / n,
            s.sentences / n
        );
    }
}

fn score(chosen: &[String], reference: &str, in_reference: &dyn Fn(&str) -> bool) -> Score {
    let candidate = tokens(&chosen.join(" "));
    let reference = tokens(reference);
    let found = chosen.iter().filter(|s| in_reference(s)).count();
    Score {
        rouge1: rouge_n(&candidate, &reference, 1),
        rouge2: rouge_n(&candidate, &reference, 2),
        sentences: if chosen.is_empty() {
            0.0
        } else {
            found as f64 / chosen.len() as f64
        },
    }
}

/// Lowercased runs of letters and digits: "$10.9bn.For" -> ["10", "9bn", "for"].
fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// ROUGE-N F1 with clipped n-gram counts.
fn rouge_n(candidate: &[String], reference: &[String], n: usize) -> f64 {
    let grams = |t: &[String]| {
        let mut m: BTreeMap<Vec<String>, usize> = BTreeMap::new();
        for w in t.windows(n) {
            *m.entry(w.to_vec()).or_default() += 1;
        }
        m
    };
    let (c, r) = (grams(candidate), grams(reference));
    let overlap: usize = c
        .iter()
        .map(|(g, k)| (*k).min(r.get(g).copied().unwrap_or(0)))
        .sum();
    let (cn, rn): (usize, usize) = (c.values().sum(), r.values().sum());
    if overlap == 0 || cn == 0 || rn == 0 {
        return 0.0;
    }
    let (p, rec) = (overlap as f64 / cn as f64, overlap as f64 / rn as f64);
    2.0 * p * rec / (p + rec)
}
