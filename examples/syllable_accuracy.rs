//! Out-of-dictionary syllable accuracy on the held-out list.
//!
//! `cargo run --release --example syllable_accuracy` prints how often the
//! counting path for unlisted words (stems, compounds, rules) and the rules
//! alone give exactly CMUdict's count on `data/cmudict/heldout.txt`, words the
//! rules were never tuned on. `-- --dev` measures every other dictionary word
//! instead and lists the commonest misses, for tuning.

use cio_digest::syllables::{dictionary_entries, estimate, unlisted};
use std::collections::{BTreeMap, BTreeSet};

const HELD_OUT: &str = include_str!("../data/cmudict/heldout.txt");

fn main() {
    let dev = std::env::args().any(|a| a == "--dev");
    let held: BTreeSet<&str> = HELD_OUT
        .lines()
        .filter_map(|l| l.split(' ').next())
        .collect();
    let words: Vec<(&str, usize)> = if dev {
        dictionary_entries()
            .filter(|(w, _)| !held.contains(w) && w.bytes().all(|b| b.is_ascii_lowercase()))
            .collect()
    } else {
        HELD_OUT
            .lines()
            .filter_map(|l| {
                let (w, n) = l.split_once(' ')?;
                Some((w, n.parse().ok()?))
            })
            .collect()
    };
    let (mut path_ok, mut rules_ok) = (0, 0);
    let mut misses: BTreeMap<(usize, usize), Vec<&str>> = BTreeMap::new();
    for &(w, n) in &words {
        if unlisted(w.as_bytes()) == n {
            path_ok += 1;
        }
        let e = estimate(w.as_bytes());
        if e == n {
            rules_ok += 1;
        } else {
            misses.entry((n, e)).or_default().push(w);
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / words.len().max(1) as f64;
    println!(
        "{} words {}: unlisted-word path {:.1}% exact, rules alone {:.1}% exact",
        words.len(),
        if dev { "(tuning set)" } else { "(held out)" },
        pct(path_ok),
        pct(rules_ok)
    );
    if dev {
        let mut by_size: Vec<_> = misses.into_iter().collect();
        by_size.sort_by_key(|(_, v)| std::cmp::Reverse(v.len()));
        for ((want, got), v) in by_size.iter().take(8) {
            let sample: Vec<&str> = v
                .iter()
                .step_by((v.len() / 40).max(1))
                .take(40)
                .copied()
                .collect();
            println!(
                "dictionary {want}, rules {got}: {} words, e.g. {}",
                v.len(),
                sample.join(" ")
            );
        }
    }
}
