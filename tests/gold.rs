//! The seeds against their hand-made gold annotations (tests/gold/seeds.json).

mod common;

use serde_json::Value;

fn seeds_report() -> Value {
    let out = common::run(&["summarize", "--format", "json", "seeds/"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    common::json(&out)
}

#[test]
fn structure_matches_gold() {
    let report = seeds_report();
    for g in common::gold()["articles"].as_array().unwrap() {
        let file = g["file"].as_str().unwrap();
        let a = common::article(&report, file);
        assert_eq!(a["title"], g["title"], "{file}: title");
        let source = std::fs::read_to_string(common::root().join("seeds").join(file)).unwrap();
        let title_line = source.lines().position(|l| l.trim() == g["title"]).unwrap() + 1;
        assert_eq!(a["title_line"], title_line, "{file}: title line");
        assert_eq!(a["dek"], g["dek"], "{file}: dek");
        assert_eq!(a["author"], g["author"], "{file}: author");
        assert_eq!(a["truncated"], g["truncated"], "{file}: truncated");
        assert_eq!(
            a["stats"]["paragraphs"], g["body_paragraphs"],
            "{file}: paragraphs"
        );
        assert_eq!(
            a["stats"]["list_items"], g["list_items"],
            "{file}: list items"
        );
        let sentences = a["stats"]["sentences"].as_i64().unwrap();
        let want = g["body_sentences"].as_i64().unwrap();
        assert!(
            (sentences - want).abs() <= 1,
            "{file}: {sentences} sentences, gold {want}"
        );

        let lines = common::lines(a, "boilerplate");
        let want: Vec<u64> = g["boilerplate_lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        assert_eq!(lines, want, "{file}: boilerplate lines");
        for b in a["boilerplate"].as_array().unwrap() {
            let line = b["line"].as_u64().unwrap().to_string();
            let kind = b["kind"].as_str().unwrap().replace('_', " ");
            assert_eq!(
                Some(kind.as_str()),
                g["boilerplate_kinds"][&line].as_str(),
                "{file}: kind of line {line}"
            );
        }

        // The body spans exactly the gold's body lines.
        let blocks = a["blocks"].as_array().unwrap();
        let first = blocks.first().unwrap()["line"].as_u64().unwrap();
        let last = blocks.last().unwrap()["line"].as_u64().unwrap();
        assert_eq!(
            [first, last],
            [
                g["body_lines"][0].as_u64().unwrap(),
                g["body_lines"][1].as_u64().unwrap()
            ],
            "{file}: body lines"
        );
        if let Some(range) = g["list_lines"].as_array() {
            let items: Vec<u64> = blocks
                .iter()
                .filter(|b| b["kind"] == "list_item")
                .map(|b| b["line"].as_u64().unwrap())
                .collect();
            let (lo, hi) = (range[0].as_u64().unwrap(), range[1].as_u64().unwrap());
            assert_eq!(items, (lo..=hi).collect::<Vec<_>>(), "{file}: list lines");
        }
    }
}

/// Quotes: exactly the gold's, in order, with kinds, speakers, roles and cues.
#[test]
fn quotes_match_gold() {
    let report = seeds_report();
    for g in common::gold()["articles"].as_array().unwrap() {
        let file = g["file"].as_str().unwrap();
        let a = common::article(&report, file);
        let got = a["quotes"].as_array().unwrap();
        let want = g["quotes"].as_array().unwrap();
        let mut unmatched: Vec<&Value> = got.iter().collect();
        for w in want {
            let starts = w["starts"].as_str().unwrap();
            let pos = unmatched
                .iter()
                .position(|q| {
                    q["line"] == w["line"]
                        && q["kind"] == w["kind"]
                        && q["text"].as_str().unwrap().starts_with(starts)
                })
                .unwrap_or_else(|| {
                    panic!(
                        "{file}: no {} quote at line {} starting {starts:?}; got {got:#?}",
                        w["kind"], w["line"]
                    )
                });
            let q = unmatched.remove(pos);
            if let Some(ends) = w["ends"].as_str() {
                assert!(
                    q["text"].as_str().unwrap().ends_with(ends),
                    "{file}: {starts:?} should end {ends:?}"
                );
            }
            for field in ["speaker", "speaker_role", "cue"] {
                if !w[field].is_null() {
                    assert_eq!(q[field], w[field], "{file}: {field} of quote {starts:?}");
                }
            }
            if w["kind"] == "title" || w["kind"] == "scare" {
                assert!(q["speaker"].is_null(), "{file}: {starts:?} is no speech");
            }
        }
        assert!(
            unmatched.is_empty(),
            "{file}: quotes not in the gold: {unmatched:#?}"
        );
    }
}

/// People and organisations: exactly the gold's, with the gold's spelling.
#[test]
fn names_match_gold() {
    let report = seeds_report();
    for g in common::gold()["articles"].as_array().unwrap() {
        let file = g["file"].as_str().unwrap();
        let a = common::article(&report, file);
        for (field, gold_field) in [("people", "people"), ("organizations", "organizations")] {
            let mut got = common::names(a, field);
            let mut want: Vec<&str> = g[gold_field]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            got.sort_unstable();
            want.sort_unstable();
            assert_eq!(got, want, "{file}: {field}");
        }
    }
}

/// A word that opens a sentence is capitalised by position: no name may start
/// with one unless the gold says it is a name ("Brian Whipple, Managing Director ...").
#[test]
fn no_sentence_opener_is_a_name() {
    let report = seeds_report();
    for g in common::gold()["articles"].as_array().unwrap() {
        let file = g["file"].as_str().unwrap();
        let path = common::root().join("seeds").join(file);
        let doc = cio_digest::read::read(&path, file).unwrap();
        let openers: Vec<String> = cio_digest::parse::parse(&doc)
            .blocks
            .iter()
            .flat_map(|b| b.sentence_texts().map(str::to_string).collect::<Vec<_>>())
            .filter_map(|s| {
                cio_digest::stats::words(&s)
                    .next()
                    .map(|w| w.trim_end_matches("'s").to_string())
            })
            .collect();
        let gold: Vec<&str> = ["people", "organizations"]
            .iter()
            .flat_map(|f| g[f].as_array().unwrap().iter().map(|v| v.as_str().unwrap()))
            .collect();
        let a = common::article(&report, file);
        for field in ["people", "organizations"] {
            for n in a[field].as_array().unwrap() {
                let name = n["name"].as_str().unwrap();
                let first = name.split_whitespace().next().unwrap();
                assert!(
                    !openers.iter().any(|o| o == first) || gold.contains(&name),
                    "{file}: {name:?} starts with a sentence opener"
                );
            }
        }
    }
}

/// Every figure in the gold is found on its line with its text, value and unit.
#[test]
fn figures_match_gold() {
    let report = seeds_report();
    for g in common::gold()["articles"].as_array().unwrap() {
        let file = g["file"].as_str().unwrap();
        let a = common::article(&report, file);
        let got = a["figures"].as_array().unwrap();
        for w in g["figures"].as_array().unwrap() {
            let found = got.iter().any(|f| {
                f["line"] == w["line"]
                    && f["text"] == w["text"]
                    && f["unit"] == w["unit"]
                    && same_value(&f["value"], &w["value"])
            });
            assert!(found, "{file}: gold figure {w} not found in {got:#?}");
        }
    }
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_value(p, q))
        }
        _ => match (a.as_f64(), b.as_f64()) {
            (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * y.abs().max(1.0),
            _ => false,
        },
    }
}

/// Words as the README defines them, counted by hand on the seeds' bodies:
/// the white-space-separated tokens of the body lines (357 and 622), plus the
/// two `--` joins in the first seed (`ahead--of`, `opportunities--the`), less
/// the five lone dashes and six bullets of the second. Sentences as the gold.
#[test]
fn counts_match_hand_counts() {
    let report = seeds_report();
    for (file, words) in [
        ("000_999aaa54e97a1068.txt", 359),
        ("002_5ccda941a1020c6c.txt", 611),
    ] {
        let a = common::article(&report, file);
        assert_eq!(a["stats"]["words"], words, "{file}: words");
        let g = common::gold()["articles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["file"] == file)
            .cloned()
            .unwrap();
        assert_eq!(
            a["stats"]["sentences"], g["body_sentences"],
            "{file}: sentences"
        );
    }
}

/// The readability scores in the output follow from the output's own counts.
#[test]
fn readability_follows_from_counts() {
    let report = seeds_report();
    for a in report["articles"].as_array().unwrap() {
        let s = &a["stats"];
        let n = |k: &str| s[k].as_f64().unwrap();
        let (words, sentences, syllables) = (n("words"), n("sentences"), n("syllables"));
        let r = &a["readability"];
        let close = |k: &str, want: f64| {
            let got = r[k].as_f64().unwrap();
            assert!((got - want).abs() < 0.006, "{k}: {got} != {want}");
        };
        close(
            "flesch_reading_ease",
            206.835 - 1.015 * words / sentences - 84.6 * syllables / words,
        );
        close(
            "flesch_kincaid_grade",
            0.39 * words / sentences + 11.8 * syllables / words - 15.59,
        );
        close(
            "gunning_fog",
            0.4 * (words / sentences + 100.0 * n("complex_words") / words),
        );
        close(
            "smog",
            1.043 * (n("polysyllabic_words") * 30.0 / sentences).sqrt() + 3.1291,
        );
        close("lix", words / sentences + 100.0 * n("long_words") / words);
    }
}
